package org.newsbrief.brief;

import java.util.List;
import java.util.Objects;

/**
 * One key figure: what several outlets count, the value each gives, and whether they agree.
 *
 * @param what a label for people: the counted thing and the concept ({@code civilians killed})
 * @param concept the concept ({@code killed})
 * @param countedThing the class of counted thing ({@code people})
 * @param agreement AGREE, COMPATIBLE or CONFLICT
 * @param values each outlet's value, in source order
 */
public record BriefFigure(String what, String concept, String countedThing, String agreement,
        List<BriefFigureValue> values) {

    public BriefFigure {
        Objects.requireNonNull(what, "what");
        values = List.copyOf(values);
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
