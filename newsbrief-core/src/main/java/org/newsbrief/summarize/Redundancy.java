package org.newsbrief.summarize;

import java.util.List;

/** Similarity of a sentence to those already chosen. Stateless. */
final class Redundancy {

    /** Sentences this similar to a chosen one repeat it, whatever they add: the default cut of the selectors. */
    static final double NEAR_DUPLICATE = 0.7;

    private Redundancy() {
    }

    /** The highest cosine between sentence {@code i} and any chosen sentence; 0 when none. */
    static double max(SentencePool pool, int i, List<Integer> chosen) {
        double max = 0;
        for (int j : chosen) {
            max = Math.max(max, pool.vector(i).cosine(pool.vector(j)));
        }
        return max;
    }
}
