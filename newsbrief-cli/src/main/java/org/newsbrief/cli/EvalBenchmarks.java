package org.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.rouge.RougeOptions;
import org.newsbrief.eval.rouge.RougeScorer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.summarize.Budget;
import org.newsbrief.summarize.Summarizers;

/**
 * Speed of ROUGE scoring (the 650 parity cases under one option set) and of summarizers as a
 * story grows (10, 100 and 1,000 articles), each the median of timed runs after warm-up.
 */
final class EvalBenchmarks {

    private EvalBenchmarks() {
    }

    static String rouge(Path vectors, int runs) throws IOException {
        JsonNode root = new ObjectMapper().readTree(vectors.toFile());
        List<List<String>> peers = new ArrayList<>();
        List<List<List<String>>> models = new ArrayList<>();
        for (JsonNode testCase : root.get("cases")) {
            peers.add(strings(testCase.get("peer")));
            List<List<String>> refs = new ArrayList<>();
            testCase.get("models").forEach(model -> refs.add(strings(model)));
            models.add(refs);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                # ROUGE speed

                Produced by `newsbrief bench rouge` (newsbrief %s) on %d cores, Java %s: scoring all %d cases of
                `rouge155-duc2004-vectors.json` (each a 100-word peer against 4 models) in one JVM, one thread,
                median of %d runs after 2 warm-up runs. The official Perl script takes minutes for the same work.

                | option set | flags | median | p90 |
                |---|---|---|---|
                """, org.newsbrief.brief.RunInfo.currentVersion(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), peers.size(), runs));
        for (var config : iterable(root.get("configs").fields())) {
            RougeScorer scorer = new RougeScorer(RougeOptions.parse(config.getValue().get("flags").asText()));
            double[] millis = time(2, runs, () -> {
                long metrics = 0;
                for (int i = 0; i < peers.size(); i++) {
                    metrics += scorer.score(peers.get(i), models.get(i)).size();
                }
                return metrics;
            });
            out.append(String.format(Locale.ROOT, "| %s | `%s` | **%.0f ms** | %.0f ms |%n", config.getKey(),
                    config.getValue().get("flags").asText(), millis[0], millis[1]));
        }
        return out.toString();
    }

    static String summarizerScaling(Path duc2004, Path duc2003, List<String> names, int runs) throws IOException {
        List<Article> pool = new ArrayList<>();
        List<Integer> duc2004Sizes = new ArrayList<>();
        for (Path root : List.of(duc2004, duc2003)) {
            for (EvalCluster cluster : DucDataset.read("duc", root).clusters()) {
                pool.addAll(cluster.documents());
                if (root.equals(duc2004)) {
                    duc2004Sizes.add(cluster.documents().size());
                }
            }
        }
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        List<Document> documents = pool.stream().map(analyzer::analyze).toList();
        List<List<Document>> duc2004Clusters = new ArrayList<>();
        int start = 0;
        for (int size : duc2004Sizes) {
            duc2004Clusters.add(documents.subList(start, start + size));
            start += size;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                # Summarizer scaling

                Produced by `newsbrief bench summarizers` (newsbrief %s) on %d cores, Java %s: time to summarize one
                story of N articles (the first N of the DUC 2004 then DUC 2003 documents pooled, analysis excluded),
                100 words, one thread, median of %d runs after one warm-up run. Near-linear growth means the cost
                per article stays flat; graph methods bound their sentence graph at 1,200 sentences.

                | summarizer | 10 articles | 100 articles | 1,000 articles | ms per article at 1,000 |
                |---|---|---|---|---|
                """, org.newsbrief.brief.RunInfo.currentVersion(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), runs));
        for (String name : names) {
            out.append("| ").append(name).append(" |");
            double last = 0;
            for (int size : new int[] {10, 100, Math.min(1000, documents.size())}) {
                List<Document> story = documents.subList(0, size);
                last = time(1, runs, () -> Summarizers.create(name).summarize(story, Budget.words(100)).sentences().size())[0];
                out.append(String.format(Locale.ROOT, " %.1f ms |", last));
            }
            out.append(String.format(Locale.ROOT, " %.3f |%n", last / Math.min(1000, documents.size())));
        }
        out.append(String.format(Locale.ROOT, """

                ## All %d DUC 2004 clusters

                Time to summarize every DUC 2004 cluster to 100 words, one after another on one thread, analysis
                excluded, median and p90 of %d runs after one warm-up run (issue 4's target for the default: under
                1 s of compute after start-up).

                | summarizer | all clusters, median | p90 |
                |---|---|---|
                """, duc2004Clusters.size(), runs));
        for (String name : names) {
            double[] millis = time(1, runs, () -> {
                long sentences = 0;
                for (List<Document> cluster : duc2004Clusters) {
                    sentences += Summarizers.create(name).summarize(cluster, Budget.words(100)).sentences().size();
                }
                return sentences;
            });
            out.append(String.format(Locale.ROOT, "| %s | %s%.0f ms%s | %.0f ms |%n", name,
                    name.equals(Summarizers.DEFAULT) ? "**" : "", millis[0], name.equals(Summarizers.DEFAULT) ? "**" : "",
                    millis[1]));
        }
        return out.toString();
    }

    /** Median and 90th percentile in milliseconds. */
    private static double[] time(int warmup, int runs, LongSupplier task) {
        BenchTimer.Timing timing = BenchTimer.time(warmup, runs, task);
        return new double[] {timing.median(), timing.p90()};
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
