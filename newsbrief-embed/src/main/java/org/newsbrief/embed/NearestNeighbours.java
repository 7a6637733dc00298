package org.newsbrief.embed;

import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;
import org.newsbrief.cluster.AverageLinkageClusterer;

/**
 * Each article's {@code k} nearest articles by embedding cosine (brute force, n^2 dot products,
 * parallel over articles), among those whose time block meets its own, as pairs {@code a * n + b}
 * with {@code a < b}. Quadratic: for an experiment on collections of some ten thousand articles.
 */
final class NearestNeighbours {

    private NearestNeighbours() {
    }

    static Set<Long> pairs(float[][] vectors, int k, long[] timeBlocks) {
        int n = vectors.length;
        long[][] found = new long[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            PriorityQueue<double[]> best = new PriorityQueue<>(k + 1, (x, y) -> Double.compare(x[0], y[0]) != 0
                    ? Double.compare(x[0], y[0]) : Double.compare(y[1], x[1]));
            for (int j = 0; j < n; j++) {
                if (j == i || !AverageLinkageClusterer.meet(timeBlocks[i], timeBlocks[j])) {
                    continue;
                }
                double cosine = Vectors.dot(vectors[i], vectors[j]);
                if (best.size() < k) {
                    best.add(new double[] {cosine, j});
                } else if (cosine > best.peek()[0]) {
                    best.poll();
                    best.add(new double[] {cosine, j});
                }
            }
            found[i] = best.stream().mapToLong(e -> {
                int j = (int) e[1];
                return (long) Math.min(i, j) * n + Math.max(i, j);
            }).toArray();
        });
        Set<Long> pairs = new HashSet<>();
        for (long[] f : found) {
            for (long p : f) {
                pairs.add(p);
            }
        }
        return pairs;
    }
}
