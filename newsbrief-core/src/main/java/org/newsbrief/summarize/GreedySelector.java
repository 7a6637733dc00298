package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Takes sentences by descending score (ties to the lower pool index), skipping those too
 * similar to one already taken and those that do not fit the budget. Immutable and thread-safe.
 */
public final class GreedySelector implements SentenceSelector {

    /**
     * Options.
     *
     * @param maxCosine a sentence at or above this similarity to a chosen one is skipped; 1 keeps all but exact repeats
     * @param candidatesOnly whether only sentences that can stand alone are taken
     */
    public record Options(double maxCosine, boolean candidatesOnly) {
        public Options {
            if (maxCosine <= 0 || maxCosine > 1) {
                throw new IllegalArgumentException("maxCosine must be in (0, 1]: " + maxCosine);
            }
        }
    }

    private final Options options;

    public GreedySelector(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Integer> select(SentencePool pool, double[] scores, Budget budget) {
        List<Integer> order = IntStream.range(0, pool.size()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i)).toList();
        List<Integer> chosen = new ArrayList<>();
        int used = 0;
        for (int i : order) {
            if (budget.isFull(used)) {
                break;
            }
            int cost = pool.cost(i, budget);
            if (cost == 0 || (options.candidatesOnly() && !pool.isCandidate(i)) || !budget.fits(used, cost)
                    || Redundancy.max(pool, i, chosen) >= options.maxCosine()) {
                continue;
            }
            chosen.add(i);
            used += cost;
        }
        return chosen;
    }
}
