package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.OnlineClusterer;
import org.newsbrief.cluster.RegroupingClusterer;
import org.newsbrief.cluster.Story;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.cluster.StoryRegrouping;
import org.newsbrief.cluster.StorySeparation;
import org.newsbrief.eval.cluster.ClusterMetrics;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.dataset.EcbPlusDocuments;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.dataset.JsonlDatasets;
import org.newsbrief.model.Document;

/**
 * Story clustering on pooled collections with gold stories. The threshold and the neighbourhood
 * floor weight, then the small-story attaching, are chosen on three tuning collections by the
 * mean of their B-cubed F1: DUC 2003 pooled, ECB+ topics 1-35 (event level) and the first 1,000
 * Multi-News validation clusters pooled; then DUC 2004 pooled, ECB+ topics 36-45 and Multi-News
 * validation clusters 1,001-5,622 pooled are reported with the chosen settings, once.
 */
final class ClusterBenchmark {

    static final double[] THRESHOLDS = {0.02, 0.03, 0.05, 0.08, 0.10};
    static final double[] FLOOR_WEIGHTS = {0, 0.25, 0.5, 0.75, 1.0};
    static final double[] ATTACH_THRESHOLDS = {0.02, 0.04, 0.06, 0.08, 0.10, 0.15, 0.20, 0.25, 0.30};
    /** Small-story sizes tried; 0 is no attaching (the attach threshold then does not matter). */
    static final int[] ATTACH_SIZES = {0, 1, 2, 3, 4};
    /** Margin thresholds tried (rows of the margin grid: a small story joins a clearly closest story at this). */
    static final double[] MARGIN_THRESHOLDS = {0.02, 0.05, 0.10};
    /** Margin ratios tried, for each margin size. */
    static final double[] MARGIN_RATIOS = {1.5, 2, 2.5, 3, 4};
    /** The most articles of a small story that joins by the margin, tried (at most the attach size counts). */
    static final int[] MARGIN_SIZES = {1, 2};
    /** ECB+ topics up to this one tune; the later ones (36-45) test. */
    static final int LAST_TUNING_TOPIC = 35;
    /** Multi-News validation clusters up to this one tune (as the summarizers' tuning slice); the rest test. */
    static final int MULTINEWS_TUNING_CLUSTERS = 1000;
    static final double[] ONLINE_THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.4};
    static final int[] ONLINE_AGES = {7, 30, 90};
    /** Regrouping ratios tried (rows of the regrouping grid). */
    static final double[] REGROUP_RATIOS = {0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80};
    /** Regrouping name overlaps tried. */
    static final double[] REGROUP_OVERLAPS = {0.3, 0.5, 0.7};
    /** Regrouping least story sizes tried. */
    static final int[] REGROUP_SIZES = {2, 3};
    static final String CELLS = "`DUC 2003 / ECB+ 1-35 events / Multi-News 1-1,000`";

    private ClusterBenchmark() {
    }

    private record Pooled(List<Document> documents, Map<String, String> gold) {
    }

    /** The tuning collections and what the test collections are drawn from, analysed once. */
    private record Inputs(Path shared, NewsTextAnalyzer analyzer, Pooled duc2003, List<EcbPlusDocuments.Labelled> ecb,
            List<Document> ecbDocuments, Pooled ecbTuningEvents, List<EvalCluster> multiNewsClusters,
            Pooled multiNewsTuning) {

        List<Pooled> tuning() {
            return List.of(duc2003, ecbTuningEvents, multiNewsTuning);
        }

        /** The ECB+ documents of the topics that pass, with topic or event gold. */
        Pooled ecb(Predicate<Integer> topics, boolean events) {
            return ClusterBenchmark.ecb(ecb, ecbDocuments, topics, events);
        }
    }

    static String run(Path shared, boolean tuningOnly, java.io.PrintWriter progress) throws IOException {
        Inputs inputs = inputs(shared, progress);
        List<Pooled> tuning = inputs.tuning();
        AverageLinkageClusterer.Options defaults = AverageLinkageClusterer.Options.DEFAULTS;
        AverageLinkageClusterer.Options unattached = defaults.withAttach(0, defaults.attachThreshold())
                .withAttachMargin(AverageLinkageClusterer.Margin.OFF);
        Tuned<AverageLinkageClusterer.Options> batchTuning = tune("threshold \\ floor weight", THRESHOLDS,
                java.util.Arrays.stream(FLOOR_WEIGHTS).mapToObj(w -> String.format(Locale.ROOT, "%.2f", w)).toList(),
                (threshold, column) -> unattached.with(threshold, FLOOR_WEIGHTS[column]), AverageLinkageClusterer::new,
                tuning, progress);
        AverageLinkageClusterer.Options merged = batchTuning.best();
        Tuned<AverageLinkageClusterer.Options> attachTuning = tune("attach threshold \\ small story size", ATTACH_THRESHOLDS,
                java.util.Arrays.stream(ATTACH_SIZES).mapToObj(Integer::toString).toList(),
                (threshold, column) -> ATTACH_SIZES[column] == 0 ? merged
                        : merged.withAttach(ATTACH_SIZES[column], threshold), AverageLinkageClusterer::new,
                tuning, progress);
        AverageLinkageClusterer.Options attached = attachTuning.best();
        progress.println("attach margin tuning ...");
        Tuned<AverageLinkageClusterer.Options> marginTuning = tune("margin threshold \\ margin size, ratio", MARGIN_THRESHOLDS,
                marginColumns(), (threshold, column) -> attached.withAttachMargin(marginCell(threshold, column)),
                AverageLinkageClusterer::new, tuning, progress);
        AverageLinkageClusterer.Options best = marginTuning.best();
        progress.println("regrouping tuning ...");
        Tuned<Regrouped> regroupTuning = tuneRegrouping(best, tuning, progress);
        progress.println("online clusterer tuning ...");
        Tuned<OnlineClusterer.Options> onlineTuning = tune("threshold \\ age (days)", ONLINE_THRESHOLDS,
                java.util.Arrays.stream(ONLINE_AGES).mapToObj(Integer::toString).toList(),
                (threshold, column) -> new OnlineClusterer.Options(threshold, 200, 20, 0.05, 14, ONLINE_AGES[column]),
                OnlineClusterer::new, tuning, progress);
        OnlineClusterer.Options onlineBest = onlineTuning.best();
        StoryClusterer batchBest = regroupTuning.best().clusterer(best);
        TestRows test = tuningOnly ? new TestRows("", "") : testRows(inputs, batchBest, onlineBest, progress);
        String onlineSection = onlineSection(onlineTuning, results(tuningOnly, test.online()));
        return report(defaults, batchTuning, attachTuning, chosen(attachTuning, marginTuning) + regroupSection(regroupTuning),
                results(tuningOnly, test.batch()), onlineSection);
    }

    private static Inputs inputs(Path shared, java.io.PrintWriter progress) throws IOException {
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        progress.println("pooling DUC 2003, ECB+ and Multi-News ...");
        Pooled duc2003 = pool(DucDataset.read("duc2003", shared.resolve("data/duc2003")).clusters(), analyzer);
        List<EcbPlusDocuments.Labelled> ecb = EcbPlusDocuments.read(shared.resolve("data/ecbplus"));
        List<Document> ecbDocuments = ecb.parallelStream().map(l -> analyzer.analyze(l.article())).toList();
        Pooled ecbTuningEvents = ecb(ecb, ecbDocuments, t -> t <= LAST_TUNING_TOPIC, true);
        List<EvalCluster> multiNewsClusters = JsonlDatasets.multiNews(shared.resolve("data/multinews/multinews_val.jsonl"), 0)
                .clusters();
        Pooled multiNewsTuning = pool(multiNewsClusters.subList(0, MULTINEWS_TUNING_CLUSTERS), analyzer);
        return new Inputs(shared, analyzer, duc2003, ecb, ecbDocuments, ecbTuningEvents, multiNewsClusters, multiNewsTuning);
    }

    /** The batch and online result rows of the test collections (and the tuning ones, for comparison). */
    private record TestRows(String batch, String online) {
    }

    /** Clusters every reported collection once with the chosen settings. */
    private static TestRows testRows(Inputs c, StoryClusterer best, OnlineClusterer.Options onlineBest,
            java.io.PrintWriter progress) throws IOException {
        progress.println("test collections: DUC 2004, ECB+ 36-45, Multi-News 1,001-5,622 ...");
        Pooled duc2004 = pool(DucDataset.read("duc2004", c.shared().resolve("data/duc2004")).clusters(), c.analyzer());
        List<EvalCluster> multiNews = c.multiNewsClusters();
        Pooled multiNewsHeldOut = pool(multiNews.subList(MULTINEWS_TUNING_CLUSTERS, multiNews.size()), c.analyzer());
        Pooled multiNewsAll = pool(multiNews, c.analyzer());
        Map<String, Pooled> reported = new LinkedHashMap<>();
        reported.put("DUC 2003 pooled (tuning)", c.duc2003());
        reported.put("ECB+ topics 1-35 (tuning), event level", c.ecbTuningEvents());
        reported.put("Multi-News validation clusters 1-1,000 pooled (tuning)", c.multiNewsTuning());
        reported.put("**DUC 2004 pooled**", duc2004);
        reported.put("**ECB+ topics 36-45 (test), topic level**", c.ecb(t -> t > LAST_TUNING_TOPIC, false));
        reported.put("**ECB+ topics 36-45 (test), event level**", c.ecb(t -> t > LAST_TUNING_TOPIC, true));
        reported.put("**Multi-News validation clusters 1,001-5,622 pooled (held out)**", multiNewsHeldOut);
        reported.put("Multi-News validation all 5,622 clusters pooled (holds the tuning part)", multiNewsAll);
        Map<String, Pooled> reportedBatch = new LinkedHashMap<>(reported);
        reportedBatch.put("ECB+ all 43 topics (holds the tuning topics), topic level", c.ecb(t -> true, false));
        reportedBatch.put("ECB+ all 43 topics (holds the tuning topics), event level", c.ecb(t -> true, true));
        String rows = rows(best, reportedBatch);
        progress.println("online clusterer on the test collections ...");
        return new TestRows(rows, rows(new OnlineClusterer(onlineBest), reported));
    }

    /** The results paragraph and table, or the note that no test collection was clustered. */
    private static String results(boolean tuningOnly, String rows) {
        String table = """
                | collection | B3 P | B3 R | **B3 F1** | pair P | pair R | pair F1 | stories (gold) | articles | ms |
                |---|---|---|---|---|---|---|---|---|---|
                """;
        return tuningOnly ? "(`--tuning-only`: no test collection was clustered.)\n"
                : "Results with these settings, test collections run once:\n\n" + table + rows;
    }

    /** The batch clusterer's chosen settings, said against the product defaults. */
    private static String chosen(Tuned<AverageLinkageClusterer.Options> attachTuning,
            Tuned<AverageLinkageClusterer.Options> marginTuning) {
        AverageLinkageClusterer.Options attached = attachTuning.best();
        AverageLinkageClusterer.Options best = marginTuning.best();
        AverageLinkageClusterer.Options defaults = AverageLinkageClusterer.Options.DEFAULTS;
        AverageLinkageClusterer.Margin margin = best.attachMargin();
        return String.format(Locale.ROOT, """
                Chosen: attach threshold **%.2f**, small story size **%d** (%s; size 0 is no attaching, the
                same cell in every row).

                Then, with those, a small story also joins the closest larger story of its block at a lower
                closeness, the margin threshold, when that story is at least the margin ratio times as close as
                the second closest larger story of the block (0 when there is none: a stray of a long story is
                far closer to its own story than to any other; `AverageLinkageClusterer.Margin`), for small
                stories of at most the margin size; same criterion, same cells ("off" is no margin, the same
                cell in every row; columns: margin size, ratio):

                %s
                Chosen: %s (%s), so **%s**. %s
                """, attached.attachThreshold(), attached.attachSize(), attachTuning.cell(), marginTuning.grid(),
                margin.on() ? String.format(Locale.ROOT, "margin threshold **%.2f**, ratio **%.1f**, size **%d**",
                        margin.threshold(), margin.ratio(), margin.size()) : "**no margin**", marginTuning.cell(), describe(best), best.equals(defaults)
                ? "These are the product defaults (`AverageLinkageClusterer.Options.DEFAULTS`)."
                : "**The product defaults (`AverageLinkageClusterer.Options.DEFAULTS`) differ from these.**");
    }

    private static String onlineSection(Tuned<OnlineClusterer.Options> onlineTuning, String onlineResults) {
        OnlineClusterer.Options onlineBest = onlineTuning.best();
        String onlineChosen = String.format(Locale.ROOT, "Chosen: threshold **%.2f**, age **%d** days (%s). %s",
                onlineBest.threshold(), onlineBest.ageDays(), onlineTuning.cell(), onlineBest.equals(OnlineClusterer.Options.DEFAULTS)
                        ? "These are the product defaults (`OnlineClusterer.Options.DEFAULTS`)."
                        : "**The product defaults (`OnlineClusterer.Options.DEFAULTS`) differ from these.**");
        return String.format(Locale.ROOT, """

                ## Online clusterer

                `OnlineClusterer` (`newsbrief cluster --method online`): articles arrive in date order (undated last,
                in input order), each weighed by TF-IDF against the stream seen so far, and join the open story whose
                centroid is most similar, or open a new one; a story closes after a number of days without a new
                article. Threshold and age are chosen on the same three tuning collections by the same criterion
                (the age only matters where articles have dates: DUC 2003); each cell is %s.

                %s
                %s

                %s""", CELLS, onlineTuning.grid(), onlineChosen, onlineResults);
    }

    private static String report(AverageLinkageClusterer.Options defaults, Tuned<AverageLinkageClusterer.Options> batchTuning,
            Tuned<AverageLinkageClusterer.Options> attachTuning, String chosen, String batchResults, String onlineSection) {
        AverageLinkageClusterer.Options merged = batchTuning.best();
        return String.format(Locale.ROOT, """
                # Story clustering

                Produced by `newsbrief bench cluster` (newsbrief %s) on %d cores: the batch clusterer
                (`AverageLinkageClusterer`: TF-IDF signatures of %d terms (title terms counted %d times, terms of
                capitalised names %d more time), blocking on each article's %d strongest uncommon terms, average
                linkage over edges lowered by the similarity of each article's %dth nearest neighbour times the floor
                weight; then each small story a block's merge leaves attached to the closest larger story of its
                block when similar enough, tuned below) on pooled collections whose gold stories are known. %s

                ## Tuning

                Every setting is chosen on three tuning collections, by the mean of their B-cubed F1: **DUC 2003
                pooled** (289 documents, 30 stories of about 10 articles), **ECB+ topics 1-35** at event level
                (each topic two similar events) and the **first 1,000 Multi-News validation clusters** pooled
                (gold: the cluster; 2-10 short articles per story, the summarizers' tuning slice too); each cell
                is %s. The test collections are DUC 2004 pooled, ECB+ topics 36-45 and Multi-News validation
                clusters 1,001-5,622 pooled, clustered with the chosen settings only (the choice reads the tuning
                collections alone; `--tuning-only` prints the grids without them). Floor weight 0 is the
                clusterer without the neighbourhood floor. The blocking terms (20), the name weight (1) and the
                floor rank (10) were chosen earlier on DUC 2003 and ECB+ 1-35 alone. This first grid runs without
                attaching small stories.

                %s
                Chosen: threshold **%.2f**, floor weight **%.2f** (%s).

                Then, with that threshold and floor weight, the small stories each block's merge leaves (at most
                so many articles) join the closest larger story of their block when the cosine of the two
                centroids, computed from the block's edges, reaches the attach threshold (`SmallStories`); same
                criterion, same cells:

                %s
                %s
                ## Batch results

                %s
                ECB+ gold: the topic folder (topic level) or the topic plus its ecb/ecbplus subtopic (event level:
                each topic holds two similar events, the false-merge trap); one clustering, scored against both.
                Multi-News and ECB+ have neither dates nor titles; Multi-News articles are short and lower-cased
                (no capitalised names). The Multi-News target (B-cubed F1 0.85) is to be read on the held-out
                clusters 1,001-5,622; the row of all 5,622 holds the tuning part.
                %s""", org.newsbrief.brief.RunInfo.currentVersion(), Runtime.getRuntime().availableProcessors(),
                defaults.signatureTerms(), org.newsbrief.cluster.TermCounts.TITLE_WEIGHT,
                org.newsbrief.cluster.TermCounts.NAME_WEIGHT, defaults.blockingTerms(), defaults.floorRank(),
                evidence(defaults.evidence()), CELLS,
                batchTuning.grid(), merged.threshold(), merged.floorWeight(), batchTuning.cell(), attachTuning.grid(), chosen,
                batchResults, onlineSection);
    }

    private static String evidence(AverageLinkageClusterer.Evidence e) {
        if (!e.on()) {
            return "Edges are the signature cosines alone (no event evidence).";
        }
        return String.format(Locale.ROOT, """
                Every edge gets %.2f more for its two articles' shared event evidence (`EventEvidence`: specific
                numbers and word 4-grams%s, that at most %d articles of the collection hold; full at %d
                shared), in every grid below; chosen with the threshold on the same tuning collections
                (`bench/cluster-evidence`).""", e.weight(),
                e.sampling() == 1 ? "" : String.format(Locale.ROOT, " (one 4-gram in %d kept)", e.sampling()),
                e.rareDf(), e.cap());
    }

    /**
     * A cell of the regrouping grid: the batch clusterer's stories as they are ({@code regrouping}
     * null) or regrouped by {@link StoryRegrouping#gather}.
     */
    record Regrouped(StoryRegrouping regrouping, boolean needNames) {
        static final Regrouped OFF = new Regrouped(null, false);

        StoryClusterer clusterer(AverageLinkageClusterer.Options options) {
            AverageLinkageClusterer batch = new AverageLinkageClusterer(options);
            return regrouping == null ? batch : new RegroupingClusterer(batch, regrouping, needNames);
        }

        String describe() {
            if (regrouping == null) {
                return "no regrouping";
            }
            StorySeparation t = regrouping.tests();
            return String.format(Locale.ROOT, "regrouping at ratio %.2f, name overlap %.1f, stories of %d articles or more%s",
                    t.ratio(), t.nameOverlap(), t.minSize(), needNames ? ", stories with names only" : "");
        }
    }

    /** The margin columns: off, then margin size x ratio. */
    static List<String> marginColumns() {
        List<String> columns = new ArrayList<>(List.of("off"));
        for (int size : MARGIN_SIZES) {
            for (double ratio : MARGIN_RATIOS) {
                columns.add(String.format(Locale.ROOT, "%d, %.1f", size, ratio));
            }
        }
        return columns;
    }

    /** The attach margin of a cell of the margin grid (column 0: none). */
    static AverageLinkageClusterer.Margin marginCell(double threshold, int column) {
        if (column == 0) {
            return AverageLinkageClusterer.Margin.OFF;
        }
        int c = column - 1;
        return new AverageLinkageClusterer.Margin(threshold, MARGIN_RATIOS[c % MARGIN_RATIOS.length],
                MARGIN_SIZES[c / MARGIN_RATIOS.length]);
    }

    /** The regrouping columns: off, then names needed or not x name overlap x least size. */
    static List<String> regroupColumns() {
        List<String> columns = new ArrayList<>(List.of("off"));
        for (boolean needNames : new boolean[] {true, false}) {
            for (double overlap : REGROUP_OVERLAPS) {
                for (int size : REGROUP_SIZES) {
                    columns.add(String.format(Locale.ROOT, "%s %.1f, %d", needNames ? "names" : "any", overlap, size));
                }
            }
        }
        return columns;
    }

    static Regrouped regroupCell(double ratio, int column) {
        if (column == 0) {
            return Regrouped.OFF;
        }
        int c = column - 1;
        int perNeed = REGROUP_OVERLAPS.length * REGROUP_SIZES.length;
        boolean needNames = c < perNeed;
        double overlap = REGROUP_OVERLAPS[(c % perNeed) / REGROUP_SIZES.length];
        int size = REGROUP_SIZES[c % REGROUP_SIZES.length];
        StorySeparation tests = new StorySeparation(ratio, size, false, 0, StorySeparation.NAME_SHARE, overlap);
        return new Regrouped(new StoryRegrouping(tests, true, false), needNames);
    }

    /**
     * The regrouping grid after the batch clusterer's chosen options: each tuning collection is
     * clustered once and every cell regroups that clustering (the same stories {@link
     * RegroupingClusterer#cluster} gives).
     */
    private static Tuned<Regrouped> tuneRegrouping(AverageLinkageClusterer.Options best, List<Pooled> tuning,
            java.io.PrintWriter progress) {
        AverageLinkageClusterer batch = new AverageLinkageClusterer(best);
        Map<List<Document>, AverageLinkageClusterer.Grouping> groupings = new java.util.IdentityHashMap<>();
        return tune("ratio \\ stories, name overlap, least size", REGROUP_RATIOS, regroupColumns(),
                ClusterBenchmark::regroupCell, cell -> documents -> {
                    AverageLinkageClusterer.Grouping grouping = groupings.computeIfAbsent(documents, batch::grouping);
                    return (cell.regrouping() == null ? grouping
                            : new RegroupingClusterer(batch, cell.regrouping(), cell.needNames()).regroup(grouping))
                            .stories(documents);
                }, tuning, progress);
    }

    private static String regroupSection(Tuned<Regrouped> regroupTuning) {
        return String.format(Locale.ROOT, """

                Then the batch clusterer's stories (with the settings above) are regrouped at the story level
                (`RegroupingClusterer`, `StoryRegrouping.gather`: the stories of at least the least size, from the
                largest down, each join the closest group it does not stand apart from, mean cosine across at
                least the ratio times the group's inner closeness and one of the two holding the name overlap of
                the other's characteristic names, names held by 70%% of a story's articles, against the growing
                group; smaller stories stay). "names": only stories with characteristic names are regrouped, each
                against the groups sharing a name (an inverted index); "any": stories without names are compared
                by cosine alone, against every group. "off" is the clustering as it is (the same cell in every
                row). Same criterion, same cells:

                %s
                Chosen: **%s** (%s).
                """, regroupTuning.grid(), regroupTuning.best().describe(), regroupTuning.cell());
    }

    private static String describe(AverageLinkageClusterer.Options o) {
        String merge = String.format(Locale.ROOT, "threshold %.2f, floor weight %.2f", o.threshold(), o.floorWeight());
        if (o.attachSize() == 0) {
            return merge + ", no attaching";
        }
        String attach = merge + String.format(Locale.ROOT, ", stories of up to %d articles attached at %.2f", o.attachSize(),
                o.attachThreshold());
        AverageLinkageClusterer.Margin m = o.attachMargin();
        return m.on() ? attach + String.format(Locale.ROOT,
                " (stories of up to %d at %.2f when %.1f times closer than the second closest)", m.size(), m.threshold(),
                m.ratio()) : attach;
    }

    private record Result(ClusterMetrics metrics, double millis, int articles) {
    }

    /** A tuning grid as a Markdown table, its best options and their cell. */
    private record Tuned<O>(String grid, O best, String cell, double score) {
    }

    /**
     * Scores every (threshold, column) setting on the tuning collections and keeps the best mean
     * B-cubed F1 (the first on ties); each cell lists the collections' scores in order. A setting
     * met again (equal options) is not clustered again.
     */
    private static <O> Tuned<O> tune(String corner, double[] thresholds, List<String> columns,
            java.util.function.BiFunction<Double, Integer, O> options, java.util.function.Function<O, StoryClusterer> clusterer,
            List<Pooled> collections, java.io.PrintWriter progress) {
        StringBuilder grid = new StringBuilder("| " + corner + " |");
        columns.forEach(column -> grid.append(' ').append(column).append(" |"));
        grid.append('\n').append("|---|").append("---|".repeat(columns.size())).append('\n');
        Map<O, double[]> scored = new HashMap<>();
        O best = null;
        double bestScore = -1;
        String bestCell = "";
        for (double threshold : thresholds) {
            grid.append(String.format(Locale.ROOT, "| %.2f |", threshold));
            for (int column = 0; column < columns.size(); column++) {
                O candidate = options.apply(threshold, column);
                double[] f1 = scored.computeIfAbsent(candidate, o -> collections.stream()
                        .mapToDouble(c -> evaluate(c, clusterer.apply(o)).metrics().bcubedF1()).toArray());
                String cell = String.join(" / ", java.util.Arrays.stream(f1)
                        .mapToObj(f -> String.format(Locale.ROOT, "%.3f", f)).toList());
                grid.append(' ').append(cell).append(" |");
                double mean = java.util.Arrays.stream(f1).average().orElse(0);
                if (mean > bestScore + 1e-12) {
                    bestScore = mean;
                    best = candidate;
                    bestCell = String.format(Locale.ROOT, "%s, mean %.4f", cell, mean);
                }
            }
            grid.append('\n');
            progress.println("tuned threshold " + threshold + " (best mean so far " + String.format(Locale.ROOT, "%.4f", bestScore) + ")");
        }
        return new Tuned<>(grid.toString(), best, bestCell, bestScore);
    }

    private static Result evaluate(Pooled pooled, StoryClusterer clusterer) {
        long start = System.nanoTime();
        List<Story> stories = clusterer.cluster(pooled.documents());
        double millis = (System.nanoTime() - start) / 1e6;
        List<List<String>> clusters = stories.stream().map(Story::articleIds).toList();
        return new Result(ClusterMetrics.of(ClusterMetrics.labels(clusters), pooled.gold()), millis,
                pooled.documents().size());
    }

    /** One table row per collection, in the map's order. */
    private static String rows(StoryClusterer clusterer, Map<String, Pooled> collections) {
        StringBuilder rows = new StringBuilder();
        collections.forEach((name, pooled) -> rows.append(row(name, evaluate(pooled, clusterer))));
        return rows.toString();
    }

    private static String row(String name, Result result) {
        ClusterMetrics m = result.metrics();
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f | %d (%d) | %d | %.0f |%n", name,
                m.bcubedPrecision(), m.bcubedRecall(), m.bcubedF1(), m.pairPrecision(), m.pairRecall(), m.pairF1(),
                m.predictedClusters(), m.goldClusters(), result.articles(), result.millis());
    }

    /** The ECB+ documents of the topics that pass, with topic or event gold. */
    private static Pooled ecb(List<EcbPlusDocuments.Labelled> labelled, List<Document> documents, Predicate<Integer> topics,
            boolean events) {
        List<Document> chosen = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        for (int i = 0; i < labelled.size(); i++) {
            EcbPlusDocuments.Labelled l = labelled.get(i);
            if (topics.test(Integer.parseInt(l.topic()))) {
                chosen.add(documents.get(i));
                gold.put(l.article().id(), events ? l.event() : l.topic());
            }
        }
        return new Pooled(chosen, gold);
    }

    private static Pooled pool(List<EvalCluster> clusters, NewsTextAnalyzer analyzer) {
        List<org.newsbrief.model.Article> articles = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        for (EvalCluster cluster : clusters) {
            for (org.newsbrief.model.Article article : cluster.documents()) {
                if (gold.putIfAbsent(article.id(), cluster.id()) == null) {
                    articles.add(article);
                }
            }
        }
        return new Pooled(articles.parallelStream().map(analyzer::analyze).toList(), gold);
    }
}
