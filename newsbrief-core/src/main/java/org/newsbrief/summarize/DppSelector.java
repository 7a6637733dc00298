package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Greedy MAP inference for a determinantal point process (Kulesza and Taskar 2012) over the
 * readable candidates: the kernel is {@code L = diag(q) S diag(q)}, {@code q} the sentences'
 * qualities (the scores handed in, positive) and {@code S} the cosine of their term vectors.
 * Starting from nothing, it adds the sentence that most raises {@code log det(L_Y)}, less
 * {@link Options#costPower()} times the log of its cost (the determinant's growth per word to
 * that power; 0: plain greedy MAP), while the budget has room. The gain of a sentence is its squared Cholesky
 * residual against the chosen ones, kept up to date one chosen sentence at a time (the
 * incremental Cholesky of Chen et al. 2018), so a step costs one cosine and one dot product per
 * remaining sentence. A sentence whose vector is empty or that the chosen ones span (a repeat)
 * has no gain and is never taken. Ties go to the lower pool index. Immutable and thread-safe.
 */
public final class DppSelector implements SentenceSelector {

    /** Residuals below this share of a sentence's own {@code L_ii} mean the chosen ones already span it. */
    static final double SPANNED = 1e-9;

    /**
     * Options.
     *
     * @param costPower how much a sentence's length discounts its gain: 0 none, 1 the determinant's growth per word
     */
    public record Options(double costPower) {
        public Options {
            if (!(costPower >= 0 && costPower <= 2)) {
                throw new IllegalArgumentException("costPower must be in [0, 2]: " + costPower);
            }
        }
    }

    private final Options options;

    public DppSelector(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Integer> select(SentencePool pool, double[] quality, Budget budget) {
        List<Integer> ground = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (pool.isCandidate(i) && pool.cost(i, budget) > 0 && pool.termIds(i).length > 0 && quality[i] > 0) {
                ground.add(i);
            }
        }
        int n = ground.size();
        double[] residual = new double[n];
        double[] own = new double[n];
        double[][] factors = new double[n][];
        for (int a = 0; a < n; a++) {
            int i = ground.get(a);
            own[a] = quality[i] * quality[i] * pool.vector(i).cosine(pool.vector(i));
            residual[a] = own[a];
            factors[a] = new double[0];
        }
        boolean[] taken = new boolean[n];
        List<Integer> chosen = new ArrayList<>();
        int used = 0;
        while (!budget.isFull(used)) {
            int best = best(pool, budget, ground, residual, own, taken, used);
            if (best < 0) {
                break;
            }
            taken[best] = true;
            chosen.add(ground.get(best));
            used += pool.cost(ground.get(best), budget);
            update(pool, quality, ground, residual, factors, taken, best);
        }
        return chosen;
    }

    private int best(SentencePool pool, Budget budget, List<Integer> ground, double[] residual, double[] own,
            boolean[] taken, int used) {
        int best = -1;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < ground.size(); a++) {
            int cost = pool.cost(ground.get(a), budget);
            if (taken[a] || residual[a] <= SPANNED * own[a] || !budget.fits(used, cost)) {
                continue;
            }
            double gain = Math.log(residual[a]) - options.costPower() * Math.log(cost);
            if (gain > bestGain) {
                best = a;
                bestGain = gain;
            }
        }
        return best;
    }

    /** Extends every remaining sentence's Cholesky row by the newly chosen sentence {@code j}. */
    private static void update(SentencePool pool, double[] quality, List<Integer> ground, double[] residual,
            double[][] factors, boolean[] taken, int j) {
        int pj = ground.get(j);
        double dj = Math.sqrt(residual[j]);
        double[] cj = factors[j];
        for (int a = 0; a < ground.size(); a++) {
            if (taken[a]) {
                continue;
            }
            int pa = ground.get(a);
            double dot = 0;
            for (int k = 0; k < cj.length; k++) {
                dot += cj[k] * factors[a][k];
            }
            double e = (quality[pj] * quality[pa] * pool.vector(pj).cosine(pool.vector(pa)) - dot) / dj;
            double[] row = java.util.Arrays.copyOf(factors[a], cj.length + 1);
            row[cj.length] = e;
            factors[a] = row;
            residual[a] -= e * e;
        }
    }
}
