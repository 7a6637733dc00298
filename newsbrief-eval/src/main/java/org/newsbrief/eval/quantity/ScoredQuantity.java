package org.newsbrief.eval.quantity;

import java.util.Objects;

/**
 * One quantity as the scorer compares it, gold or predicted.
 *
 * @param low the value, or the lower end of a range ("between 3 and 4", gold "3.0-4.0")
 * @param high equal to {@code low} unless {@code range}
 * @param range whether the quantity is a range, which matches only a range with both ends equal
 * @param unit the normalised unit ("percentage", "dollar", "year of age", "people"), "-" if none; compared in
 *     lower case, sorted as written (CQE sorts by the gold spelling)
 * @param change {@code = ~ > < up down}
 */
public record ScoredQuantity(double low, double high, boolean range, String unit, String change) {

    public ScoredQuantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(change, "change");
    }

    /**
     * A gold quantity as NewsQuant writes it, decoded as CQE's {@code decode_dictionary} does: a
     * value with an inner "-" and no exponent ("252.0-287.0", "3.0 - 4.0") is a range; a leading
     * "-" is a negative number; the normalised unit is lower-cased.
     */
    public static ScoredQuantity gold(String value, String normalizedUnit, String change) {
        String v = value.strip();
        boolean range = !v.contains("E") && !v.startsWith("-") && v.contains("-");
        double low;
        double high;
        if (range) {
            String[] ends = v.split("-");
            low = Double.parseDouble(ends[0].strip());
            high = Double.parseDouble(ends[1].strip());
        } else {
            low = Double.parseDouble(v);
            high = low;
        }
        return new ScoredQuantity(low, high, range, normalizedUnit, change);
    }

    /**
     * Whether the values agree as CQE's {@code values_match} decides: a range only with a range whose
     * two ends are each close, a number only with a number ({@code numpy.isclose}, relative 1e-5
     * of the predicted value, absolute 1e-8).
     */
    /** Whether the units agree: equal in lower case, as CQE compares them. */
    boolean sameUnit(ScoredQuantity other) {
        return unit.toLowerCase(java.util.Locale.ROOT).equals(other.unit.toLowerCase(java.util.Locale.ROOT));
    }

    boolean sameValue(ScoredQuantity predicted) {
        if (range != predicted.range) {
            return false;
        }
        return close(low, predicted.low) && (!range || close(high, predicted.high));
    }

    private static boolean close(double gold, double predicted) {
        return Math.abs(gold - predicted) <= 1e-8 + 1e-5 * Math.abs(predicted);
    }
}
