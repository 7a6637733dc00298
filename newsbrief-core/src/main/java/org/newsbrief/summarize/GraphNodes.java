package org.newsbrief.summarize;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Which sentences enter a sentence graph. A graph over n sentences costs n squared, so a story
 * with more than {@link #MAX_NODES} sentences keeps the ones closest to its centroid, which
 * bounds the cost for stories of thousands of sentences. Stateless.
 */
final class GraphNodes {

    static final int MAX_NODES = 1_200;

    private GraphNodes() {
    }

    /** Pool indexes of the graph's nodes, ascending. */
    static int[] of(SentencePool pool) {
        int[] all = IntStream.range(0, pool.size()).filter(i -> pool.termIds(i).length > 0).toArray();
        if (all.length <= MAX_NODES) {
            return all;
        }
        Map<Integer, Double> sums = new HashMap<>();
        for (int i : all) {
            pool.vector(i).addTo(sums, 1.0);
        }
        TermVector centroid = TermVector.of(sums);
        return IntStream.of(all).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -pool.vector(i).cosine(centroid)).thenComparing(i -> i))
                .limit(MAX_NODES).mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Spreads graph scores back over the pool; sentences outside the graph score 0. */
    static double[] toPool(SentencePool pool, int[] nodes, double[] nodeScores) {
        double[] scores = new double[pool.size()];
        for (int k = 0; k < nodes.length; k++) {
            scores[nodes[k]] = nodeScores[k];
        }
        return scores;
    }
}
