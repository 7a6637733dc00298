package org.newsbrief.facts;

import java.util.Objects;
import org.newsbrief.model.SentenceRef;

/**
 * One outlet's value of a figure.
 *
 * @param quantity the value as extracted
 * @param sentence the sentence that reports it
 * @param window the time it covers as the sentence says it ("since 2016-11-15", "2016-11-27",
 *     "for months"); empty when the sentence does not say
 */
public record FigureValue(Quantity quantity, SentenceRef sentence, String window) {

    public FigureValue {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(window, "window");
    }
}
