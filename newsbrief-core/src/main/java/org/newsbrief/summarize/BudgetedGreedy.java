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
        return select(wholeSentences(pool, budget), pool.size(), budget, objective, first);
    }

    /** The pool's sentences as items, each its own source: candidates with terms may be taken. */
    static Items wholeSentences(SentencePool pool, Budget budget) {
        return new Items() {
            @Override
            public int size() {
                return pool.size();
            }

            @Override
            public int source(int item) {
                return item;
            }

            @Override
            public int cost(int item) {
                return pool.cost(item, budget);
            }

            @Override
            public boolean usable(int item) {
                return pool.isCandidate(item) && pool.termIds(item).length > 0;
            }
        };
    }

    /**
     * What the greedy chooses among: items, each a version of one source sentence (its pool
     * index); at most one version of each source is taken.
     */
    interface Items {

        int size();

        /** Pool index of the sentence that item {@code item} is a version of. */
        int source(int item);

        /** Length of the item in the budget's unit. */
        int cost(int item);

        /** Whether the item may be chosen at all. */
        boolean usable(int item);
    }

    /**
     * The loop over items: whole sentences ({@link #wholeSentences}) or versions of sentences, whole
     * and shortened ({@link CoverageSelector#choose}). Takes {@code first} (items, which must fit), then
     * while the budget has room the usable, eligible item of a source not yet taken that fits and
     * scores highest (ties to the lower item). Returns the chosen items; {@code eligible} sees
     * the sources chosen so far.
     */
    static List<Integer> select(Items items, int sources, Budget budget, Objective objective, List<Integer> first) {
        List<Integer> chosen = new ArrayList<>();
        List<Integer> chosenSources = new ArrayList<>();
        boolean[] done = new boolean[sources];
        int used = 0;
        for (int item : first) {
            chosen.add(item);
            chosenSources.add(items.source(item));
            done[items.source(item)] = true;
            used += items.cost(item);
            objective.take(item);
        }
        while (!budget.isFull(used)) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int item = 0; item < items.size(); item++) {
                if (done[items.source(item)] || !items.usable(item)) {
                    continue;
                }
                int cost = items.cost(item);
                if (cost == 0 || !budget.fits(used, cost) || !objective.eligible(items.source(item), chosenSources)) {
                    continue;
                }
                double score = objective.score(item, cost);
                if (score > bestScore) {
                    bestScore = score;
                    best = item;
                }
            }
            if (best < 0) {
                return chosen;
            }
            chosen.add(best);
            chosenSources.add(items.source(best));
            done[items.source(best)] = true;
            used += items.cost(best);
            objective.take(best);
        }
        return chosen;
    }
}
