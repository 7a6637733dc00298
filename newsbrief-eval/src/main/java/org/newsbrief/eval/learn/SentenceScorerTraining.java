package org.newsbrief.eval.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analysis.TextAnalyzer;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.experiment.ClusterWork;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.eval.rouge.RougeScore;
import org.newsbrief.eval.rouge.RougeScorer;
import org.newsbrief.model.Document;
import org.newsbrief.summarize.LearnedScorer;
import org.newsbrief.summarize.SentenceFeatures;
import org.newsbrief.summarize.SentencePool;

/**
 * Trains {@link LearnedScorer}'s model: for every cluster, the {@link SentenceFeatures} of each
 * sentence a selector may take ({@link SentencePool#isCandidateOfAnyLength}), labelled (see
 * {@link Labels}) by whether the greedy {@link ExtractiveOracle} over those sentences chose it;
 * then a {@link LogisticRegression} over all examples. Also reports the oracles' mean ROUGE (over
 * every sentence, over the selectable ones, and over those filling the budget): the headroom of
 * any extractor that keeps the readability rules. Deterministic whatever the number of threads
 * (results are gathered in cluster order).
 */
public final class SentenceScorerTraining {

    /** What a sentence's label says. */
    public enum Labels {
        /** 1 where the oracle that stops where ROUGE F stops rising chose the sentence, else 0. */
        ORACLE,
        /** 1 where the oracle that fills the budget chose it. */
        FILLED_ORACLE,
        /**
         * The sentence's own ROUGE-1 and ROUGE-2 precision against the references, averaged: its
         * share of reference words, the value per word of a fixed-length budget.
         */
        PRECISION
    }

    /** A dataset slice to train on, scored under its own protocol (budget and ROUGE options). */
    public record Slice(Dataset dataset, Protocol protocol) {
    }

    /** Mean ROUGE x100 of an oracle over a slice's clusters: F, or recall under the DUC protocol. */
    public record OracleScore(String dataset, String name, String measure, double rouge1, double rouge2) {
    }

    /**
     * What training produced.
     *
     * @param weights one per {@link SentenceFeatures#NAMES} entry, then the bias
     * @param clusters clusters trained on
     * @param examples sentences trained on
     * @param positives of them, those labelled 0.5 or more (the oracle's, for oracle labels)
     * @param oracles the oracles' mean scores, per slice
     */
    public record Result(double[] weights, int clusters, int examples, int positives, List<OracleScore> oracles) {

        /** The model file {@link LearnedScorer#parse} reads, with a comment saying how it was made. */
        public String modelFile(String command, List<Slice> slices) {
            StringBuilder out = new StringBuilder();
            out.append("# Written by `").append(command).append("`; do not edit by hand.\n");
            for (Slice slice : slices) {
                out.append(String.format(Locale.ROOT, "# %s: %d clusters, data SHA-256 %s%n", slice.dataset().name(),
                        slice.dataset().clusters().size(), slice.dataset().checksum()));
            }
            out.append(String.format(Locale.ROOT, "# %d clusters, %d sentences, %d labelled 0.5 or more.%n", clusters,
                    examples, positives));
            for (OracleScore oracle : oracles) {
                out.append(String.format(Locale.ROOT, "# Oracle, %s (%s): ROUGE-1 %s %.2f, ROUGE-2 %s %.2f%n", oracle.dataset(),
                        oracle.name(), oracle.measure(), oracle.rouge1(), oracle.measure(), oracle.rouge2()));
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

    private static final List<String> ORACLES = List.of("every sentence", "sentences the selectors may take",
            "sentences the selectors may take, filling the budget");

    private SentenceScorerTraining() {
    }

    /**
     * Trains on every cluster of the slices, each under its own protocol; every slice weighs the
     * same in the fit, whatever its number of sentences.
     */
    public static Result train(List<Slice> slices, TextAnalyzer analyzer, int threads, Labels labels) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<OracleScore> oracles = new ArrayList<>();
        int clusters = 0;
        for (Slice slice : slices) {
            RougeScorer scorer = new RougeScorer(slice.protocol().rouge());
            List<ClusterExamples> perCluster = ClusterWork.map(slice.dataset().clusters(), threads,
                    cluster -> examples(cluster, analyzer, slice.protocol(), scorer, labels));
            double[] sums = new double[2 * ORACLES.size()];
            int sliceClusters = 0;
            int before = x.size();
            for (ClusterExamples examples : perCluster) {
                if (examples == null) {
                    continue;
                }
                sliceClusters++;
                x.addAll(examples.features());
                y.addAll(examples.labels());
                for (int k = 0; k < sums.length; k++) {
                    sums[k] += examples.oracleScores()[k];
                }
            }
            clusters += sliceClusters;
            double n = Math.max(1, sliceClusters);
            String measure = slice.protocol().recall() ? "recall" : "F";
            for (int o = 0; o < ORACLES.size(); o++) {
                oracles.add(new OracleScore(slice.dataset().name(), ORACLES.get(o), measure, 100 * sums[2 * o] / n,
                        100 * sums[2 * o + 1] / n));
            }
            weights.addAll(java.util.Collections.nCopies(x.size() - before, 1.0 / Math.max(1, x.size() - before)));
        }
        double scale = (double) x.size() / slices.size(); // total weight = number of examples, as unweighted
        List<Double> scaled = weights.stream().map(w -> w * scale).toList();
        int positives = (int) y.stream().filter(v -> v >= 0.5).count();
        return new Result(LogisticRegression.fitSoft(x, y, scaled), clusters, x.size(), positives, oracles);
    }

    private static ClusterExamples examples(EvalCluster cluster, TextAnalyzer analyzer, Protocol protocol, RougeScorer scorer,
            Labels labels) {
        List<Document> documents = cluster.documents().stream().map(analyzer::analyze).toList();
        if (documents.isEmpty()) {
            return null;
        }
        SentencePool pool = SentencePool.of(documents);
        boolean recall = protocol.recall();
        List<Integer> free = ExtractiveOracle.select(pool, i -> true, cluster.references(), scorer, protocol.budget(), false,
                recall);
        List<Integer> selectable = ExtractiveOracle.select(pool, pool::isCandidateOfAnyLength, cluster.references(), scorer,
                protocol.budget(), false, recall);
        List<Integer> filled = ExtractiveOracle.select(pool, pool::isCandidateOfAnyLength, cluster.references(), scorer,
                protocol.budget(), true, recall);
        List<Integer> chosen = labels == Labels.FILLED_ORACLE ? filled : selectable;
        double[][] features = SentenceFeatures.of(pool);
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (pool.isCandidateOfAnyLength(i) && pool.cost(i, protocol.budget()) > 0) {
                x.add(features[i]);
                y.add(labels == Labels.PRECISION ? precision(pool, i, cluster.references(), scorer) : chosen.contains(i) ? 1.0 : 0.0);
            }
        }
        double[] scores = new double[2 * ORACLES.size()];
        List<List<Integer>> summaries = List.of(free, selectable, filled);
        for (int o = 0; o < summaries.size(); o++) {
            Map<String, RougeScore> s = scorer.score(ExtractiveOracle.lines(pool, summaries.get(o)), cluster.references());
            scores[2 * o] = recall ? s.get("ROUGE-1").recall() : s.get("ROUGE-1").f();
            scores[2 * o + 1] = recall ? s.get("ROUGE-2").recall() : s.get("ROUGE-2").f();
        }
        return new ClusterExamples(x, y, scores);
    }

    private static double precision(SentencePool pool, int i, List<List<String>> references, RougeScorer scorer) {
        Map<String, RougeScore> scores = scorer.score(List.of(pool.sentence(i).text().strip()), references);
        return (scores.get("ROUGE-1").precision() + scores.get("ROUGE-2").precision()) / 2;
    }

    private record ClusterExamples(List<double[]> features, List<Double> labels, double[] oracleScores) {
    }
}
