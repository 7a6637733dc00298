package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.StoryRegrouping;
import org.newsbrief.cluster.StorySeparation;
import org.newsbrief.dedup.NearDuplicates;
import org.newsbrief.eval.cluster.ClusterMetrics;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.dataset.EcbPlusDocuments;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.IssueLog;
import org.newsbrief.pipeline.BriefPipeline;

/**
 * {@code newsbrief bench stories}: how {@code brief --stories auto} splits one input into stories.
 * Every input is run as the pipeline runs it (under {@link BriefPipeline#CLUSTER_FROM} articles
 * one story; else near-identical copies set aside, the batch clusterer with the product defaults,
 * then the {@link StorySeparation} decision) and scored against its gold: one-story inputs (a DUC
 * topic folder) should give one story, mixed inputs (topic folders pooled) should split by folder
 * (B-cubed F1). The decision's options are chosen on the tuning collections, as {@code bench
 * cluster} splits them: DUC 2003 (its 30 folders, all 435 pairs and a seeded sample of triples)
 * and ECB+ topics 1-35 (each topic, two similar events, as a mixed input scored at event level;
 * each event alone as a one-story input), by the mean over the two collections of the share of
 * one-story inputs giving one story and the mixed inputs' mean B-cubed F1. DUC 2004 (the same
 * kinds of input), ECB+ topics 36-45 and the example are reported once with the chosen options and
 * with the clustering as it is (the behaviour before).
 */
final class StoriesBenchmark {

    static final double[] RATIOS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9};
    static final int[] MIN_SIZES = {1, 2, 3};
    static final boolean[] EITHER = {false, true};
    /** The evidence test's ratios (0: none); one grid each. */
    static final double[] EVIDENCE_RATIOS = {0, 0.05, 0.1, 0.25, 0.5, 1.0};
    /** The name test's characteristic shares (the least share of a story's articles holding a name); one grid per overlap each. */
    static final double[] NAME_SHARES = {0.5, StorySeparation.NAME_SHARE, 0.9};
    /** The name test's least overlaps (without the evidence test). */
    static final double[] NAME_OVERLAPS = {0.2, 0.3, 0.4, 0.5};
    static final int TRIPLES = 200;
    /** Articles of another folder added to a folder in the small-minority check. */
    static final int MINORITY = 2;
    static final long SEED = 20261130L;
    /** Many-story inputs: seeded sets of {@link #MANY_LEAST}-{@link #MANY_MOST} folders pooled (seed {@code SEED + 1}), besides all folders pooled. */
    static final int MANY_SETS = 20;
    static final int MANY_LEAST = 5;
    static final int MANY_MOST = 10;
    /** The margins of the regrouping's margin grid (see {@link StoryRegrouping#margin}). */
    static final double[] MARGINS = {1.25, 1.5, 2, 3};

    private StoriesBenchmark() {
    }

    /** One input as the pipeline sees it: the articles clustered, their gold, and the clustering measured. */
    record Run(String name, int articles, List<String> ids, Map<String, String> gold, List<List<String>> clustering,
            StorySeparation.Closeness closeness, long clusterNanos, long measureNanos,
            Map<Double, StorySeparation.Closeness> byNameShare, AverageLinkageClusterer.Grouping grouping,
            long regroupNanos, Map<StoryRegrouping, List<List<String>>> regrouped) {

        /** An input measured with characteristic names at {@link StorySeparation#NAME_SHARE} only. */
        Run(String name, int articles, List<String> ids, Map<String, String> gold, List<List<String>> clustering,
                StorySeparation.Closeness closeness, long clusterNanos, long measureNanos) {
            this(name, articles, ids, gold, clustering, closeness, clusterNanos, measureNanos, Map.of(), null, 0,
                    new java.util.concurrent.ConcurrentHashMap<>());
        }

        /** The stories a decision gives: the whole input (small, or judged one story) or the clustering. */
        List<List<String>> stories(StorySeparation separation) {
            if (closeness == null || separation != null && clustering.size() > 1
                    && separation.oneStory(byNameShare.getOrDefault(separation.nameShare(), closeness))) {
                return List.of(ids);
            }
            return clustering;
        }

        /** The stories a regrouping gives (the whole input when small), computed once per regrouping. */
        List<List<String>> stories(StoryRegrouping regrouping) {
            if (closeness == null || grouping == null) {
                return stories((StorySeparation) null);
            }
            return regrouped.computeIfAbsent(regrouping, r -> r.regroup(grouping).stream()
                    .map(g -> g.stream().map(ids::get).toList()).toList());
        }
    }

    /**
     * A set of inputs of one kind from one collection.
     *
     * @param collection the collection the criterion weighs it in ("" for one outside the criterion)
     */
    record Inputs(String name, String collection, boolean oneStory, List<Run> runs) {

        /** Inputs of the one collection "". */
        Inputs(String name, boolean oneStory, List<Run> runs) {
            this(name, "", oneStory, runs);
        }
    }

    /** Scores of one set of inputs under one decision (null: the clustering as it is). */
    record Score(int inputs, int oneStory, int oneBrief, double meanStories, double meanBriefs, double bcubedF1,
            double precision, double recall, int keptWhole) {

        static Score of(Inputs inputs, StorySeparation separation) {
            return under(inputs, run -> run.stories(separation));
        }

        static Score under(Inputs inputs, java.util.function.Function<Run, List<List<String>>> decision) {
            int one = 0;
            int oneBrief = 0;
            int whole = 0;
            double stories = 0;
            double briefs = 0;
            double f1 = 0;
            double p = 0;
            double r = 0;
            for (Run run : inputs.runs()) {
                List<List<String>> predicted = decision.apply(run);
                long multi = predicted.stream().filter(s -> s.size() > 1).count();
                one += predicted.size() == 1 ? 1 : 0;
                oneBrief += multi <= 1 ? 1 : 0;
                whole += predicted.size() == 1 ? 1 : 0;
                stories += predicted.size();
                briefs += Math.max(1, multi);
                ClusterMetrics m = ClusterMetrics.of(ClusterMetrics.labels(predicted), run.gold());
                f1 += m.bcubedF1();
                p += m.bcubedPrecision();
                r += m.bcubedRecall();
            }
            int n = inputs.runs().size();
            return new Score(n, one, oneBrief, stories / n, briefs / n, f1 / n, p / n, r / n, whole);
        }
    }

    static String run(Path shared, boolean tuningOnly, PrintWriter progress) throws IOException {
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        long start = System.nanoTime();
        progress.println("DUC 2003: folders, pairs and triples ...");
        List<Inputs> duc2003 = duc(DucDataset.read("duc2003", shared.resolve("data/duc2003")).clusters(), "DUC 2003",
                analyzer);
        progress.println("ECB+: topics and events ...");
        List<Inputs> ecb = ecb(EcbPlusDocuments.read(shared.resolve("data/ecbplus")), analyzer);
        List<Inputs> tuning = new ArrayList<>(duc2003.subList(0, 3));
        tuning.addAll(ecb.subList(0, 2));
        Tuned tuned = tune(tuning);
        // the regrouping's tuning adds the many-story inputs (DUC 2003 many stories) as a collection of its own
        List<Inputs> regroupTuning = new ArrayList<>(tuning);
        regroupTuning.addAll(duc2003.subList(4, 6));
        TunedRegrouping regrouping = tuneRegrouping(tuning, regroupTuning);
        if (tuningOnly) {
            regroupTuning.forEach(inputs -> inputs.runs().stream()
                    .forEach(r -> progress.println(describe(r))));
        }
        StringBuilder out = new StringBuilder(header(tuned, tuning));
        out.append(regroupingSection(regrouping));
        if (!tuningOnly) {
            progress.println("DUC 2004 and the example ...");
            tuning = regroupTuning;
            List<Inputs> test = new ArrayList<>(duc2003.subList(3, 4));
            test.addAll(duc(DucDataset.read("duc2004", shared.resolve("data/duc2004")).clusters(), "DUC 2004", analyzer));
            test.addAll(ecb.subList(2, ecb.size()));
            test.add(example(Path.of("examples/aleppo-2016"), analyzer));
            out.append(results(tuning, test, tuned.best(), regrouping.best()));
        } else {
            out.append(results(regroupTuning, List.of(), tuned.best(), regrouping.best()));
            out.append("(`--tuning-only`: no test input was run.)\n");
        }
        out.append(String.format(Locale.ROOT, "%nThe whole run took %.0f s.%n", (System.nanoTime() - start) / 1e9));
        return out.toString();
    }

    /** The folders of a DUC task as one-story inputs, all pairs and a seeded sample of triples as mixed ones. */
    private static List<Inputs> duc(List<EvalCluster> folders, String name, NewsTextAnalyzer analyzer) {
        Map<String, List<Document>> analysed = new LinkedHashMap<>();
        for (EvalCluster folder : folders) {
            analysed.put(folder.id(), folder.documents().parallelStream().map(analyzer::analyze).toList());
        }
        List<String> ids = new ArrayList<>(analysed.keySet());
        List<Run> singles = new ArrayList<>();
        for (String id : ids) {
            singles.add(pooled(id, List.of(id), analysed));
        }
        List<Run> pairs = new ArrayList<>();
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                pairs.add(pooled(ids.get(a) + "+" + ids.get(b), List.of(ids.get(a), ids.get(b)), analysed));
            }
        }
        List<Run> triples = new ArrayList<>();
        Random random = new Random(SEED);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (triples.size() < TRIPLES) {
            java.util.TreeSet<Integer> pick = new java.util.TreeSet<>();
            while (pick.size() < 3) {
                pick.add(random.nextInt(ids.size()));
            }
            List<String> chosen = pick.stream().map(ids::get).toList();
            if (seen.add(String.join("+", chosen))) {
                triples.add(pooled(String.join("+", chosen), chosen, analysed));
            }
        }
        List<Run> minority = new ArrayList<>();
        for (int a = 0; a < ids.size(); a++) {
            int other = (a + 1 + random.nextInt(ids.size() - 1)) % ids.size();
            List<Document> guests = new ArrayList<>(analysed.get(ids.get(other)));
            java.util.Collections.shuffle(guests, random);
            Map<String, List<Document>> input = Map.of(ids.get(a), analysed.get(ids.get(a)), ids.get(other),
                    guests.subList(0, MINORITY));
            minority.add(pooled(ids.get(a) + "+" + MINORITY + " of " + ids.get(other), List.of(ids.get(a), ids.get(other)),
                    input));
        }
        List<Run> all = List.of(pooled("all " + ids.size() + " folders", ids, analysed));
        List<Run> many = new ArrayList<>();
        Random sets = new Random(SEED + 1);
        for (int i = 0; i < MANY_SETS; i++) {
            int size = MANY_LEAST + sets.nextInt(MANY_MOST - MANY_LEAST + 1);
            List<String> shuffled = new ArrayList<>(ids);
            java.util.Collections.shuffle(shuffled, sets);
            List<String> chosen = shuffled.subList(0, size).stream().sorted().toList();
            many.add(pooled(String.join("+", chosen), chosen, analysed));
        }
        return List.of(new Inputs(name + " topic folders", name, true, singles),
                new Inputs(name + " pairs of folders (all " + pairs.size() + ")", name, false, pairs),
                new Inputs(name + " triples of folders (" + TRIPLES + ", seeded sample)", name, false, triples),
                new Inputs(name + " folder plus " + MINORITY + " articles of another (" + minority.size()
                        + ", seeded; a check, not in the criterion)", "", false, minority),
                new Inputs(name + " all " + ids.size() + " folders pooled (many stories)", name + " many stories", false, all),
                new Inputs(name + " sets of " + MANY_LEAST + "-" + MANY_MOST + " folders (" + MANY_SETS
                        + ", seeded; many stories)", name + " many stories", false, many));
    }

    private static Run pooled(String name, List<String> folders, Map<String, List<Document>> analysed) {
        List<Document> documents = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        for (String folder : folders) {
            for (Document d : analysed.get(folder)) {
                documents.add(d);
                gold.put(d.id(), folder);
            }
        }
        return run(name, documents, gold);
    }

    /** One input run as {@link BriefPipeline#runStories} runs it under auto, measured for the decision. */
    static Run run(String name, List<Document> documents, Map<String, String> gold) {
        if (documents.size() < BriefPipeline.CLUSTER_FROM) {
            List<String> ids = documents.stream().map(Document::id).toList();
            return new Run(name, documents.size(), ids, gold, List.of(ids), null, 0, 0);
        }
        Map<String, String> copies = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD).find(documents);
        List<Document> kept = documents.stream().filter(d -> !copies.containsKey(d.id())).toList();
        long start = System.nanoTime();
        AverageLinkageClusterer.Grouping grouping = new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS)
                .grouping(kept);
        long clustered = System.nanoTime();
        StorySeparation.Closeness closeness = StorySeparation.closeness(grouping.groups(), grouping.signatures());
        long measured = System.nanoTime();
        List<List<Integer>> regrouped = StoryRegrouping.DEFAULT.regroup(grouping);
        long regroupNanos = System.nanoTime() - measured;
        List<String> ids = kept.stream().map(Document::id).toList();
        List<List<String>> clustering = grouping.groups().stream()
                .map(g -> g.stream().map(ids::get).toList()).toList();
        Map<String, String> keptGold = new HashMap<>();
        ids.forEach(id -> keptGold.put(id, gold.get(id)));
        Map<Double, StorySeparation.Closeness> byNameShare = new HashMap<>();
        for (double share : NAME_SHARES) {
            byNameShare.put(share, share == StorySeparation.NAME_SHARE ? closeness
                    : StorySeparation.closeness(grouping.groups(), grouping.signatures(), true, share));
        }
        Map<StoryRegrouping, List<List<String>>> cache = new java.util.concurrent.ConcurrentHashMap<>();
        cache.put(StoryRegrouping.DEFAULT, regrouped.stream().map(g -> g.stream().map(ids::get).toList()).toList());
        return new Run(name, documents.size(), ids, keptGold, clustering, closeness, clustered - start, measured - clustered,
                byNameShare, grouping, regroupNanos, cache);
    }

    /** One input's clustering, measured (for reading the tuning inputs). */
    static String describe(Run run) {
        if (run.closeness() == null) {
            return run.name() + ": " + run.articles() + " articles, not clustered";
        }
        StorySeparation.Closeness c = run.closeness();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: main %d within %.3f;", run.name(),
                c.main().size(), c.main().within()));
        out.append(String.format(Locale.ROOT, " evidence %.2f;", c.main().withinEvidence()));
        c.others().forEach(p -> out.append(String.format(Locale.ROOT, " [%d w %.3f b %.3f r %.2f; ev w %.2f b %.2f; names %.2f / %.2f]",
                p.size(), p.within(), p.between(), p.between() / c.main().within(), p.withinEvidence(), p.betweenEvidence(),
                p.namesHeld(), p.mainNamesHeld())));
        return out.toString();
    }

    /**
     * ECB+: each topic as a mixed input (gold: its two events), each event alone as a one-story
     * input; topics 1-35 (tuning) then 36-45 (test), as {@code bench cluster} splits them.
     */
    private static List<Inputs> ecb(List<EcbPlusDocuments.Labelled> labelled, NewsTextAnalyzer analyzer) {
        Map<String, List<Integer>> byTopic = new java.util.TreeMap<>(java.util.Comparator.comparingInt(Integer::parseInt));
        Map<String, List<Integer>> byEvent = new java.util.TreeMap<>();
        for (int i = 0; i < labelled.size(); i++) {
            byTopic.computeIfAbsent(labelled.get(i).topic(), t -> new ArrayList<>()).add(i);
            byEvent.computeIfAbsent(labelled.get(i).event(), t -> new ArrayList<>()).add(i);
        }
        List<Document> documents = labelled.parallelStream().map(l -> analyzer.analyze(l.article())).toList();
        List<Run> tuningTopics = new ArrayList<>();
        List<Run> testTopics = new ArrayList<>();
        byTopic.forEach((topic, members) -> (tuningTopic(topic) ? tuningTopics : testTopics)
                .add(ecbRun("topic " + topic, members, labelled, documents)));
        List<Run> tuningEvents = new ArrayList<>();
        List<Run> testEvents = new ArrayList<>();
        byEvent.forEach((event, members) -> (tuningTopic(labelled.get(members.get(0)).topic()) ? tuningEvents : testEvents)
                .add(ecbRun(event, members, labelled, documents)));
        String tuning = "ECB+ 1-" + ClusterBenchmark.LAST_TUNING_TOPIC;
        String test = "ECB+ " + (ClusterBenchmark.LAST_TUNING_TOPIC + 1) + "-45";
        return List.of(new Inputs(tuning + " topics (two similar events each)", tuning, false, tuningTopics),
                new Inputs(tuning + " events alone", tuning, true, tuningEvents),
                new Inputs(test + " topics (two similar events each)", test, false, testTopics),
                new Inputs(test + " events alone", test, true, testEvents));
    }

    private static boolean tuningTopic(String topic) {
        return Integer.parseInt(topic) <= ClusterBenchmark.LAST_TUNING_TOPIC;
    }

    private static Run ecbRun(String name, List<Integer> members, List<EcbPlusDocuments.Labelled> labelled,
            List<Document> documents) {
        List<Document> chosen = members.stream().map(documents::get).toList();
        Map<String, String> gold = new HashMap<>();
        members.forEach(i -> gold.put(labelled.get(i).article().id(), labelled.get(i).event()));
        return run(name, chosen, gold);
    }

    private static Inputs example(Path folder, NewsTextAnalyzer analyzer) {
        List<Article> articles = ArticleSources.standard().readAll(List.of(folder), new IssueLog());
        List<Document> documents = articles.stream().map(analyzer::analyze).toList();
        Map<String, String> gold = new HashMap<>();
        documents.forEach(d -> gold.put(d.id(), "aleppo"));
        return new Inputs("the example (" + folder + ")", true, List.of(run("aleppo", documents, gold)));
    }

    /** The decision's grids on the tuning inputs (one per evidence ratio), its best options and their score. */
    record Tuned(String grid, StorySeparation best, String cell) {
    }

    /**
     * Each setting scored on the tuning inputs by {@link #objective}; the first best on ties (no
     * evidence test first, then lower evidence ratio, then the name tests by characteristic share
     * and overlap; inside a grid lower ratio, the largest story's closeness, smaller size).
     */
    static Tuned tune(List<Inputs> tuning) {
        int columns = MIN_SIZES.length * EITHER.length;
        StringBuilder head = new StringBuilder("| ratio \\ least size that counts, inner closeness of |");
        for (boolean either : EITHER) {
            for (int size : MIN_SIZES) {
                head.append(' ').append(size).append(either ? ", either story" : ", the largest").append(" |");
            }
        }
        head.append('\n').append("|---|").append("---|".repeat(columns)).append('\n');
        StringBuilder grid = new StringBuilder();
        StorySeparation best = null;
        double bestScore = -1;
        String bestCell = "";
        List<StorySeparation> tests = new ArrayList<>();
        for (double evidence : EVIDENCE_RATIOS) {
            tests.add(new StorySeparation(1, 1, false, evidence));
        }
        for (double share : NAME_SHARES) {
            for (double overlap : NAME_OVERLAPS) {
                tests.add(new StorySeparation(1, 1, false, 0, share, overlap));
            }
        }
        for (StorySeparation test : tests) {
            grid.append(test.nameOverlap() > 0
                    ? String.format(Locale.ROOT, "With the name test at %.2f, characteristic names held by %.0f%% of a story's articles or more:%n%n",
                            test.nameOverlap(), 100 * test.nameShare())
                    : test.evidenceRatio() == 0 ? "Without the evidence test (cosines alone):\n\n"
                    : String.format(Locale.ROOT, "With the evidence test at %.2f:%n%n", test.evidenceRatio()));
            grid.append(head);
            grid.append("| (clustering as it is) |").append((" " + cell(tuning, (StorySeparation) null) + " |").repeat(columns)).append('\n');
            for (double ratio : RATIOS) {
                grid.append(String.format(Locale.ROOT, "| %.2f |", ratio));
                for (boolean either : EITHER) {
                    for (int size : MIN_SIZES) {
                        StorySeparation separation = new StorySeparation(ratio, size, either, test.evidenceRatio(),
                                test.nameShare(), test.nameOverlap());
                        double score = objective(tuning, separation);
                        String cell = cell(tuning, separation);
                        grid.append(' ').append(cell).append(" |");
                        if (score > bestScore + 1e-12) {
                            bestScore = score;
                            best = separation;
                            bestCell = cell;
                        }
                    }
                }
                grid.append('\n');
            }
            grid.append('\n');
        }
        return new Tuned(grid.toString(), best, bestCell);
    }

    /** The regrouping's grids on the tuning inputs, its best options and their score. */
    record TunedRegrouping(String grid, StoryRegrouping best, String cell) {
    }

    static final double[] REGROUP_RATIOS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.5};
    static final int[] REGROUP_MIN_SIZES = {2, 3};
    static final double[] REGROUP_OVERLAPS = {0.3, 0.4, 0.5};

    /**
     * Each regrouping scored on the tuning inputs by the same criterion: one grid per reference
     * (the group's first story, the growing group) and small-story policy (attached, left); rows
     * ratio, columns name overlap x least size (characteristic share {@link StorySeparation#NAME_SHARE},
     * inner closeness of the reference); the first best on ties, grids in order, reading order.
     */
    static TunedRegrouping tuneRegrouping(List<Inputs> few, List<Inputs> tuning) {
        StringBuilder head = new StringBuilder("| ratio \\ name overlap, least size that counts |");
        for (double overlap : REGROUP_OVERLAPS) {
            for (int size : REGROUP_MIN_SIZES) {
                head.append(String.format(Locale.ROOT, " %.2f, %d |", overlap, size));
            }
        }
        int columns = REGROUP_OVERLAPS.length * REGROUP_MIN_SIZES.length;
        head.append('\n').append("|---|").append("---|".repeat(columns)).append('\n');
        StringBuilder grid = new StringBuilder();
        Best best = new Best();
        for (boolean againstGroup : new boolean[] {false, true}) {
            for (boolean attach : new boolean[] {true, false}) {
                grid.append(String.format(Locale.ROOT, "Regrouping against %s, small stories %s:%n%n",
                        againstGroup ? "the growing group" : "the group's first story",
                        attach ? "joining the closest group" : "left as they are"));
                grid.append(head);
                grid.append("| (all or nothing, `StorySeparation.DEFAULT`) |")
                        .append((" " + regroupCell(few, tuning, run -> run.stories(StorySeparation.DEFAULT)) + " |").repeat(columns))
                        .append('\n');
                for (double ratio : REGROUP_RATIOS) {
                    grid.append(String.format(Locale.ROOT, "| %.2f |", ratio));
                    for (double overlap : REGROUP_OVERLAPS) {
                        for (int size : REGROUP_MIN_SIZES) {
                            StoryRegrouping regrouping = new StoryRegrouping(new StorySeparation(ratio, size, false, 0,
                                    StorySeparation.NAME_SHARE, overlap), againstGroup, attach);
                            grid.append(' ').append(best.score(few, tuning, regrouping)).append(" |");
                        }
                    }
                    grid.append('\n');
                }
                grid.append('\n');
            }
        }
        // the margin grid: the default's tests and policies, each story joining only a group clear of the others
        grid.append(String.format(Locale.ROOT, "With a margin (`StoryRegrouping#margin`), name overlap %.2f, least size %d, against the growing "
                + "group, small stories joining the closest group:%n%n", StorySeparation.DEFAULT.nameOverlap(),
                StorySeparation.DEFAULT.minSize()));
        grid.append("| ratio \\ margin |");
        for (double margin : MARGINS) {
            grid.append(String.format(Locale.ROOT, " %.2f |", margin));
        }
        grid.append('\n').append("|---|").append("---|".repeat(MARGINS.length)).append('\n');
        for (double ratio : new double[] {0.25, 0.3, 0.35}) {
            grid.append(String.format(Locale.ROOT, "| %.2f |", ratio));
            for (double margin : MARGINS) {
                StoryRegrouping regrouping = new StoryRegrouping(new StorySeparation(ratio, StorySeparation.DEFAULT.minSize(),
                        false, 0, StorySeparation.NAME_SHARE, StorySeparation.DEFAULT.nameOverlap()), true, true).withMargin(margin);
                grid.append(' ').append(best.score(few, tuning, regrouping)).append(" |");
            }
            grid.append('\n');
        }
        grid.append('\n');
        return new TunedRegrouping(grid.toString(), best.regrouping, best.cell);
    }

    /** The first best regrouping met so far. */
    private static final class Best {
        StoryRegrouping regrouping;
        double score = -1;
        String cell = "";

        /** The regrouping's cell; kept when it scores above the best so far. */
        String score(List<Inputs> few, List<Inputs> tuning, StoryRegrouping candidate) {
            java.util.function.Function<Run, List<List<String>>> decision = run -> run.stories(candidate);
            double value = objectiveOf(tuning, decision);
            String text = regroupCell(few, tuning, decision);
            if (value > score + 1e-12) {
                score = value;
                regrouping = candidate;
                cell = text;
            }
            return text;
        }
    }

    /** A regrouping cell: every collection's parts and the criterion, then the criterion of the few-story inputs alone. */
    static String regroupCell(List<Inputs> few, List<Inputs> tuning, java.util.function.Function<Run, List<List<String>>> decision) {
        return cell(tuning, decision) + String.format(Locale.ROOT, " (few: %.4f)", objectiveOf(few, decision));
    }

    private static String describe(StoryRegrouping r) {
        return describe(r.tests()) + ", against " + (r.againstGroup() ? "the growing group" : "the group's first story")
                + ", small stories " + (r.attachSmall() ? "joining the closest group" : "left as they are")
                + (r.margin() == 0 ? "" : String.format(Locale.ROOT, ", margin %.2f", r.margin()));
    }

    private static String regroupingSection(TunedRegrouping tuned) {
        return String.format(Locale.ROOT, """

                ## Regrouping the stories (tuning)

                Instead of all or nothing (`StorySeparation`), `StoryRegrouping` merges the clustering's stories
                that do not stand apart by the same tests and keeps apart those that do: the stories of at least
                the least size, from the largest down, each join the closest group (mean cosine across) whose
                reference (its first story, or the group as it grows) they do not stand apart from (cosine at
                least `ratio` times the reference's inner closeness and, with the name test, one of the two
                holding the overlap of the other's characteristic names, held by 70%% of a story's articles), or
                open a group; smaller stories join the one group when one results, else the closest group
                ("joining") or stay as they are ("left"). With a margin, a story joins its closest passing group
                only when its mean cosine across with it is at least the margin times that with every other
                candidate group (while one group is open it asks nothing). Inputs: those above, plus a
                many-story collection ("DUC 2003 many stories": all %d folders pooled as one input, and %d seeded
                sets of %d-%d folders, seed %d), whose mean B-cubed F1 over its %d inputs is a fifth part of the criterion: the
                criterion is the mean of the five parts (DUC 2003 one-story share and mixed F1, ECB+ 1-%d
                one-story share and mixed F1, many-story F1); "few" after each cell is the criterion of the four
                parts above alone (the criterion before the many-story input). Every cell runs
                under the product's bound (`StoryRegrouping.Bound.DEFAULT`): a story and a group whose dates lie
                more than %,d days apart never merge, and each story is compared with at most %d open groups (all
                of them when no more are open, else those sharing the most of its keys); see bench/README.md.

                %s
                Chosen: **%s** (%s). %s
                """, 30, MANY_SETS, MANY_LEAST, MANY_MOST, SEED + 1, MANY_SETS + 1, ClusterBenchmark.LAST_TUNING_TOPIC,
                StoryRegrouping.Bound.DEFAULT.horizonDays(), StoryRegrouping.Bound.DEFAULT.candidates(),
                tuned.grid(), describe(tuned.best()), tuned.cell(),
                tuned.best().equals(StoryRegrouping.DEFAULT) ? "This is the product's regrouping (`StoryRegrouping.DEFAULT`)."
                        : "**The product's regrouping (`StoryRegrouping.DEFAULT`, " + describe(StoryRegrouping.DEFAULT)
                                + ") differs.**");
    }

    /**
     * The criterion: for each collection (in the order met), the share of its one-story inputs that
     * give exactly one story and the mean B-cubed F1 of its mixed inputs (pooled over its sets of
     * mixed inputs); the mean of those parts, so that each collection weighs the same.
     */
    static double objective(List<Inputs> inputs, StorySeparation separation) {
        return objectiveOf(inputs, run -> run.stories(separation));
    }

    /** The criterion under any decision. */
    static double objectiveOf(List<Inputs> inputs, java.util.function.Function<Run, List<List<String>>> decision) {
        double sum = 0;
        int parts = 0;
        for (Part part : parts(inputs, decision).values()) {
            if (part.oneInputs > 0) {
                sum += (double) part.one / part.oneInputs;
                parts++;
            }
            if (part.mixedInputs > 0) {
                sum += part.mixedF1 / part.mixedInputs;
                parts++;
            }
        }
        return sum / parts;
    }

    /** One collection's counts under a decision. */
    private static final class Part {
        int one;
        int oneInputs;
        double mixedF1;
        int mixedInputs;
    }

    private static Map<String, Part> parts(List<Inputs> inputs, java.util.function.Function<Run, List<List<String>>> decision) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (Inputs set : inputs) {
            Score s = Score.under(set, decision);
            Part part = parts.computeIfAbsent(set.collection(), c -> new Part());
            if (set.oneStory()) {
                part.one += s.oneStory();
                part.oneInputs += s.inputs();
            } else {
                part.mixedF1 += s.bcubedF1() * s.inputs();
                part.mixedInputs += s.inputs();
            }
        }
        return parts;
    }

    private static String cell(List<Inputs> inputs, StorySeparation separation) {
        return cell(inputs, run -> run.stories(separation));
    }

    static String cell(List<Inputs> inputs, java.util.function.Function<Run, List<List<String>>> decision) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts(inputs, decision).values()) {
            out.append(part.oneInputs == 0 ? String.format(Locale.ROOT, "%.3f; ", part.mixedF1 / part.mixedInputs)
                    : String.format(Locale.ROOT, "%d/%d %.3f; ", part.one, part.oneInputs, part.mixedF1 / part.mixedInputs));
        }
        return out.append(String.format(Locale.ROOT, "**%.4f**", objectiveOf(inputs, decision))).toString();
    }

    private static String describe(StorySeparation s) {
        return String.format(Locale.ROOT, "ratio %.2f, least size %d, inner closeness of %s, %s", s.ratio(), s.minSize(),
                s.eitherStory() ? "either story" : "the largest",
                s.evidenceRatio() == 0 ? "no evidence test" : String.format(Locale.ROOT, "evidence ratio %.2f", s.evidenceRatio()))
                + (s.nameOverlap() == 0 ? ", no name test" : String.format(Locale.ROOT,
                        ", name test at %.2f (characteristic names held by %.0f%% of a story's articles)", s.nameOverlap(),
                        100 * s.nameShare()));
    }

    private static String header(Tuned tuned, List<Inputs> tuning) {
        StorySeparation d = StorySeparation.DEFAULT;
        return String.format(Locale.ROOT, """
                # One story or several: `brief --stories auto`

                Produced by `newsbrief bench stories` (newsbrief %s) on %d cores. `newsbrief brief` in its default
                mode (`--stories auto`) clusters an input of %d articles or more (near-identical copies set aside,
                then the batch clusterer with the product defaults) and writes one brief per story. A folder that
                holds one story should give one brief; a mixed input should split. The decision
                (`StorySeparation`): with the clusterer's own signatures, the mean cosine of the pairs across the
                largest story and each other story, against the mean cosine of the pairs inside the largest story
                (or, "either story", inside the largest or the other story, whichever is lower); the input is one
                story when every other story of at least the least size is at least `ratio` times as close to the
                largest as that inner closeness (smaller stories join the one story). With the evidence test, each
                such story must also share event-specific evidence with the largest (the clusterer's rare numbers
                and word 4-grams, `EventEvidence`, held by 2-5 articles of the input): the mean number of items
                a pair across shares at least the evidence ratio times the same inner mean (of the largest story,
                or the lower of the two). With the name test, each such story and the largest must share their
                names: a story's characteristic names are the terms of capitalised words inside sentences (less
                words the article writes more often in lower case, days and months) held by at least the
                characteristic share of its articles; the largest story must hold at least the name test's
                overlap of the other story's characteristic names, or the other story of the largest's (for
                each name the lower of the two stories' shares of articles holding it, over the story's own
                shares). Means and shares come from the stories' summed signatures and per-story item and name
                counts, so no pair of articles is compared.

                ## Tuning (DUC 2003 and ECB+ topics 1-%d)

                Inputs, as `bench cluster` splits the collections: the 30 DUC 2003 topic folders, each a one-story
                input (want one story); all 435 pairs of folders and %d triples (seeded sample, seed %d) pooled, each
                a mixed input (gold: the folder; want them apart); the ECB+ topics 1-%d, each a mixed input of two
                similar events (gold: the event), and each of their events alone, a one-story input (inputs of
                under %d articles are one story either way). Each cell, per collection (DUC 2003; ECB+ 1-%d): the
                one-story inputs that give exactly one story (single articles count as stories) and the mean
                B-cubed F1 of the mixed inputs; then the criterion, the mean of those four numbers (each
                collection weighs the same; first best on ties, in reading order, grids in order).

                %s
                Chosen: **%s** (%s). %s
                """, org.newsbrief.brief.RunInfo.currentVersion(), Runtime.getRuntime().availableProcessors(),
                BriefPipeline.CLUSTER_FROM, ClusterBenchmark.LAST_TUNING_TOPIC, TRIPLES, SEED, ClusterBenchmark.LAST_TUNING_TOPIC,
                BriefPipeline.CLUSTER_FROM, ClusterBenchmark.LAST_TUNING_TOPIC, tuned.grid(), describe(tuned.best()), tuned.cell(),
                tuned.best().equals(d) ? "This is the product default (`StorySeparation.DEFAULT`)."
                        : "**The product default (`StorySeparation.DEFAULT`, " + describe(d) + ") differs.**");
    }

    private static String results(List<Inputs> tuning, List<Inputs> test, StorySeparation chosen, StoryRegrouping regrouping) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """

                ## Results

                Three decisions: the clustering as it is (`--stories cluster` gives it); all or nothing
                (`StorySeparation.DEFAULT`, %s: the input briefed whole, or the clustering kept); the regrouping
                (`StoryRegrouping.DEFAULT`, %s). `brief --stories auto` uses %s. Test inputs
                (DUC 2004, ECB+ topics 36-45, the example) were run once. One-story inputs: how many give exactly one
                story, and how many give one brief (at most one story of two articles or more; single articles are
                listed); mixed inputs: how many were kept whole (wrong); for all the mean number of stories and
                the mean B-cubed P/R/F1 against the gold (per input, then averaged). Inputs of under %d articles are
                one story either way (ECB+ events and topics of fewer articles, the example's 5 articles). The rows
                "folder plus %d articles of another" (each folder with %d articles drawn from another folder, seeded)
                are a check outside the criterion: what the decision does with a few unrelated articles.

                | inputs | kind | n | one story: clustering / all or nothing / regrouping | one brief | kept whole | stories (mean) | B3 P | B3 R | **B3 F1** |
                |---|---|---|---|---|---|---|---|---|---|
                """, describe(StorySeparation.DEFAULT), describe(StoryRegrouping.DEFAULT),
                BriefPipeline.AUTO_REGROUPS ? "the regrouping" : "all or nothing", BriefPipeline.CLUSTER_FROM, MINORITY, MINORITY));
        List<Inputs> all = new ArrayList<>(tuning);
        all.addAll(test);
        for (Inputs inputs : all) {
            Score a = Score.of(inputs, (StorySeparation) null);
            Score b = Score.of(inputs, StorySeparation.DEFAULT);
            Score c = Score.under(inputs, run -> run.stories(StoryRegrouping.DEFAULT));
            out.append(String.format(Locale.ROOT,
                    "| %s%s | %s | %d | %s | %s | %s | %.2f / %.2f / %.2f | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f | **%.3f / %.3f / %.3f** |%n",
                    inputs.name(), tuning.contains(inputs) ? " (tuning)" : "", inputs.oneStory() ? "one story" : "mixed",
                    inputs.runs().size(),
                    inputs.oneStory() ? a.oneStory() + " / " + b.oneStory() + " / " + c.oneStory() : "",
                    inputs.oneStory() ? a.oneBrief() + " / " + b.oneBrief() + " / " + c.oneBrief() : "",
                    inputs.oneStory() ? "" : a.keptWhole() + " / " + b.keptWhole() + " / " + c.keptWhole(),
                    a.meanStories(), b.meanStories(), c.meanStories(), a.precision(), b.precision(), c.precision(),
                    a.recall(), b.recall(), c.recall(), a.bcubedF1(), b.bcubedF1(), c.bcubedF1()));
        }
        for (Inputs inputs : all) {
            List<String> whole = inputs.runs().stream().filter(r -> !inputs.oneStory() && r.closeness() != null
                    && r.stories(StoryRegrouping.DEFAULT).size() == 1).map(Run::name).toList();
            if (!whole.isEmpty() && inputs.runs().size() <= 100 && whole.size() < 0.9 * inputs.runs().size()) {
                out.append(String.format(Locale.ROOT, "%n%s kept whole by the regrouping: %s.%n", inputs.name(),
                        String.join(", ", whole)));
            }
        }
        long clusterNanos = 0;
        long measureNanos = 0;
        long regroupNanos = 0;
        int clustered = 0;
        for (Inputs inputs : all) {
            for (Run run : inputs.runs()) {
                clusterNanos += run.clusterNanos();
                measureNanos += run.measureNanos();
                regroupNanos += run.regroupNanos();
                clustered += run.closeness() == null ? 0 : 1;
            }
        }
        out.append(String.format(Locale.ROOT, """

                Cost: over the %d inputs that were clustered, clustering took %.2f ms per input on average,
                measuring the stories for the all-or-nothing decision (`StorySeparation.closeness`) %.3f ms (%.1f%% of the
                clustering) and the regrouping (`StoryRegrouping.DEFAULT.regroup`) %.3f ms (%.1f%%; single runs, not
                warmed apart, in the same JVM).
                """, clustered, clusterNanos / 1e6 / clustered, measureNanos / 1e6 / clustered,
                100.0 * measureNanos / clusterNanos, regroupNanos / 1e6 / clustered, 100.0 * regroupNanos / clusterNanos));
        if (!chosen.equals(StorySeparation.DEFAULT)) {
            out.append("\n(The tuning chose other options than the product default; the rows use the default.)\n");
        }
        if (!regrouping.equals(StoryRegrouping.DEFAULT)) {
            out.append("\n(The regrouping's tuning chose other options than `StoryRegrouping.DEFAULT`; the rows use the default.)\n");
        }
        return out.toString();
    }
}
