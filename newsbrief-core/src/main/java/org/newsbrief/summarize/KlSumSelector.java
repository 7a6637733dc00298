package org.newsbrief.summarize;

import java.util.ArrayList;
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
        double[] summaryCounts = new double[pool.vocabularySize()];
        double summaryTotal = 0;
        List<Integer> chosen = new ArrayList<>();
        boolean[] done = new boolean[pool.size()];
        int used = 0;
        while (!budget.isFull(used)) {
            int best = -1;
            double bestDivergence = Double.POSITIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                if (done[i] || !pool.isCandidate(i) || pool.termIds(i).length == 0
                        || !budget.fits(used, pool.cost(i, budget))) {
                    continue;
                }
                double divergence = divergenceWith(story, summaryCounts, summaryTotal, pool.termIds(i));
                if (divergence < bestDivergence) {
                    bestDivergence = divergence;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
            done[best] = true;
            used += pool.cost(best, budget);
            for (int id : pool.termIds(best)) {
                summaryCounts[id]++;
                summaryTotal++;
            }
        }
        return chosen;
    }

    /** KL(story || summary plus the sentence), the summary smoothed. */
    private static double divergenceWith(double[] story, double[] counts, double total, int[] sentence) {
        java.util.Map<Integer, Integer> added = new java.util.HashMap<>();
        for (int id : sentence) {
            added.merge(id, 1, Integer::sum);
        }
        double newTotal = total + sentence.length;
        double denominator = newTotal + SMOOTHING * story.length;
        double divergence = 0;
        for (int id = 0; id < story.length; id++) {
            if (story[id] == 0) {
                continue;
            }
            double q = (counts[id] + added.getOrDefault(id, 0) + SMOOTHING) / denominator;
            divergence += story[id] * Math.log(story[id] / q);
        }
        return divergence;
    }
}
