package org.newsbrief.summarize;

import java.util.HashMap;
import java.util.Map;

/**
 * Deterministic spherical k-means over sentence vectors: seeds evenly spaced through the pool,
 * a fixed number of rounds, ties to the lower cluster. Stateless.
 */
final class SphericalKMeans {

    private static final int ROUNDS = 10;

    private SphericalKMeans() {
    }

    /** Cluster number per node. */
    static int[] partition(SentencePool pool, int[] nodes, int k) {
        int clusters = Math.min(k, nodes.length);
        TermVector[] centroids = new TermVector[clusters];
        for (int c = 0; c < clusters; c++) {
            centroids[c] = pool.vector(nodes[(int) ((long) c * nodes.length / clusters)]);
        }
        int[] assignment = new int[nodes.length];
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = assign(pool, nodes, centroids, assignment) || round == 0;
            if (!changed) {
                break;
            }
            centroids = recompute(pool, nodes, assignment, centroids);
        }
        return assignment;
    }

    private static boolean assign(SentencePool pool, int[] nodes, TermVector[] centroids, int[] assignment) {
        boolean changed = false;
        for (int a = 0; a < nodes.length; a++) {
            int best = 0;
            double bestCosine = -1;
            for (int c = 0; c < centroids.length; c++) {
                double cosine = pool.vector(nodes[a]).cosine(centroids[c]);
                if (cosine > bestCosine) {
                    bestCosine = cosine;
                    best = c;
                }
            }
            changed |= assignment[a] != best;
            assignment[a] = best;
        }
        return changed;
    }

    private static TermVector[] recompute(SentencePool pool, int[] nodes, int[] assignment, TermVector[] previous) {
        @SuppressWarnings("unchecked")
        Map<Integer, Double>[] sums = new Map[previous.length];
        for (int a = 0; a < nodes.length; a++) {
            if (sums[assignment[a]] == null) {
                sums[assignment[a]] = new HashMap<>();
            }
            pool.vector(nodes[a]).addTo(sums[assignment[a]], 1.0);
        }
        TermVector[] centroids = new TermVector[previous.length];
        for (int c = 0; c < centroids.length; c++) {
            centroids[c] = sums[c] == null ? previous[c] : TermVector.of(sums[c]);
        }
        return centroids;
    }
}
