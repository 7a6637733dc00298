package org.newsbrief.facts;

import java.util.List;
import java.util.Objects;

/**
 * The values different outlets give for one figure: a concept counted in one kind of thing.
 *
 * @param concept what is measured ({@code killed}, {@code fled}, ...)
 * @param countedThing the class of counted thing ({@code people} for people, residents and victims;
 *     {@code civilians}, a part of them, is a class of its own)
 * @param scope one episode, or a running total ({@link FigureScope#WHOLE_CONFLICT} when a value names the conflict);
 *     every value's scope {@link FigureScope#groupsWith groups with} it
 * @param incident the incident every value names when the figure's values name different incidents
 *     ({@link IncidentSplit}); {@link Incident#NONE} when they do not, or for the values that name none
 * @param label the word every value uses for the counted thing ({@code civilians}), else the class
 * @param agreement whether the values come from one article, agree, are compatible, or conflict
 * @param values every value, in story order
 * @param conflicts where the values conflict, one entry per shared time window; empty unless
 *     the agreement is {@link Agreement#CONFLICT}
 * @param earlier the values the text says were earlier counts, since superseded ({@link TollLevels}), in story order:
 *     shown, compared with no value; not empty when the agreement is {@link Agreement#CHANGED}
 */
public record FigureGroup(String concept, String countedThing, FigureScope scope, Incident incident, String label, Agreement agreement,
        List<FigureValue> values, List<FigureConflict> conflicts, List<FigureValue> earlier) {

    public FigureGroup {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(countedThing, "countedThing");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(agreement, "agreement");
        values = List.copyOf(values);
        conflicts = List.copyOf(conflicts);
        earlier = List.copyOf(earlier);
        if (agreement == Agreement.CHANGED && earlier.isEmpty()) {
            throw new IllegalArgumentException("a changed count names its earlier values");
        }
        if (conflicts.isEmpty() == (agreement == Agreement.CONFLICT)) {
            throw new IllegalArgumentException("a group conflicts exactly when it lists conflicts: " + agreement);
        }
    }

    /** A group without earlier counts. */
    public FigureGroup(String concept, String countedThing, FigureScope scope, Incident incident, String label,
            Agreement agreement, List<FigureValue> values, List<FigureConflict> conflicts) {
        this(concept, countedThing, scope, incident, label, agreement, values, conflicts, List.of());
    }

    /** Number of distinct articles reporting the figure. */
    public long articles() {
        return values.stream().map(v -> v.sentence().articleId()).distinct().count();
    }
}
