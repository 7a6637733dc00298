package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lin and Bilmes (2011): maximises coverage plus diversity reward,
 * {@code L(S) + lambda R(S)} with {@code L(S) = sum_i min(C_i(S), alpha C_i(V))} and
 * {@code R(S) = sum_k sqrt(sum_{j in S and P_k} r_j)} over a k-means partition of the sentences,
 * by the budgeted greedy algorithm with cost scaling ({@code gain / cost^r}) (without the
 * paper's final comparison with the best single sentence, which never wins at summary lengths of
 * several sentences). Ignores the scores it is given. Immutable and thread-safe.
 */
public final class SubmodularSelector implements SentenceSelector {

    /**
     * Options.
     *
     * @param alphaTimesN the saturation {@code alpha} times the number of sentences (the paper's {@code a})
     * @param lambda weight of the diversity reward
     * @param costScaling the exponent {@code r} of the cost in the greedy ratio
     * @param clusterShare clusters of the partition per sentence ({@code K = share * N})
     */
    public record Options(double alphaTimesN, double lambda, double costScaling, double clusterShare) {
        public static final Options DEFAULTS = new Options(5, 6, 0.3, 0.2);
    }

    private final Options options;

    public SubmodularSelector(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Integer> select(SentencePool pool, double[] ignored, Budget budget) {
        SimilarityMatrix matrix = new SimilarityMatrix(pool);
        int n = matrix.size();
        if (n == 0) {
            return List.of();
        }
        Objective objective = new Objective(matrix, SphericalKMeans.partition(pool, matrix.nodes,
                Math.max(1, (int) Math.round(options.clusterShare() * n))), options);
        List<Integer> chosen = new ArrayList<>();
        boolean[] done = new boolean[n];
        int used = 0;
        while (!budget.isFull(used)) {
            int best = -1;
            double bestRatio = -1;
            for (int k = 0; k < n; k++) {
                int i = matrix.nodes[k];
                int cost = pool.cost(i, budget);
                if (done[k] || !pool.isCandidate(i) || cost == 0 || !budget.fits(used, cost)) {
                    continue;
                }
                double ratio = objective.gain(k) / Math.pow(cost, options.costScaling());
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            done[best] = true;
            objective.add(best);
            chosen.add(matrix.nodes[best]);
            used += pool.cost(matrix.nodes[best], budget);
        }
        return chosen;
    }

    /** The objective's running state, so each gain costs O(n). */
    private static final class Objective {
        private final SimilarityMatrix matrix;
        private final int[] cluster;
        private final double alpha;
        private final double lambda;
        private final double[] coverage;
        private final double[] coverageOfAll;
        private final double[] reward;
        private final Map<Integer, Double> rewardInCluster = new HashMap<>();

        Objective(SimilarityMatrix matrix, int[] cluster, Options options) {
            this.matrix = matrix;
            this.cluster = cluster;
            int n = matrix.size();
            this.alpha = options.alphaTimesN() / n;
            this.lambda = options.lambda();
            this.coverage = new double[n];
            this.coverageOfAll = new double[n];
            this.reward = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    coverageOfAll[i] += matrix.weights[i][j];
                }
                reward[i] = coverageOfAll[i] / n;
            }
        }

        double gain(int k) {
            double gain = 0;
            for (int i = 0; i < coverage.length; i++) {
                double cap = alpha * coverageOfAll[i];
                gain += Math.min(coverage[i] + matrix.weights[i][k], cap) - Math.min(coverage[i], cap);
            }
            double inCluster = rewardInCluster.getOrDefault(cluster[k], 0.0);
            return gain + lambda * (Math.sqrt(inCluster + reward[k]) - Math.sqrt(inCluster));
        }

        void add(int k) {
            for (int i = 0; i < coverage.length; i++) {
                coverage[i] += matrix.weights[i][k];
            }
            rewardInCluster.merge(cluster[k], reward[k], Double::sum);
        }
    }
}
