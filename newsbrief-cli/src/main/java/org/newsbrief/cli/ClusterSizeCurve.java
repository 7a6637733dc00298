package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.dataset.JsonlDatasets;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

/**
 * {@code newsbrief bench cluster-size}: how the batch clusterer's B-cubed scores change with the size
 * of the pool, on the Multi-News tuning clusters alone. The first 1,000 validation clusters (the tuning
 * slice of {@code bench cluster}) are cut into disjoint pools of consecutive clusters, 8 of 125, 4 of
 * 250, 2 of 500 and 1 of 1,000; each pool is clustered on its own and the scores of the pools of one
 * size are averaged. Every size thus scores the same articles against the same gold stories, and only
 * the number of other stories an article can be confused with differs. Rows: the product defaults, then
 * the same with other floor weights (does the best setting move with the size?). No held-out cluster
 * is read.
 */
final class ClusterSizeCurve {

    /** Clusters per pool, in the column order. */
    static final int[] POOL_CLUSTERS = {125, 250, 500, 1000};
    /** Floor weights of the rows after the defaults. */
    static final double[] FLOOR_WEIGHTS = {0.5, 1.0, 1.25};

    private ClusterSizeCurve() {
    }

    private record Pooled(List<Document> documents, Map<String, String> gold) {
    }

    static String run(Path shared, PrintWriter progress) throws IOException {
        progress.println("reading and analysing Multi-News validation clusters 1-" + ClusterBenchmark.MULTINEWS_TUNING_CLUSTERS + " ...");
        List<EvalCluster> clusters = JsonlDatasets.multiNews(shared.resolve("data/multinews/multinews_val.jsonl"),
                ClusterBenchmark.MULTINEWS_TUNING_CLUSTERS).clusters();
        Map<String, Document> analysed = analysed(clusters);
        List<List<Pooled>> pools = new ArrayList<>();
        for (int size : POOL_CLUSTERS) {
            pools.add(pools(clusters.size(), size).stream()
                    .map(range -> pooled(clusters.subList(range[0], range[1]), analysed)).toList());
        }
        AverageLinkageClusterer.Options defaults = AverageLinkageClusterer.Options.DEFAULTS;
        StringBuilder table = new StringBuilder("| setting |");
        for (int size : POOL_CLUSTERS) {
            int count = ClusterBenchmark.MULTINEWS_TUNING_CLUSTERS / size;
            table.append(String.format(Locale.ROOT, " %,d clusters (%d pool%s, %,.0f articles) |", size, count,
                    count == 1 ? "" : "s", pools.get(index(size)).stream().mapToInt(p -> p.documents().size()).average().orElse(0)));
        }
        table.append(" F1 drop, 125 -> 1,000 |\n|---|").append("---|".repeat(POOL_CLUSTERS.length + 1)).append('\n');
        table.append(row("**defaults** (threshold " + defaults.threshold() + ", floor weight " + defaults.floorWeight() + ")",
                defaults, pools));
        for (double weight : FLOOR_WEIGHTS) {
            progress.println("floor weight " + weight + " ...");
            table.append(row(String.format(Locale.ROOT, "floor weight %.2f", weight), defaults.with(defaults.threshold(), weight),
                    pools));
        }
        return String.format(Locale.ROOT, """
                # Story clustering: scores by pool size

                Produced by `newsbrief bench cluster-size` (newsbrief %s): the batch clusterer on the first %,d
                Multi-News validation clusters (the tuning slice of `bench cluster`), cut into disjoint pools of
                consecutive clusters; each pool clustered alone, the B-cubed F1 (precision / recall) of the pools of one
                size averaged, so every column scores the same articles and gold stories and only the pool size
                differs. Rows after the first change the floor weight alone. No held-out cluster is read.

                %s""", org.newsbrief.brief.RunInfo.currentVersion(), ClusterBenchmark.MULTINEWS_TUNING_CLUSTERS, table);
    }

    /**
     * The disjoint pools of {@code size} consecutive clusters among {@code clusters}, as half-open
     * [from, to) ranges; a remainder smaller than {@code size} is left out.
     */
    static List<int[]> pools(int clusters, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1: " + size);
        }
        List<int[]> ranges = new ArrayList<>();
        for (int from = 0; from + size <= clusters; from += size) {
            ranges.add(new int[] {from, from + size});
        }
        return ranges;
    }

    private static int index(int size) {
        for (int i = 0; i < POOL_CLUSTERS.length; i++) {
            if (POOL_CLUSTERS[i] == size) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a pool size: " + size);
    }

    private static String row(String name, AverageLinkageClusterer.Options options, List<List<Pooled>> pools) {
        AverageLinkageClusterer clusterer = new AverageLinkageClusterer(options);
        StringBuilder row = new StringBuilder("| " + name + " |");
        double[] f1 = new double[pools.size()];
        for (int s = 0; s < pools.size(); s++) {
            double p = 0;
            double r = 0;
            for (Pooled pool : pools.get(s)) {
                List<Story> stories = clusterer.cluster(pool.documents());
                ClusterMetrics m = ClusterMetrics.of(ClusterMetrics.labels(stories.stream().map(Story::articleIds).toList()),
                        pool.gold());
                f1[s] += m.bcubedF1() / pools.get(s).size();
                p += m.bcubedPrecision() / pools.get(s).size();
                r += m.bcubedRecall() / pools.get(s).size();
            }
            row.append(String.format(Locale.ROOT, " %.3f (%.3f / %.3f) |", f1[s], p, r));
        }
        return row.append(String.format(Locale.ROOT, " %.3f |%n", f1[0] - f1[f1.length - 1])).toString();
    }

    /** Each distinct article analysed once, by id (the first copy of an id counts, as in a pooled collection). */
    private static Map<String, Document> analysed(List<EvalCluster> clusters) {
        Map<String, Article> articles = new java.util.LinkedHashMap<>();
        clusters.forEach(c -> c.documents().forEach(a -> articles.putIfAbsent(a.id(), a)));
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        Map<String, Document> analysed = new HashMap<>();
        articles.values().parallelStream().map(analyzer::analyze).toList().forEach(d -> analysed.put(d.article().id(), d));
        return analysed;
    }

    private static Pooled pooled(List<EvalCluster> clusters, Map<String, Document> analysed) {
        List<Document> documents = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        for (EvalCluster cluster : clusters) {
            for (Article article : cluster.documents()) {
                if (gold.putIfAbsent(article.id(), cluster.id()) == null) {
                    documents.add(analysed.get(article.id()));
                }
            }
        }
        return new Pooled(documents, gold);
    }
}
