package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximal marginal relevance (Carbonell and Goldstein 1998): repeatedly takes the candidate
 * with the best trade-off between its score and its similarity to what is already chosen,
 * skipping near-duplicates and sentences that no longer fit the budget. Ties go to the lower
 * pool index, that is to the earlier article and sentence. Immutable and thread-safe.
 */
public final class MmrSelector implements SentenceSelector {

    /**
     * Options.
     *
     * @param lambda weight of relevance against redundancy, in [0, 1]
     * @param duplicateCosine similarity at or above which a sentence is a near-duplicate, in (0, 1]
     */
    public record Options(double lambda, double duplicateCosine) {
        public static final Options DEFAULTS = new Options(0.7, 0.5);

        public Options {
            if (lambda < 0 || lambda > 1 || duplicateCosine <= 0 || duplicateCosine > 1) {
                throw new IllegalArgumentException("invalid MMR options: " + lambda + ", " + duplicateCosine);
            }
        }
    }

    private final Options options;

    public MmrSelector(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Integer> select(SentencePool pool, double[] scores, Budget budget) {
        double max = 0;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        List<Integer> chosen = new ArrayList<>();
        boolean[] excluded = new boolean[pool.size()];
        int used = 0;
        while (true) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                if (excluded[i] || !pool.isCandidate(i)) {
                    continue;
                }
                double redundancy = maxSimilarity(pool, i, chosen);
                if (redundancy >= options.duplicateCosine() || !budget.fits(used, budget.cost(pool.sentence(i).text()))) {
                    excluded[i] = true;
                    continue;
                }
                double relevance = max > 0 ? scores[i] / max : 0;
                double value = options.lambda() * relevance - (1 - options.lambda()) * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                return chosen;
            }
            chosen.add(best);
            excluded[best] = true;
            used += budget.cost(pool.sentence(best).text());
        }
    }

    private static double maxSimilarity(SentencePool pool, int i, List<Integer> chosen) {
        double max = 0;
        for (int j : chosen) {
            max = Math.max(max, pool.vector(i).cosine(pool.vector(j)));
        }
        return max;
    }
}
