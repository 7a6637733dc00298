package org.newsbrief.eval.quantity;

/**
 * Match counts over a set of sentences and the scores they give.
 *
 * @param predicted quantities the system reported
 * @param gold gold quantities
 * @param value matches on value
 * @param valueUnit matches on value and normalised unit
 * @param valueChange matches on value and change label
 */
public record QuantityCounts(int predicted, int gold, int value, int valueUnit, int valueChange) {

    public static final QuantityCounts ZERO = new QuantityCounts(0, 0, 0, 0, 0);

    public QuantityCounts plus(QuantityCounts o) {
        return new QuantityCounts(predicted + o.predicted, gold + o.gold, value + o.value, valueUnit + o.valueUnit,
                valueChange + o.valueChange);
    }

    public double precision(int matches) {
        return predicted == 0 ? 0 : 100.0 * matches / predicted;
    }

    public double recall(int matches) {
        return gold == 0 ? 0 : 100.0 * matches / gold;
    }

    public double f1(int matches) {
        double p = precision(matches);
        double r = recall(matches);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
