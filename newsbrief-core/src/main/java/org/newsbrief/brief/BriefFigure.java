package org.newsbrief.brief;

import java.util.List;
import java.util.Objects;

/**
 * One key figure: what several outlets count, the value each gives, and whether they agree.
 *
 * @param what a label for people: the counted thing, the concept, then the scope and the incident when there
 *     are ({@code civilians killed}, {@code people killed (whole conflict)}, {@code people killed (bombing, Nairobi)})
 * @param concept the concept ({@code killed})
 * @param countedThing the class of counted thing ({@code people}, {@code civilians})
 * @param scope empty for a figure of one episode; {@code whole conflict} for a conflict's running total
 * @param incident the incident every value names ({@code bombing, Nairobi}) when the story's values of this
 *     concept name different incidents; else empty
 * @param agreement ONE_SOURCE, AGREE, COMPATIBLE, CONFLICT or CHANGED (the count changed over time)
 * @param values each outlet's value, in source order
 * @param conflicts where outlets disagree: one entry per shared time window; empty unless the
 *     agreement is CONFLICT
 * @param earlier the values the text says were earlier counts, since superseded ("Police earlier had reported 65
 *     dead"): indexes into {@link #values()}, in source order; not empty when the agreement is CHANGED
 */
public record BriefFigure(String what, String concept, String countedThing, String scope, String incident, String agreement,
        List<BriefFigureValue> values, List<Conflict> conflicts, List<Integer> earlier) {

    public BriefFigure {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(incident, "incident");
        values = List.copyOf(values);
        conflicts = List.copyOf(conflicts);
        earlier = List.copyOf(earlier);
        for (Conflict conflict : conflicts) {
            for (int index : conflict.values()) {
                if (index < 0 || index >= values.size()) {
                    throw new IllegalArgumentException("conflict names value " + index + " of " + values.size());
                }
            }
        }
        for (int index : earlier) {
            if (index < 0 || index >= values.size()) {
                throw new IllegalArgumentException("earlier count names value " + index + " of " + values.size());
            }
        }
    }

    /** A figure without earlier counts. */
    public BriefFigure(String what, String concept, String countedThing, String scope, String incident, String agreement,
            List<BriefFigureValue> values, List<Conflict> conflicts) {
        this(what, concept, countedThing, scope, incident, agreement, values, conflicts, List.of());
    }

    /**
     * The earlier counts as words, each value text once with its sources, {@code earlier 65 [1][2], 59 [1]}, the texts
     * passed through {@code escape} for the output format; empty when there are none.
     */
    public String describeEarlier(java.util.function.UnaryOperator<String> escape) {
        java.util.Map<String, StringBuilder> sources = new java.util.LinkedHashMap<>();
        for (int index : earlier) {
            BriefFigureValue value = values.get(index);
            String cited = "[" + value.citation().source() + "]";
            StringBuilder cites = sources.computeIfAbsent(escape.apply(value.text()), t -> new StringBuilder());
            if (cites.indexOf(cited) < 0) {
                cites.append(cited);
            }
        }
        StringBuilder out = new StringBuilder();
        sources.forEach((text, cites) -> out.append(out.length() == 0 ? "earlier " : ", ").append(text).append(' ').append(cites));
        return out.toString();
    }

    /**
     * Values that cannot all hold for one time window.
     *
     * @param window the window they share ({@code since 2016-11-15}); may be empty
     * @param values indexes into {@link BriefFigure#values()}, in source order
     */
    public record Conflict(String window, List<Integer> values) {

        public Conflict {
            Objects.requireNonNull(window, "window");
            values = List.copyOf(values);
        }
    }

    /**
     * The conflict as words, {@code 219 [1] vs At least 225 [3] (since 2016-11-15)}, with the
     * value and window texts passed through {@code escape} for the output format.
     */
    public String describe(Conflict conflict, java.util.function.UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder();
        for (int index : conflict.values()) {
            BriefFigureValue value = values.get(index);
            out.append(out.length() == 0 ? "" : " vs ").append(escape.apply(value.text())).append(" [")
                    .append(value.citation().source()).append(']');
        }
        return conflict.window().isEmpty() ? out.toString() : out + " (" + escape.apply(conflict.window()) + ")";
    }

    /**
     * One value of a figure.
     *
     * @param text the words that give it ({@code nearly 1,700})
     * @param value the number
     * @param low the least it can mean
     * @param high the most it can mean; null for "more than" with no upper bound
     * @param change {@code =}, {@code ~}, {@code >}, {@code <}, {@code up} or {@code down}
     * @param window the time it covers as its sentence says ({@code since 2016-11-15}); may be empty
     * @param citation its source and sentence
     */
    public record BriefFigureValue(String text, double value, double low, Double high, String change, String window,
            Citation citation) {
    }
}
