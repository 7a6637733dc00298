package org.newsbrief.summarize;

import java.util.List;

/**
 * SumBasic / FreqSum (Nenkova and Vanderwende 2005; Nenkova et al. 2006): a sentence scores the
 * mean probability of its words in the story; after each choice the probabilities of the
 * chosen words are squared, so that the next sentence brings new content. Ignores the scores
 * it is given. Immutable and thread-safe.
 */
public final class SumBasicSelector implements SentenceSelector {

    @Override
    public List<Integer> select(SentencePool pool, double[] ignored, Budget budget) {
        double[] probability = TermDistribution.of(pool);
        return BudgetedGreedy.select(pool, budget, new BudgetedGreedy.Objective() {
            @Override
            public double score(int i, int cost) {
                double sum = 0;
                for (int id : pool.termIds(i)) {
                    sum += probability[id];
                }
                return sum / pool.termIds(i).length;
            }

            @Override
            public void take(int i) {
                for (int id : pool.termIds(i)) {
                    probability[id] = probability[id] * probability[id];
                }
            }
        });
    }
}
