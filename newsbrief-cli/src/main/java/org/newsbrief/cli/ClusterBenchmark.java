package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.Story;
import org.newsbrief.eval.cluster.ClusterMetrics;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.dataset.EcbPlusDocuments;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.dataset.JsonlDatasets;
import org.newsbrief.model.Document;

/**
 * Story clustering on pooled collections with gold stories: the threshold is chosen on DUC 2003
 * pooled, then DUC 2004 pooled and Multi-News validation pooled are reported.
 */
final class ClusterBenchmark {

    private static final double[] GRID = {0.03, 0.05, 0.08, 0.10, 0.15, 0.20};
    private static final int SIGNATURE_TERMS = Integer.getInteger("newsbrief.signatureTerms", 200);

    private ClusterBenchmark() {
    }

    private record Pooled(List<Document> documents, Map<String, String> gold) {
    }

    static String run(Path shared, java.io.PrintWriter progress) throws IOException {
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        progress.println("pooling DUC 2003 ...");
        Pooled tuning = pool(DucDataset.read("duc2003", shared.resolve("data/duc2003")), analyzer);
        StringBuilder grid = new StringBuilder();
        double best = GRID[0];
        double bestF1 = -1;
        for (double threshold : GRID) {
            ClusterMetrics m = evaluate(tuning, threshold).metrics();
            grid.append(row("DUC 2003 (tuning), threshold " + threshold, m, 0));
            if (m.bcubedF1() > bestF1) {
                bestF1 = m.bcubedF1();
                best = threshold;
            }
        }
        progress.println("pooling DUC 2004 and Multi-News ...");
        Pooled duc2004 = pool(DucDataset.read("duc2004", shared.resolve("data/duc2004")), analyzer);
        Result d4 = evaluate(duc2004, best);
        Pooled multiNews = pool(JsonlDatasets.multiNews(shared.resolve("data/multinews/multinews_val.jsonl"), 0), analyzer);
        Result mn = evaluate(multiNews, best);
        progress.println("ECB+ ...");
        List<EcbPlusDocuments.Labelled> ecb = EcbPlusDocuments.read(shared.resolve("data/ecbplus"));
        List<Document> ecbDocuments = ecb.parallelStream().map(l -> analyzer.analyze(l.article())).toList();
        Map<String, String> topics = new HashMap<>();
        Map<String, String> events = new HashMap<>();
        ecb.forEach(l -> {
            topics.put(l.article().id(), l.topic());
            events.put(l.article().id(), l.event());
        });
        Result ecbTopics = evaluate(new Pooled(ecbDocuments, topics), best);
        Result ecbEvents = evaluate(new Pooled(ecbDocuments, events), best);
        return String.format(Locale.ROOT, """
                # Story clustering

                Produced by `newsbrief bench cluster` (newsbrief %s) on %d cores: the batch clusterer
                (`AverageLinkageClusterer`: TF-IDF signatures of 200 terms, blocking on each article's 10 strongest
                uncommon terms, average linkage) on pooled collections whose gold stories are known. The threshold
                was chosen on **DUC 2003 pooled** (best B-cubed F1) and then used unchanged on the others.

                | collection | B3 P | B3 R | **B3 F1** | pair P | pair R | pair F1 | stories (gold) | articles | ms |
                |---|---|---|---|---|---|---|---|---|---|
                %s%s%s%s%s
                Chosen threshold: **%.2f**. ECB+ gold: the topic folder (topic level) or the topic plus its ecb/ecbplus
                subtopic (event level: each topic holds two similar events, the false-merge trap); one clustering,
                scored against both.
                """, org.newsbrief.brief.RunInfo.currentVersion(), Runtime.getRuntime().availableProcessors(), grid,
                row("**DUC 2004 pooled**", d4.metrics(), d4.millis()), row("**Multi-News validation pooled**",
                        mn.metrics(), mn.millis()), row("**ECB+, topic level**", ecbTopics.metrics(), ecbTopics.millis()),
                row("**ECB+, event level**", ecbEvents.metrics(), ecbEvents.millis()), best);
    }

    private record Result(ClusterMetrics metrics, double millis, int articles) {
    }

    private static Result evaluate(Pooled pooled, double threshold) {
        var options = new AverageLinkageClusterer.Options(threshold, SIGNATURE_TERMS, 10, 0.05, 14);
        long start = System.nanoTime();
        List<Story> stories = new AverageLinkageClusterer(options).cluster(pooled.documents());
        double millis = (System.nanoTime() - start) / 1e6;
        List<List<String>> clusters = stories.stream().map(Story::articleIds).toList();
        return new Result(ClusterMetrics.of(ClusterMetrics.labels(clusters), pooled.gold()), millis,
                pooled.documents().size());
    }

    private static String row(String name, ClusterMetrics m, double millis) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f | %d (%d) | | %s |%n", name,
                m.bcubedPrecision(), m.bcubedRecall(), m.bcubedF1(), m.pairPrecision(), m.pairRecall(), m.pairF1(),
                m.predictedClusters(), m.goldClusters(), millis == 0 ? "" : String.format(Locale.ROOT, "%.0f", millis));
    }

    private static Pooled pool(Dataset dataset, NewsTextAnalyzer analyzer) {
        List<org.newsbrief.model.Article> articles = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        for (EvalCluster cluster : dataset.clusters()) {
            for (org.newsbrief.model.Article article : cluster.documents()) {
                if (gold.putIfAbsent(article.id(), cluster.id()) == null) {
                    articles.add(article);
                }
            }
        }
        return new Pooled(articles.parallelStream().map(analyzer::analyze).toList(), gold);
    }
}
