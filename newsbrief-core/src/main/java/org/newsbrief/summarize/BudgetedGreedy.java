package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * The loop of selectors that rescore after each choice (SumBasic, KL-Sum, concept coverage):
 * while the budget has room, take the eligible candidate sentence that fits and scores highest
 * (ties to the lower pool index), then let the objective update. Stateless.
 */
final class BudgetedGreedy {

    /** What a selector maximises, step by step. Not thread-safe: one per selection. */
    interface Objective {

        /** The score of adding sentence {@code i}, of length {@code cost}, now. */
        double score(int i, int cost);

        /** Records that sentence {@code i} was taken. */
        void take(int i);

        /** Whether sentence {@code i} may be taken besides those already chosen. */
        default boolean eligible(int i, List<Integer> chosen) {
            return true;
        }
    }

    private BudgetedGreedy() {
    }

    static List<Integer> select(SentencePool pool, Budget budget, Objective objective) {
        return select(pool, budget, objective, List.of());
    }

    /** As {@link #select(SentencePool, Budget, Objective)}, after taking {@code first} (which must fit). */
    static List<Integer> select(SentencePool pool, Budget budget, Objective objective, List<Integer> first) {
        List<Integer> chosen = new ArrayList<>();
        boolean[] done = new boolean[pool.size()];
        int used = 0;
        for (int i : first) {
            chosen.add(i);
            done[i] = true;
            used += pool.cost(i, budget);
            objective.take(i);
        }
        while (!budget.isFull(used)) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                int cost = pool.cost(i, budget);
                if (done[i] || !pool.isCandidate(i) || cost == 0 || pool.termIds(i).length == 0
                        || !budget.fits(used, cost) || !objective.eligible(i, chosen)) {
                    continue;
                }
                double score = objective.score(i, cost);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            if (best < 0) {
                return chosen;
            }
            chosen.add(best);
            done[best] = true;
            used += pool.cost(best, budget);
            objective.take(best);
        }
        return chosen;
    }
}
