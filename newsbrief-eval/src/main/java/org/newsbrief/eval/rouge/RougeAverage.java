package org.newsbrief.eval.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The average of one metric's per-summary scores over a test set, both as papers tabulate it
 * (the plain mean) and as ROUGE-1.5.5 prints it with {@code -t 0}: its {@code Average_R/P/F}
 * line is the mean of {@code resamples} bootstrap means (resample {@code i} drawn with Perl's
 * {@code rand} seeded by {@code srand(i)}, over the summaries in the sorted order of their ids),
 * rounded to five decimals, and its interval interpolates between the sorted bootstrap means.
 * The two averages differ by a few hundredths of a point; both are kept so that a report can
 * show the plain mean and still be checked line by line against the script. Immutable.
 *
 * @param count number of summaries averaged
 * @param mean plain mean of the per-summary scores (not rounded)
 * @param scriptAverage the script's {@code Average_R/P/F}: mean of the bootstrap means, rounded to five decimals
 * @param low lower end of the script's confidence interval, rounded to five decimals
 * @param high upper end of the script's confidence interval, rounded to five decimals
 */
public record RougeAverage(int count, RougeScore mean, RougeScore scriptAverage, RougeScore low, RougeScore high) {

    /**
     * Averages per-summary scores as the script does.
     *
     * @param scores per-summary scores by id; the script resamples them in the sorted order of the
     *     ids it builds ({@code <eval id>.<peer id>}), so pass the same ids to match it exactly
     * @param confidence {@code -c}, in percent
     * @param resamples {@code -r}, at least 1
     */
    public static RougeAverage of(Map<String, RougeScore> scores, double confidence, int resamples) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1: " + resamples);
        }
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be in [0, 100]: " + confidence);
        }
        List<double[]> instances = new ArrayList<>();
        new TreeMap<>(scores).values().forEach(s -> instances.add(new double[] {s.recall(), s.precision(), s.f()}));
        double[][] means = new double[3][resamples];
        for (int i = 0; i < resamples; i++) {
            double[] sample = resample(instances, i);
            for (int k = 0; k < 3; k++) {
                means[k][i] = sample[k];
            }
        }
        double[] average = new double[3];
        double[] low = new double[3];
        double[] high = new double[3];
        for (int k = 0; k < 3; k++) {
            Arrays.sort(means[k]);
            average[k] = Rounding.five(sumInOrder(means[k]) / resamples);
            double[] interval = interval(means[k], confidence);
            low[k] = Rounding.five(interval[0]);
            high[k] = Rounding.five(interval[1]);
        }
        return new RougeAverage(instances.size(), plainMean(instances), score(average), score(low), score(high));
    }

    /** One bootstrap resample's mean R, P and F ({@code bootstrapResampling}). */
    private static double[] resample(List<double[]> instances, int seed) {
        int n = instances.size();
        double[] sum = new double[3];
        Drand48 random = new Drand48(seed);
        for (int draw = 0; draw < n; draw++) {
            double[] picked = instances.get(random.nextIndex(n));
            for (int k = 0; k < 3; k++) {
                sum[k] += picked[k];
            }
        }
        for (int k = 0; k < 3; k++) {
            sum[k] = n > 0 ? sum[k] / n : 0;
        }
        return sum;
    }

    /** The script's interval: sorted means read at interpolated ranks (missing ranks read as 0, as Perl's undef). */
    private static double[] interval(double[] sorted, double confidence) {
        int resamples = sorted.length;
        double delta = resamples * ((100 - confidence) / 2.0) / 100.0;
        int upperA = (int) (resamples - delta - 1);
        int lowerA = (int) delta;
        double ratio = resamples - delta - 1 - upperA;
        double low = at(sorted, lowerA) + (at(sorted, lowerA + 1) - at(sorted, lowerA)) * ratio;
        double high = at(sorted, upperA) + (at(sorted, upperA + 1) - at(sorted, upperA)) * ratio;
        return new double[] {low, high};
    }

    /** Left to right, as Perl adds; {@code DoubleStream.sum} compensates and can differ in the last bit. */
    private static double sumInOrder(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static double at(double[] values, int index) {
        return index >= 0 && index < values.length ? values[index] : 0;
    }

    private static RougeScore plainMean(List<double[]> instances) {
        double[] sum = new double[3];
        instances.forEach(values -> {
            for (int k = 0; k < 3; k++) {
                sum[k] += values[k];
            }
        });
        int n = Math.max(1, instances.size());
        return new RougeScore(sum[0] / n, sum[1] / n, sum[2] / n);
    }

    private static RougeScore score(double[] values) {
        return new RougeScore(values[0], values[1], values[2]);
    }
}
