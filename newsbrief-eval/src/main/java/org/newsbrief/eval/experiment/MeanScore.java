package org.newsbrief.eval.experiment;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The plain mean of per-cluster scores with a percentile bootstrap confidence interval
 * (seeded, so reports are repeatable).
 *
 * @param mean the plain mean
 * @param low the interval's lower end
 * @param high the interval's upper end
 */
public record MeanScore(double mean, double low, double high) {

    private static final long SEED = 20041;

    /** Mean and {@code confidence}% interval from {@code resamples} bootstrap resamples. */
    public static MeanScore of(double[] values, double confidence, int resamples) {
        if (values.length == 0) {
            return new MeanScore(0, 0, 0);
        }
        double mean = Arrays.stream(values).average().orElse(0);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        double tail = (100 - confidence) / 200.0;
        int lowIndex = (int) Math.floor(tail * (resamples - 1));
        int highIndex = (int) Math.ceil((1 - tail) * (resamples - 1));
        return new MeanScore(mean, means[lowIndex], means[highIndex]);
    }

    /** The mean and its interval as a signed difference is reported: "+0.73 (+0.09 to +1.48)". */
    public String signed() {
        return String.format(java.util.Locale.ROOT, "%+.2f (%+.2f to %+.2f)", mean, low, high);
    }
}
