package org.newsbrief.facts;

import java.util.Objects;
import org.newsbrief.model.Span;

/**
 * A quantity reported in a sentence.
 *
 * @param span where it stands in the sentence, modifier and unit included
 * @param text its words
 * @param value the number as written ("nearly 1,700" gives 1700)
 * @param low the least the writer can mean, after the modifier's rule
 * @param high the most the writer can mean ({@code Double.POSITIVE_INFINITY} for "more than")
 * @param change {@code =} exact, {@code ~} approximate, {@code >} or {@code <} bounds, {@code up} or
 *     {@code down} a change, as NewsQuant labels them
 * @param unit the unit or counted thing, normalised ({@code percent}, {@code dollar}, {@code civilians}); "-" if none
 * @param concept what it measures ({@code killed}, {@code fled}, ...); "-" if none found
 * @param partial whether the sentence restricts it to a part (a time window, a place) of a larger count
 * @param range whether the text gives a range ("between 3 and 4", "5-10"): then {@code low} and
 *     {@code high} are its ends and {@code value} the end written first ("from 4.8 to 4.7" gives 4.8)
 * @param unitName the unit's normalised name as NewsQuant writes it ({@link UnitNames}: {@code percentage},
 *     {@code mile per hour}, {@code dollar per barrel}, {@code heart transplant}); "-" if none
 */
public record Quantity(Span span, String text, double value, double low, double high, String change, String unit,
        String concept, boolean partial, boolean range, String unitName) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(unitName, "unitName");
        if (Double.isNaN(value) || low > high) {
            throw new IllegalArgumentException("invalid quantity interval [" + low + ", " + high + "] for " + value);
        }
    }

    /** Whether the two intervals share a value. */
    public boolean overlaps(Quantity other) {
        return low <= other.high && other.low <= high;
    }
}
