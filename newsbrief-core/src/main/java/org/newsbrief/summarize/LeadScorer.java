package org.newsbrief.summarize;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The lead baseline: the first sentences of the newest article, then of the next newest, and so
 * on (undated articles after dated ones, in story order). Stateless and thread-safe.
 */
public final class LeadScorer implements SentenceScorer {

    @Override
    public double[] score(SentencePool pool) {
        int[] rank = new int[pool.documentCount()];
        int[] order = IntStream.range(0, pool.documentCount()).boxed()
                .sorted(Comparator.comparing((Integer d) -> pool.document(d).article().published(),
                        Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(d -> d))
                .mapToInt(Integer::intValue).toArray();
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        double[] scores = new double[pool.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = -(rank[pool.documentIndex(i)] * 1_000_000.0 + pool.sentence(i).index());
        }
        return scores;
    }
}
