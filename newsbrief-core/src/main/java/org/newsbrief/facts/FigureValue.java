package org.newsbrief.facts;

import java.time.LocalDate;
import java.util.Objects;
import org.newsbrief.model.SentenceRef;

/**
 * One outlet's value of a figure.
 *
 * @param quantity the value as extracted
 * @param sentence the sentence that reports it
 * @param window the time it covers as the sentence says it ("since 2016-11-15", "2016-11-27",
 *     "for months"); empty when the sentence does not say
 * @param published the publication date of its article, or null when unknown: a value whose sentence names no
 *     window holds as of that day, so two such values are compared only when their articles share the day
 * @param scope whether it counts one episode or a whole conflict to date ({@link ConflictTotals})
 * @param incident the incident its clause names ({@link Incidents}); {@link Incident#NONE} when none
 */
public record FigureValue(Quantity quantity, SentenceRef sentence, String window, LocalDate published,
        FigureScope scope, Incident incident) {

    public FigureValue {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(incident, "incident");
    }

    /** A value whose clause names no incident. */
    public FigureValue(Quantity quantity, SentenceRef sentence, String window, LocalDate published, FigureScope scope) {
        this(quantity, sentence, window, published, scope, Incident.NONE);
    }

    /** A value of one episode. */
    public FigureValue(Quantity quantity, SentenceRef sentence, String window, LocalDate published) {
        this(quantity, sentence, window, published, FigureScope.EPISODE);
    }

    /** A value of one episode, of an article whose publication date is unknown. */
    public FigureValue(Quantity quantity, SentenceRef sentence, String window) {
        this(quantity, sentence, window, null);
    }

    /**
     * The window this value is compared in: its own, or "as of" its article's publication date when the sentence
     * names none (a toll without a date is the toll on the day it was published).
     */
    public String comparedWindow() {
        return window.isEmpty() && published != null ? "as of " + published : window;
    }
}
