package org.newsbrief.eval.timeline;

import java.util.List;
import org.newsbrief.eval.learn.LogisticRegression;

/**
 * Scores candidate dates by a logistic regression over {@link DateFeatures} (the supervised date
 * ranking of Ghalandari and Ifrim 2020): trained on the dates of the reference timelines of other
 * topics only (leave-one-topic-out), fitted by {@link LogisticRegression} (Newton's method with a
 * small L2 penalty on the weights, not the bias). Immutable and thread-safe.
 *
 * @param weights one weight per feature, then the bias
 */
record DateRanker(double[] weights) {

    DateRanker {
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The probability that a date with these (normalised) features belongs to the timeline. */
    double score(double[] features) {
        return LogisticRegression.probability(weights, features);
    }

    /** Fits the weights to examples (normalised features) and labels (true: a reference date). */
    static DateRanker fit(List<double[]> examples, List<Boolean> labels) {
        return fit(examples, labels, java.util.Collections.nCopies(examples.size(), 1.0));
    }

    /** Fits with a weight per example (so that every task counts alike, whatever its number of dates). */
    static DateRanker fit(List<double[]> examples, List<Boolean> labels, List<Double> exampleWeights) {
        return new DateRanker(LogisticRegression.fit(examples, labels, exampleWeights));
    }

    /** Gaussian elimination with partial pivoting ({@link LogisticRegression#solve}). */
    static double[] solve(double[][] a, double[] b) {
        return LogisticRegression.solve(a, b);
    }
}
