package org.newsbrief.eval.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsbrief.analysis.TextAnalyzer;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.eval.rouge.RougeScore;
import org.newsbrief.eval.rouge.RougeScorer;
import org.newsbrief.model.Document;
import org.newsbrief.summarize.LearnedScorer;
import org.newsbrief.summarize.SentenceFeatures;
import org.newsbrief.summarize.SentencePool;

/**
 * Trains {@link LearnedScorer}'s model: for every cluster, the {@link SentenceFeatures} of each
 * sentence a selector may take ({@link SentencePool#isCandidateOfAnyLength}) labelled by whether
 * the greedy {@link ExtractiveOracle} over those sentences chose it; then a
 * {@link LogisticRegression} over all examples. Also reports the two oracles' mean ROUGE (over
 * every sentence, and over the selectable ones), the headroom above any extractor that keeps the
 * readability rules. Deterministic whatever the number of threads.
 */
public final class SentenceScorerTraining {

    /** Mean ROUGE F of an oracle over the clusters, x100. */
    public record OracleScore(String name, double rouge1, double rouge2) {
    }

    /**
     * What training produced.
     *
     * @param weights one per {@link SentenceFeatures#NAMES} entry, then the bias
     * @param clusters clusters trained on
     * @param examples sentences trained on
     * @param positives of them, the oracle's
     * @param oracles the oracles' mean scores
     */
    public record Result(double[] weights, int clusters, int examples, int positives, List<OracleScore> oracles) {

        /** The model file {@link LearnedScorer#parse} reads, with a comment saying how it was made. */
        public String modelFile(String command, String checksum) {
            StringBuilder out = new StringBuilder();
            out.append("# Written by `").append(command).append("`; do not edit by hand.\n");
            out.append(String.format(Locale.ROOT, "# Data SHA-256 %s: %d clusters, %d sentences, %d in the oracle summaries.%n",
                    checksum, clusters, examples, positives));
            for (OracleScore oracle : oracles) {
                out.append(String.format(Locale.ROOT, "# Oracle (%s): ROUGE-1 F %.2f, ROUGE-2 F %.2f%n", oracle.name(),
                        oracle.rouge1(), oracle.rouge2()));
            }
            for (int f = 0; f < SentenceFeatures.NAMES.size(); f++) {
                out.append(SentenceFeatures.NAMES.get(f)).append('\t').append(format(weights[f])).append('\n');
            }
            out.append(LearnedScorer.BIAS).append('\t').append(format(weights[weights.length - 1])).append('\n');
            return out.toString();
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.6f", value);
        }
    }

    private SentenceScorerTraining() {
    }

    /** Trains on every cluster of {@code dataset} under its protocol's budget and ROUGE options. */
    public static Result train(Dataset dataset, TextAnalyzer analyzer, Protocol protocol, int threads) {
        RougeScorer scorer = new RougeScorer(protocol.rouge());
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ClusterExamples>> futures = new ArrayList<>();
            for (EvalCluster cluster : dataset.clusters()) {
                futures.add(executor.submit(() -> examples(cluster, analyzer, protocol, scorer)));
            }
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            double[] sums = new double[4];
            int clusters = 0;
            for (Future<ClusterExamples> future : futures) {
                ClusterExamples examples = get(future);
                if (examples == null) {
                    continue;
                }
                clusters++;
                x.addAll(examples.features());
                y.addAll(examples.labels());
                for (int k = 0; k < sums.length; k++) {
                    sums[k] += examples.oracleScores()[k];
                }
            }
            int positives = (int) y.stream().filter(b -> b).count();
            double n = Math.max(1, clusters);
            List<OracleScore> oracles = List.of(new OracleScore("every sentence", 100 * sums[0] / n, 100 * sums[1] / n),
                    new OracleScore("sentences the selectors may take", 100 * sums[2] / n, 100 * sums[3] / n));
            return new Result(LogisticRegression.fit(x, y), clusters, x.size(), positives, oracles);
        } finally {
            executor.shutdownNow();
        }
    }

    private static ClusterExamples examples(EvalCluster cluster, TextAnalyzer analyzer, Protocol protocol, RougeScorer scorer) {
        List<Document> documents = cluster.documents().stream().map(analyzer::analyze).toList();
        if (documents.isEmpty()) {
            return null;
        }
        SentencePool pool = SentencePool.of(documents);
        List<Integer> free = ExtractiveOracle.select(pool, i -> true, cluster.references(), scorer, protocol.budget());
        List<Integer> selectable = ExtractiveOracle.select(pool, pool::isCandidateOfAnyLength, cluster.references(), scorer,
                protocol.budget());
        double[][] features = SentenceFeatures.of(pool);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (pool.isCandidateOfAnyLength(i) && pool.cost(i, protocol.budget()) > 0) {
                x.add(features[i]);
                y.add(selectable.contains(i));
            }
        }
        Map<String, RougeScore> a = scorer.score(ExtractiveOracle.lines(pool, free), cluster.references());
        Map<String, RougeScore> b = scorer.score(ExtractiveOracle.lines(pool, selectable), cluster.references());
        return new ClusterExamples(x, y, new double[] {a.get("ROUGE-1").f(), a.get("ROUGE-2").f(), b.get("ROUGE-1").f(),
            b.get("ROUGE-2").f()});
    }

    private record ClusterExamples(List<double[]> features, List<Boolean> labels, double[] oracleScores) {
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a cluster failed: " + e.getCause(), e.getCause());
        }
    }
}
