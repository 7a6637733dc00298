package org.newsbrief.facts;

/**
 * A number found in the text before its modifier and noun are read: what the readers of
 * {@link NumberCandidates} and {@link FractionCandidates} find and {@link RangeJoiner} joins. Immutable.
 *
 * @param unit the unit written with the number (currency, percent, glued "GB"), else null
 * @param scaled whether a scale word or suffix multiplied it ("2.5 million", "$13.6M")
 */
record Candidate(int start, int end, double value, double low, double high, String unit, boolean range,
        boolean scaled) {

    Candidate(int start, int end, double value, double low, double high, String unit) {
        this(start, end, value, low, high, unit, false, false);
    }
}
