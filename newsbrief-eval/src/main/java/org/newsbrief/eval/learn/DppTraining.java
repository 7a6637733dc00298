package org.newsbrief.eval.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.newsbrief.analysis.TextAnalyzer;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.experiment.ClusterWork;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.eval.rouge.RougeScorer;
import org.newsbrief.model.Document;
import org.newsbrief.summarize.Budget;
import org.newsbrief.summarize.DppQualityScorer;
import org.newsbrief.summarize.SentencePool;

/**
 * Learns the {@code dpp} summarizer's quality weights as Kulesza and Taskar (2012) do: a
 * conditional DPP with kernel {@code L = diag(q) S diag(q)}, {@code q_i = exp(theta . f_i / 2)},
 * {@code S} the cosine of the sentences' term vectors, over a story's ground set (the readable
 * candidates, {@link SentencePool#isCandidate}), fit by maximum likelihood of the greedy ROUGE
 * oracle summary ({@link ExtractiveOracle} over the same ground set). The log-likelihood of a
 * story is {@code sum_{i in Y} theta . f_i + log det S_Y - log det(L + I)}, concave in
 * {@code theta}; its gradient is {@code sum_{i in Y} f_i - sum_i K_ii f_i} with
 * {@code K = L (L + I)^-1 = I - (L + I)^-1}, taken from a Cholesky factorisation (commons-math3) and the
 * inverse of its triangle.
 * The fit is gradient ascent with a backtracking line search on the mean log-likelihood per
 * story minus {@code l2 / 2 |theta|^2} (the bias is not penalised). Deterministic.
 */
public final class DppTraining {

    /** Armijo's sufficient-increase share. */
    private static final double ARMIJO = 1e-4;
    /** The fit stops once the gradient's norm falls below this... */
    private static final double CONVERGED = 1e-4;
    /** ... or a step raises the objective by less than this. */
    private static final double STALLED = 1e-6;

    /**
     * One training story.
     *
     * @param id the cluster's id
     * @param pool the story's sentences
     * @param ground pool indexes of the ground set
     * @param features per ground sentence, {@link DppQualityScorer#NAMES}-ordered
     * @param similarity cosine between ground sentences
     * @param oracle positions in {@code ground} of the oracle's sentences
     * @param references the cluster's references, for scoring held-out summaries
     */
    public record Story(String id, SentencePool pool, int[] ground, double[][] features, double[][] similarity, int[] oracle,
            List<List<String>> references) {
    }

    private DppTraining() {
    }

    /** The stories of these clusters, in order, without those that have no documents. */
    public static List<Story> stories(List<EvalCluster> clusters, TextAnalyzer analyzer, Protocol protocol, int threads) {
        RougeScorer scorer = new RougeScorer(protocol.rouge());
        return ClusterWork.map(clusters, threads, cluster -> story(cluster, analyzer, protocol, scorer)).stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    static Story story(EvalCluster cluster, TextAnalyzer analyzer, Protocol protocol, RougeScorer scorer) {
        List<Document> documents = cluster.documents().stream().map(analyzer::analyze).toList();
        if (documents.isEmpty()) {
            return null;
        }
        SentencePool pool = SentencePool.of(documents);
        Budget budget = protocol.budget();
        int[] ground = java.util.stream.IntStream.range(0, pool.size())
                .filter(i -> inGround(pool, i, budget)).toArray();
        List<Integer> chosen = ExtractiveOracle.select(pool, i -> inGround(pool, i, budget), cluster.references(), scorer,
                budget, false, protocol.recall());
        double[][] all = DppQualityScorer.features(pool);
        double[][] features = new double[ground.length][];
        double[][] similarity = new double[ground.length][ground.length];
        List<Integer> oracle = new ArrayList<>();
        for (int a = 0; a < ground.length; a++) {
            features[a] = all[ground[a]];
            for (int b = a; b < ground.length; b++) {
                similarity[a][b] = pool.vector(ground[a]).cosine(pool.vector(ground[b]));
                similarity[b][a] = similarity[a][b];
            }
            if (chosen.contains(ground[a])) {
                oracle.add(a);
            }
        }
        return new Story(cluster.id(), pool, ground, features, similarity, oracle.stream().mapToInt(Integer::intValue).toArray(),
                cluster.references());
    }

    /** The ground set: what {@code DppSelector} may take. */
    static boolean inGround(SentencePool pool, int i, Budget budget) {
        return pool.isCandidate(i) && pool.cost(i, budget) > 0 && pool.termIds(i).length > 0;
    }

    /**
     * Fits the weights ({@link DppQualityScorer#NAMES}, then the bias), starting from 0.
     *
     * @param l2 the penalty on the feature weights
     * @param iterations at most this many ascent steps
     * @param active how many leading features are fit (the others keep weight 0): {@link DppQualityScorer#BASIC}
     *     for the plain ones, {@code NAMES.size()} for all
     */
    public static double[] fit(List<Story> stories, double l2, int iterations, int active, int threads) {
        int d = DppQualityScorer.NAMES.size() + 1;
        if (active < 0 || active > d - 1) {
            throw new IllegalArgumentException("active features must be in [0, " + (d - 1) + "]: " + active);
        }
        double[] theta = new double[d];
        double[] gradient = new double[d];
        double value = objective(stories, theta, l2, gradient, threads);
        mask(gradient, active);
        double step = 1;
        for (int it = 0; it < iterations && norm(gradient) > CONVERGED; it++) {
            double squared = norm(gradient) * norm(gradient);
            step *= 2;
            double[] candidate;
            double[] candidateGradient = new double[d];
            double candidateValue;
            while (true) {
                candidate = new double[d];
                for (int k = 0; k < d; k++) {
                    candidate[k] = theta[k] + step * gradient[k];
                }
                candidateValue = objective(stories, candidate, l2, candidateGradient, threads);
                mask(candidateGradient, active);
                if (candidateValue >= value + ARMIJO * step * squared || step < 1e-12) {
                    break;
                }
                step /= 2;
            }
            if (step < 1e-12) {
                break;
            }
            theta = candidate;
            gradient = candidateGradient;
            double gain = candidateValue - value;
            value = candidateValue;
            if (gain < STALLED) {
                break;
            }
        }
        return theta;
    }

    /**
     * The mean log-likelihood per story (without the constant {@code log det S_Y}) minus the
     * penalty; writes its gradient into {@code gradient}.
     */
    static double objective(List<Story> stories, double[] theta, double l2, double[] gradient, int threads) {
        List<double[]> parts = ClusterWork.map(stories, threads, story -> {
            double[] g = new double[theta.length + 1];
            g[theta.length] = logLikelihood(story, theta, g);
            return g;
        });
        java.util.Arrays.fill(gradient, 0);
        double value = 0;
        for (double[] part : parts) {
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] += part[k] / stories.size();
            }
            value += part[theta.length] / stories.size();
        }
        for (int k = 0; k < theta.length - 1; k++) {
            value -= l2 / 2 * theta[k] * theta[k];
            gradient[k] -= l2 * theta[k];
        }
        return value;
    }

    /** One story's log-likelihood up to the constant {@code log det S_Y}; adds its gradient to {@code gradient}. */
    static double logLikelihood(Story story, double[] theta, double[] gradient) {
        int n = story.ground().length;
        if (n == 0) {
            return 0;
        }
        int bias = theta.length - 1;
        double[] z = new double[n];
        double[] q = new double[n];
        for (int a = 0; a < n; a++) {
            z[a] = theta[bias];
            for (int k = 0; k < bias; k++) {
                z[a] += theta[k] * story.features()[a][k];
            }
            q[a] = Math.exp(z[a] / 2);
        }
        double[][] shifted = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                shifted[a][b] = q[a] * q[b] * story.similarity()[a][b] + (a == b ? 1 : 0);
            }
        }
        double[][] lower = new CholeskyDecomposition(new Array2DRowRealMatrix(shifted, false)).getL().getData();
        double logDet = 0;
        for (int a = 0; a < n; a++) {
            logDet += 2 * Math.log(lower[a][a]);
        }
        double[] inverseDiagonal = inverseDiagonal(lower);
        double value = -logDet;
        for (int a : story.oracle()) {
            value += z[a];
            add(gradient, story.features()[a], 1);
        }
        for (int a = 0; a < n; a++) {
            add(gradient, story.features()[a], -(1 - inverseDiagonal[a]));
        }
        return value;
    }

    /**
     * The diagonal of {@code (C C^T)^-1} from the Cholesky factor {@code C} (lower): with
     * {@code W = C^-1}, entry {@code a} is {@code sum_k W_ka^2}. Inverting the triangle costs a sixth
     * of the full inverse that commons-math's solver would form, and the fit needs only the diagonal.
     */
    static double[] inverseDiagonal(double[][] lower) {
        int n = lower.length;
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            w[i] = new double[i + 1];
            w[i][i] = 1 / lower[i][i];
            for (int j = 0; j < i; j++) {
                double sum = 0;
                for (int k = j; k < i; k++) {
                    sum += lower[i][k] * w[k][j];
                }
                w[i][j] = -sum / lower[i][i];
            }
        }
        double[] diagonal = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                diagonal[j] += w[i][j] * w[i][j];
            }
        }
        return diagonal;
    }

    /** Adds {@code share} times the row (then 1 for the bias) to the gradient. */
    private static void add(double[] gradient, double[] row, double share) {
        for (int k = 0; k < row.length; k++) {
            gradient[k] += share * row[k];
        }
        gradient[row.length] += share;
    }

    /** Zeroes the gradient of the features beyond the first {@code active} (the bias, last, stays). */
    private static void mask(double[] gradient, int active) {
        java.util.Arrays.fill(gradient, active, gradient.length - 1, 0);
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** The model file {@code DppQualityScorer} reads, with comments saying how it was made. */
    public static String modelFile(double[] weights, List<String> comments) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        for (int f = 0; f < DppQualityScorer.NAMES.size(); f++) {
            out.append(DppQualityScorer.NAMES.get(f)).append('\t').append(format(weights[f])).append('\n');
        }
        out.append(org.newsbrief.summarize.LinearModelFile.BIAS).append('\t').append(format(weights[weights.length - 1]))
                .append('\n');
        return out.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
