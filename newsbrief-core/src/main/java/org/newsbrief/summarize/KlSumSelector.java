package org.newsbrief.summarize;

import java.util.List;

/**
 * KL-Sum (Haghighi and Vanderwende 2009): greedily adds the sentence that most lowers the
 * Kullback-Leibler divergence of the summary's word distribution from the story's, the summary
 * distribution smoothed over the story's vocabulary. Ignores the scores it is given.
 * Immutable and thread-safe.
 */
public final class KlSumSelector implements SentenceSelector {

    private static final double SMOOTHING = 0.01;

    @Override
    public List<Integer> select(SentencePool pool, double[] ignored, Budget budget) {
        double[] story = TermDistribution.of(pool);
        double[] counts = new double[pool.vocabularySize()];
        double[] total = {0};
        return BudgetedGreedy.select(pool, budget, new BudgetedGreedy.Objective() {
            @Override
            public double score(int i, int cost) {
                return -crossEntropyWith(story, counts, total[0], pool.termIds(i));
            }

            @Override
            public void take(int i) {
                for (int id : pool.termIds(i)) {
                    counts[id]++;
                    total[0]++;
                }
            }
        });
    }

    /**
     * The part of KL(story || summary + sentence) that depends on the choice, up to a constant of
     * the step: {@code -sum_w p_w log q_w} with {@code q_w = (c_w + k_w + d) / (T + len + d V)}.
     * Only the sentence's own terms and the normaliser change, so this costs the sentence's
     * length, not the vocabulary's.
     */
    private static double crossEntropyWith(double[] story, double[] counts, double total, int[] sentence) {
        java.util.Map<Integer, Integer> added = new java.util.HashMap<>();
        for (int id : sentence) {
            added.merge(id, 1, Integer::sum);
        }
        double change = 0;
        for (java.util.Map.Entry<Integer, Integer> entry : added.entrySet()) {
            int id = entry.getKey();
            change += story[id] * (Math.log(counts[id] + entry.getValue() + SMOOTHING) - Math.log(counts[id] + SMOOTHING));
        }
        double normaliser = Math.log(total + sentence.length + SMOOTHING * story.length);
        return normaliser - change;
    }
}
