package org.newsbrief.summarize;

import java.util.ArrayList;
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
        List<Integer> chosen = new ArrayList<>();
        boolean[] done = new boolean[pool.size()];
        int used = 0;
        while (!budget.isFull(used)) {
            int best = -1;
            double bestScore = -1;
            for (int i = 0; i < pool.size(); i++) {
                int[] terms = pool.termIds(i);
                if (done[i] || !pool.isCandidate(i) || terms.length == 0 || !budget.fits(used, pool.cost(i, budget))) {
                    continue;
                }
                double score = 0;
                for (int id : terms) {
                    score += probability[id];
                }
                score /= terms.length;
                if (score > bestScore) {
                    bestScore = score;
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
                probability[id] = probability[id] * probability[id];
            }
        }
        return chosen;
    }
}
