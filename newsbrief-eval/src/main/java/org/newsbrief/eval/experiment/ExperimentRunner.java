package org.newsbrief.eval.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.newsbrief.analysis.TextAnalyzer;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.rouge.RougeScore;
import org.newsbrief.eval.rouge.RougeScorer;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.pipeline.Progress;
import org.newsbrief.summarize.SentenceOpenings;
import org.newsbrief.summarize.Summarizer;

/**
 * Runs summarizers over every cluster of a dataset (clusters in parallel on a bounded pool;
 * each cluster analysed once for all summarizers) and scores them under a protocol. Results
 * come back in cluster order whatever the scheduling, so runs are repeatable. Thread-safe.
 */
public final class ExperimentRunner {

    private final TextAnalyzer analyzer;
    private final int threads;

    public ExperimentRunner(TextAnalyzer analyzer, int threads) {
        this.analyzer = java.util.Objects.requireNonNull(analyzer, "analyzer");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.threads = threads;
    }

    /**
     * Runs every named summarizer on every cluster.
     *
     * @param summarizers names to factories, in report order
     * @param summariesOut where to write each summary as {@code <name>/<cluster>.txt}; null for none
     */
    public List<SystemResult> run(Dataset dataset, Map<String, java.util.function.Supplier<Summarizer>> summarizers,
            Protocol protocol, Path summariesOut, Progress progress) {
        List<EvalCluster> clusters = dataset.clusters();
        RougeScorer scorer = new RougeScorer(protocol.rouge());
        List<String> names = List.copyOf(summarizers.keySet());
        AtomicInteger done = new AtomicInteger();
        List<List<Outcome>> byCluster = ClusterWork.map(clusters, threads, cluster -> {
            List<Outcome> outcomes = runCluster(cluster, names, summarizers, protocol, scorer, summariesOut);
            progress.update("clusters", done.incrementAndGet(), clusters.size());
            return outcomes;
        });
        List<SystemResult> results = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            int index = s;
            results.add(aggregate(names.get(s), clusters, byCluster.stream().map(list -> list.get(index)).toList(),
                    protocol));
        }
        return results;
    }

    private List<Outcome> runCluster(EvalCluster cluster, List<String> names,
            Map<String, java.util.function.Supplier<Summarizer>> summarizers, Protocol protocol, RougeScorer scorer,
            Path summariesOut) {
        List<Document> documents = cluster.documents().stream().map(analyzer::analyze).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (String name : names) {
            long start = System.nanoTime();
            List<Sentence> summary = summarizers.get(name).get().summarize(documents, protocol.budget()).sentences();
            double millis = (System.nanoTime() - start) / 1e6;
            List<String> lines = summary.stream().map(s -> s.text().strip()).toList();
            if (summariesOut != null) {
                write(summariesOut.resolve(name).resolve(cluster.id() + ".txt"), lines);
            }
            Map<String, RougeScore> scores = scorer.score(lines, cluster.references());
            long dependent = unresolvedOpenings(summary);
            long anyDependent = lines.stream().filter(SentenceOpenings::opensDependently).count();
            outcomes.add(new Outcome(scores, millis, lines.size(), dependent, anyDependent));
        }
        return outcomes;
    }

    /**
     * Summary sentences that open with a pronoun or connective without the sentence they depend
     * on (the one before them in their article) right before them.
     */
    static long unresolvedOpenings(List<Sentence> summary) {
        long count = 0;
        for (int k = 0; k < summary.size(); k++) {
            Sentence sentence = summary.get(k);
            boolean afterPredecessor = k > 0 && summary.get(k - 1).articleId().equals(sentence.articleId())
                    && summary.get(k - 1).index() == sentence.index() - 1;
            if (SentenceOpenings.opensDependently(sentence.text()) && !afterPredecessor) {
                count++;
            }
        }
        return count;
    }

    private static SystemResult aggregate(String name, List<EvalCluster> clusters, List<Outcome> outcomes,
            Protocol protocol) {
        Function<RougeScore, Double> value = protocol.recall() ? RougeScore::recall : RougeScore::f;
        Map<String, MeanScore> means = new LinkedHashMap<>();
        for (String metric : protocol.metrics()) {
            double[] values = outcomes.stream().mapToDouble(o -> value.apply(o.scores().get(metric))).toArray();
            means.put(metric, MeanScore.of(values, protocol.rouge().confidence(), protocol.rouge().resamples()));
        }
        List<SystemResult.ClusterScore> perCluster = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            Map<String, Double> scores = new LinkedHashMap<>();
            for (String metric : protocol.metrics()) {
                scores.put(metric, value.apply(outcomes.get(c).scores().get(metric)));
            }
            perCluster.add(new SystemResult.ClusterScore(clusters.get(c).id(), scores));
        }
        double[] millis = outcomes.stream().mapToDouble(Outcome::millis).sorted().toArray();
        long sentences = outcomes.stream().mapToLong(Outcome::sentences).sum();
        long dependent = outcomes.stream().mapToLong(Outcome::dependentOpenings).sum();
        long anyDependent = outcomes.stream().mapToLong(Outcome::anyDependentOpenings).sum();
        return new SystemResult(name, means, perCluster, new SystemResult.Latency(percentile(millis, 0.5),
                percentile(millis, 0.95), Arrays.stream(millis).sum()), sentences == 0 ? 0 : (double) dependent / sentences,
                sentences == 0 ? 0 : (double) anyDependent / sentences);
    }

    private static double percentile(double[] sorted, double share) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write summary " + file, e);
        }
    }

    private record Outcome(Map<String, RougeScore> scores, double millis, long sentences, long dependentOpenings,
            long anyDependentOpenings) {
    }
}
