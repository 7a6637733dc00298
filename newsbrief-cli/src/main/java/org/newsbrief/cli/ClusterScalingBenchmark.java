package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.EventEvidence;
import org.newsbrief.cluster.OnlineClusterer;
import org.newsbrief.cluster.StoryRegrouping;
import org.newsbrief.cluster.TermCounts;
import org.newsbrief.eval.cluster.ClusterMetrics;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

/**
 * How story clustering grows with the collection: the pooled DUC 2003 and DUC 2004 documents,
 * repeated with dates shifted by 2,000 days per copy (copies never meet in time, so every copy's
 * gold stories stay the original ones), clustered at 1,000, 10,000 and 100,000 articles. Each
 * distinct document is analysed once and every copy gets its own copy of the term counts, so the
 * heap holds what a real collection of that size would; analysis is a per-article stage measured
 * here once and by the foundation benchmark.
 */
final class ClusterScalingBenchmark {

    private static final int SHIFT_DAYS = 2_000;
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    /** A name held in this many gold stories of the pool or more is common (shared by every copy, as "U.S." would be). */
    private static final int COMMON_NAME_STORIES = 5;
    /** Each regrouping is stopped after this many seconds. */
    static final int REGROUP_LIMIT_S = 60;

    private ClusterScalingBenchmark() {
    }

    private record Pool(List<Map<String, Integer>> counts, List<LocalDate> dates, List<String> stories, double analysisMillis,
            List<long[]> evidence, double evidenceMillis, List<List<String>> names, java.util.Set<String> commonNames) {
    }

    private record Row(String method, int articles, double millis, double cpuMillis, double load, long heapPeakBytes, int stories,
            int goldStories, ClusterMetrics metrics, List<Regrouped> regroupings) {
    }

    /** The regroupings timed, in the report's order: the product's (bounded), its time rule alone, neither (comparing all). */
    static final List<StoryRegrouping> REGROUPINGS = List.of(StoryRegrouping.DEFAULT,
            StoryRegrouping.DEFAULT.withBound(StoryRegrouping.Bound.DEFAULT.uncapped()),
            StoryRegrouping.DEFAULT.withBound(StoryRegrouping.Bound.NONE));

    /** A regrouping of the batch stories timed: wall time, story-group comparisons, groups left and their B-cubed F1. */
    private record Regrouped(double millis, double cpuMillis, long comparisons, int groups, double bcubedF1) {
        static final Regrouped NONE = new Regrouped(Double.NaN, Double.NaN, -1, -1, Double.NaN);
        static final Regrouped STOPPED = new Regrouped(Double.NaN, Double.NaN, -1, -2, Double.NaN);

        /**
         * Each regrouping timed in turn, each stopped at {@link #REGROUP_LIMIT_S} seconds (run on a
         * daemon thread left behind; the batch rows come last).
         */
        static List<Regrouped> all(AverageLinkageClusterer.Grouping grouping, Map<String, String> gold) {
            List<Regrouped> out = new ArrayList<>();
            for (StoryRegrouping regrouping : REGROUPINGS) {
                out.add(timed(regrouping, grouping, gold));
            }
            return out;
        }

        /** The regrouping timed, {@link #STOPPED} at the limit. */
        private static Regrouped timed(StoryRegrouping regrouping, AverageLinkageClusterer.Grouping grouping,
                Map<String, String> gold) {
            java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "regrouping");
                t.setDaemon(true);
                return t;
            });
            try {
                return thread.submit(() -> {
                    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    StoryRegrouping.Counted counted = regrouping.regroupCounted(grouping.groups(), grouping.signatures());
                    double millis = (System.nanoTime() - start) / 1e6;
                    double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    return new Regrouped(millis, cpuMillis, counted.comparisons(), counted.groups().size(),
                            f1(counted.groups(), gold).bcubedF1());
                }).get(REGROUP_LIMIT_S, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return STOPPED;
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("regrouping failed", e);
            } finally {
                thread.shutdown();
            }
        }

        String cells() {
            if (groups == -2) {
                return String.format(Locale.ROOT, "stopped at %d s | - | -", REGROUP_LIMIT_S);
            }
            return groups < 0 ? "- | - | -" : String.format(Locale.ROOT, "%,.0f ms (%,.0f ms) | %,d | %,d (%.3f)", millis, cpuMillis,
                    comparisons, groups, bcubedF1);
        }
    }

    /** The groups (collection indexes) scored against the gold stories by article id. */
    private static ClusterMetrics f1(List<List<Integer>> groups, Map<String, String> gold) {
        List<List<String>> clusters = groups.stream().map(group -> group.stream().map(i -> Integer.toString(i)).toList()).toList();
        return ClusterMetrics.of(ClusterMetrics.labels(clusters), gold);
    }

    static String run(Path shared, PrintWriter progress) throws IOException {
        return run(shared, SIZES, progress);
    }

    /** The report at these sizes (the default 1,000, 10,000 and 100,000; fewer or smaller for trying). */
    static String run(Path shared, int[] sizes, PrintWriter progress) throws IOException {
        Pool pool = pool(shared, progress);
        List<Row> rows = new ArrayList<>();
        progress.println("warm-up ...");
        measure(pool, 2_000, false);
        measure(pool, 2_000, true);
        for (boolean online : new boolean[] {true, false}) {
            for (int size : sizes) {
                progress.println("clustering " + size + " articles" + (online ? " online" : "") + " ...");
                progress.flush();
                Row row = measure(pool, size, online);
                progress.println("  " + row);
                progress.flush();
                rows.add(row);
            }
        }
        // batch rows first in the report, as before (measured last: a stopped regrouping's thread runs on)
        rows.sort(java.util.Comparator.comparing((Row r) -> r.method().equals("online")));
        return markdown(pool, rows);
    }

    private static Pool pool(Path shared, PrintWriter progress) throws IOException {
        progress.println("analysing the pooled DUC 2003 and DUC 2004 documents ...");
        List<Article> articles = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        for (String name : List.of("duc2003", "duc2004")) {
            for (EvalCluster cluster : DucDataset.read(name, shared.resolve("data").resolve(name)).clusters()) {
                for (Article article : cluster.documents()) {
                    articles.add(article);
                    stories.add(name + "/" + cluster.id());
                }
            }
        }
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        articles.parallelStream().map(analyzer::analyze).toList(); // warm-up: the timed pass runs compiled code
        long start = System.nanoTime();
        List<Document> documents = articles.parallelStream().map(analyzer::analyze).toList();
        double millis = (System.nanoTime() - start) / 1e6;
        TermCounts termCounts = new TermCounts();
        List<TermCounts.Counted> counted = documents.stream().map(termCounts::counted).toList();
        List<Map<String, Integer>> counts = counted.stream().<Map<String, Integer>>map(TermCounts.Counted::counts).toList();
        List<List<String>> names = counted.stream().map(TermCounts.Counted::names).toList();
        List<LocalDate> dates = articles.stream().map(Article::published).toList();
        int sampling = AverageLinkageClusterer.Options.DEFAULTS.evidence().sampling();
        long evidenceStart = System.nanoTime();
        List<long[]> evidence = documents.stream().map(d -> EventEvidence.items(d, sampling)).toList();
        double evidenceMillis = (System.nanoTime() - evidenceStart) / 1e6;
        Map<String, java.util.Set<String>> storiesOf = new HashMap<>();
        for (int d = 0; d < names.size(); d++) {
            for (String name : names.get(d)) {
                storiesOf.computeIfAbsent(name, k -> new java.util.HashSet<>()).add(stories.get(d));
            }
        }
        java.util.Set<String> common = new java.util.HashSet<>();
        storiesOf.forEach((name, of) -> {
            if (of.size() >= COMMON_NAME_STORIES) {
                common.add(name);
            }
        });
        return new Pool(counts, dates, stories, millis, evidence, evidenceMillis, names, java.util.Set.copyOf(common));
    }

    private static Row measure(Pool pool, int size, boolean online) {
        int n = pool.counts().size();
        List<Map<String, Integer>> counts = new ArrayList<>(size);
        List<LocalDate> dates = new ArrayList<>(size);
        List<long[]> evidence = new ArrayList<>(size);
        List<List<String>> names = new ArrayList<>(size);
        Map<String, String> gold = new HashMap<>();
        for (int i = 0; i < size; i++) {
            int copy = i / n;
            // each copy's rarer names its own (terms and names), as another event's would be; common names shared
            java.util.Set<String> own = new java.util.HashSet<>(pool.names().get(i % n));
            own.removeAll(pool.commonNames());
            String suffix = copy == 0 ? "" : "#" + copy;
            LinkedHashMap<String, Integer> copied = new LinkedHashMap<>();
            pool.counts().get(i % n).forEach((term, c) -> copied.put(own.contains(term) ? term + suffix : term, c));
            counts.add(copied);
            names.add(pool.names().get(i % n).stream().map(name -> own.contains(name) ? name + suffix : name).toList());
            long salt = copy * 0x9e3779b97f4a7c15L; // each copy's items its own, as another event's would be
            evidence.add(java.util.Arrays.stream(pool.evidence().get(i % n)).map(item -> item ^ salt).sorted().toArray());
            LocalDate date = pool.dates().get(i % n);
            dates.add(date == null ? null : date.plusDays((long) SHIFT_DAYS * copy));
            gold.put(Integer.toString(i), pool.stories().get(i % n) + "#" + copy);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        AverageLinkageClusterer.Grouping grouping = online
                ? new OnlineClusterer(OnlineClusterer.Options.DEFAULTS).groups(counts, dates)
                : new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS).groups(counts, dates, evidence, names);
        double millis = (System.nanoTime() - start) / 1e6;
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        // what `brief --stories auto` does next with the batch clustering of a mixed input
        List<Regrouped> regroupings = online ? java.util.Collections.nCopies(REGROUPINGS.size(), Regrouped.NONE)
                : Regrouped.all(grouping, gold);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ClusterMetrics metrics = f1(grouping.groups(), gold);
        int goldStories = (int) gold.values().stream().distinct().count();
        return new Row(online ? "online" : "batch", size, millis, cpuMillis, load, peak, grouping.groups().size(), goldStories, metrics,
                regroupings);
    }

    private static String markdown(Pool pool, List<Row> rows) {
        StringBuilder table = new StringBuilder();
        for (Row row : rows) {
            Row first = rows.stream().filter(r -> r.method().equals(row.method())).findFirst().orElseThrow();
            String regroup = String.join(" | ", row.regroupings().stream().map(Regrouped::cells).toList());
            table.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f ms | %,.0f ms | %.1f | %,.0f MB | %,d (%,d) | %.3f | %s | %.1f |%n",
                    row.method(), row.articles(), row.millis(), row.cpuMillis(), row.cpuMillis() / first.cpuMillis() * first.articles() / row.articles(),
                    row.heapPeakBytes() / 1048576.0, row.stories(), row.goldStories(), row.metrics().bcubedF1(), regroup, row.load()));
        }
        return String.format(Locale.ROOT, """
                # Story clustering: how it grows with the collection

                Produced by `./newsbrief bench cluster-scaling` (newsbrief %s) on %d cores, Java %s, heap limit %,.0f MB
                (set with `NEWSBRIEF_JAVA_OPTS=-Xmx4g`). Input: the %d pooled DUC 2003 and DUC 2004 documents, repeated
                with dates shifted by %,d days per copy (copies never meet in time, so each copy's gold stories are the
                original ones), up to 100,000 articles. Each distinct document was analysed once for the clusterer (a second, warm pass took %,.0f ms for the pool on
                %d threads, %.2f ms per article per thread; analysis is a per-article stage, so at 100,000 articles it
                adds about %,.0f s on 2 threads); every copy gets its own copy of the term counts, so the heap holds what
                a real collection of that size holds. The event-evidence items (`EventEvidence`: specific numbers and
                word 4-grams) were computed once per distinct document too (%,.0f ms on one thread for the pool); each copy
                gets its items salted with its copy number, so that copies share none (as other events would not) and
                the rare items of each copy are those of the original collection. Timed: `AverageLinkageClusterer.groups` (batch: vocabulary,
                rare evidence items, signatures, blocking by term and time, candidate edges, one average-linkage merge per connected block)
                and `OnlineClusterer.groups` (online: articles in date order against the open stories), one run per
                size after a warm-up run on 2,000 articles. Heap: the peak of the heap pools during clustering, after a collection before it (the
                term counts of the collection included). The clustering runs on one thread: its CPU time (the
                thread's own, without the collector's threads) does not grow when other work shares the cores, the
                wall time does; the load column is the machine's one-minute load average after each run.
                Each copy's names (capitalised terms, `TermCounts.Counted#names`) are salted with its copy number, in
                the term counts and in the names the signatures keep for the name test, as another event's names
                would differ, except the %,d common names (held in %d or more of the pool's gold stories, such as
                "U.S."), which every copy shares as other events would; the other terms are shared by all copies. Regrouping: the mechanism `newsbrief brief --stories auto`
                runs next on a mixed input's batch clustering of at most %d stories of 3 articles or more
                (`StoryRegrouping.MOST_STORIES`; a larger one, a collection, keeps its clustering), timed here on
                the whole collection as the cost it would have: `StoryRegrouping.DEFAULT.regroup` on the batch
                stories (timed after the clustering, outside its heap peak and CPU columns), under its bound
                (`StoryRegrouping.Bound.DEFAULT`: stories and groups further apart than the clusterer's horizon of
                %,d days never merge; each story compared with at most %d open groups, those sharing the most of
                its keys, its %d strongest terms and characteristic names), then with the time rule alone (every
                open group within the horizon compared), then comparing every story with every open group
                whatever the dates (`Bound.NONE`, the regrouping before the bound); each with its story-group
                comparisons (mean cosines across computed), the groups it leaves and their B-cubed F1 against the
                copies' gold stories; wall time and the regrouping thread's own CPU time (which other work on the
                cores does not inflate). Each regrouping is stopped after %d s; the batch sizes run after the online ones.

                | method | articles | clustering time (wall) | clustering thread CPU | CPU per article relative to 1,000 | heap peak | stories (gold) | B-cubed F1 | regrouping: wall (thread CPU) | comparisons | groups (B-cubed F1) | time rule alone: wall (CPU) | comparisons | groups (B-cubed F1) | comparing all: wall (CPU) | comparisons | groups (B-cubed F1) | load |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                %s
                Target (issue 7): 100,000 articles in under 2 minutes and under 4 GB of heap on 2 cores, near-linear growth.
                """, org.newsbrief.brief.RunInfo.currentVersion(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1048576.0, pool.counts().size(),
                SHIFT_DAYS, pool.analysisMillis(), Runtime.getRuntime().availableProcessors(),
                pool.analysisMillis() * Runtime.getRuntime().availableProcessors() / pool.counts().size(),
                100_000 * pool.analysisMillis() / pool.counts().size() / 1000.0, pool.evidenceMillis(),
                pool.commonNames().size(), COMMON_NAME_STORIES, StoryRegrouping.MOST_STORIES,
                StoryRegrouping.Bound.DEFAULT.horizonDays(),
                StoryRegrouping.Bound.DEFAULT.candidates(), StoryRegrouping.Bound.DEFAULT.keyTerms(), REGROUP_LIMIT_S, table);
    }
}
