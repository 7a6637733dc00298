package org.newsbrief.facts;

import java.util.List;
import java.util.Objects;

/**
 * Where outlets disagree on a figure: values for the same time window, from different articles,
 * whole counts rather than parts, whose intervals cannot all hold.
 *
 * @param window the time window they share, as in {@link FigureValue#window()}; may be empty
 * @param values the values that take part in a disagreement, in story order (at least two)
 */
public record FigureConflict(String window, List<FigureValue> values) {

    public FigureConflict {
        Objects.requireNonNull(window, "window");
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException("a conflict needs two values: " + values);
        }
    }
}
