package org.newsbrief.cli;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Times a task: warm-up runs, then timed runs; the task's result is kept observable. Stateless. */
final class BenchTimer {

    /**
     * Milliseconds of the timed runs.
     *
     * @param median the median run
     * @param p90 the 90th percentile run
     * @param runs how many runs were timed
     */
    record Timing(double median, double p90, int runs) {
    }

    private BenchTimer() {
    }

    static Timing time(int warmup, int runs, LongSupplier task) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += task.getAsLong();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += task.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == Long.MIN_VALUE) {
            System.err.println("unreachable: keeps the measured work observable");
        }
        Arrays.sort(millis);
        return new Timing(millis[runs / 2], millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)], runs);
    }
}
