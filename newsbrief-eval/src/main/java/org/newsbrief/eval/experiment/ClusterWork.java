package org.newsbrief.eval.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one piece of work per cluster on a fixed pool and returns the results in cluster order, so
 * that reports do not depend on the thread count. A failed cluster fails the whole run with its
 * cause. Stateless.
 */
public final class ClusterWork {

    private ClusterWork() {
    }

    /** {@code work} applied to every item on {@code threads} threads; results in item order (nulls kept). */
    public static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(get(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a cluster failed: " + e.getCause(), e.getCause());
        }
    }
}
