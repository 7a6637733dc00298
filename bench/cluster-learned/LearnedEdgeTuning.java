package org.newsbrief.cluster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.*;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.eval.cluster.ClusterMetrics;
import org.newsbrief.eval.dataset.*;
import org.newsbrief.eval.learn.LogisticRegression;
import org.newsbrief.model.*;

/**
 * Scratch harness for bench/cluster-learned (see run.sh): a LEARNED edge score for the batch
 * clusterer (issue 7), judged by leave-one-collection-out on the three tuning collections of `bench
 * cluster` only (DUC 2003 pooled, ECB+ topics 1-35 event level, Multi-News validation clusters
 * 1-1,000 pooled). The test collections are never read.
 *
 * <p>The candidate pairs are exactly the product's (blocking, time blocks, edges at or above half
 * the default threshold, with the default evidence); their blocks (connected components) are the
 * product's. Each edge gets generic features (below; no collection identity); a logistic regression
 * trained on the candidate edges of two collections (each collection weighing the same in total,
 * {@code S} per collection: the L2 penalty is fixed at 1, so S sets the regularisation) predicts
 * "same gold story" on the third; the probabilities are the edges of the existing average-linkage
 * merge (pairs without an edge count 0) with threshold th; then small stories attach as in the
 * product (on the raw edges, size as, threshold at; as=0 for none).
 *
 * <p>Input lines: {@code mode=learned f=0,1,3 S=1000 th=0.2,0.3 as=2 at=0.25 cb=false insample=false} (th may list several
 * thresholds: one model per fold, scored at each; cb: same-story and other edges weigh alike in each
 * collection; insample: every fold's model trained on all three, to see the ceiling), or {@code mode=default th=...} (the product's
 * floor-discounted edges, floor weight fw, for the baseline and its own leave-one-out).
 */
public class LearnedEdgeTuning {

    static final String[] NAMES = {"cos", "sim", "floorMean", "simMinusFloor", "floorMax", "logShared", "anyShared",
            "logDays", "undated", "logLenMin", "logLenMax", "logDegMin", "logBlock", "recipRank", "simOverFloor",
            "simXundated", "dMinusFXundated", "simOverTop", "mutualRank"};

    record Block(int[] global, int[] a, int[] b, double[] sim, double[][] x, boolean[] y) {}

    record Coll(String name, int size, List<Block> blocks, List<Integer> singles, Map<Integer, String> gold, int edges,
            int positives) {}

    static Coll prepare(String name, List<Document> docs, List<String> goldLabels) {
        TermCounts tc = new TermCounts();
        List<Map<String, Integer>> counts = docs.parallelStream().<Map<String, Integer>>map(tc::of).toList();
        List<LocalDate> dates = docs.stream().map(d -> d.article().published()).toList();
        var opts = AverageLinkageClusterer.Options.DEFAULTS;
        var clusterer = new AverageLinkageClusterer(opts);
        List<long[]> items = docs.stream().map(d -> EventEvidence.items(d, opts.evidence().sampling())).toList();
        List<long[]> rare = EventEvidence.rare(items, opts.evidence().rareDf());
        Vocabulary vocabulary = Vocabulary.of(List.copyOf(counts));
        int n = docs.size();
        List<Signature> sigs = new ArrayList<>();
        double[] logLen = new double[n];
        for (int d = 0; d < n; d++) {
            sigs.add(clusterer.signature(counts.get(d), vocabulary, dates.get(d)).withEvidence(rare.get(d)));
            logLen[d] = Math.log(1 + counts.get(d).values().stream().mapToInt(Integer::intValue).sum());
        }
        // candidate edges exactly as AverageLinkageClusterer.candidateEdges
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (int term : clusterer.blockingTerms(sigs.get(d), vocabulary)) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(d);
            }
        }
        long[] tb = new long[n];
        for (int d = 0; d < n; d++) tb[d] = clusterer.timeBlock(sigs.get(d));
        List<Edge> edges = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (List<Integer> posting : postings.values()) {
            int[] members = posting.stream().mapToInt(Integer::intValue).toArray();
            long[] mb = Arrays.stream(members).mapToLong(d -> tb[d]).toArray();
            TimeBlocks.pairs(members, mb, (a, b) -> {
                if (seen.add((long) a * n + b)) {
                    Edge e = clusterer.edge(a, sigs.get(a), b, sigs.get(b));
                    if (e != null) edges.add(e);
                }
            });
        }
        Map<Integer, String> gold = new HashMap<>();
        for (int d = 0; d < n; d++) gold.put(d, goldLabels.get(d));
        List<Block> blocks = new ArrayList<>();
        List<Integer> singles = new ArrayList<>();
        int positives = 0;
        for (Map.Entry<Integer, List<Edge>> block : AverageLinkageClusterer.blocks(n, edges).entrySet()) {
            if (block.getValue().isEmpty()) { singles.add(block.getKey()); continue; }
            TreeSet<Integer> members = new TreeSet<>();
            block.getValue().forEach(e -> { members.add(e.a()); members.add(e.b()); });
            int[] global = members.stream().mapToInt(Integer::intValue).toArray();
            Map<Integer, Integer> local = new HashMap<>();
            for (int g : global) local.put(g, local.size());
            List<Edge> le = block.getValue().stream().map(e -> new Edge(local.get(e.a()), local.get(e.b()), e.similarity())).toList();
            int m = le.size(), k = global.length;
            double[] floor = NeighbourhoodFloor.floors(k, le, opts.floorRank());
            int[] degree = new int[k];
            for (Edge e : le) { degree[e.a()]++; degree[e.b()]++; }
            // rank of each edge among each endpoint's edges (1 = strongest)
            List<List<Integer>> byArticle = new ArrayList<>();
            for (int i = 0; i < k; i++) byArticle.add(new ArrayList<>());
            for (int i = 0; i < m; i++) { byArticle.get(le.get(i).a()).add(i); byArticle.get(le.get(i).b()).add(i); }
            double[] rr = new double[m], worst = new double[m], top = new double[k];
            for (int art = 0; art < k; art++) {
                List<Integer> list = byArticle.get(art);
                list.sort(Comparator.<Integer>comparingDouble(i -> -le.get(i).similarity()).thenComparingInt(i -> i));
                for (int r = 0; r < list.size(); r++) { rr[list.get(r)] += 0.5 / (r + 1); worst[list.get(r)] = Math.max(worst[list.get(r)], r + 1); }
                top[art] = list.isEmpty() ? 0 : le.get(list.get(0)).similarity();
            }
            int[] a = new int[m], b = new int[m];
            double[] sim = new double[m];
            double[][] x = new double[m][];
            boolean[] y = new boolean[m];
            for (int i = 0; i < m; i++) {
                Edge e = le.get(i);
                int ga = global[e.a()], gb = global[e.b()];
                Signature sa = sigs.get(ga), sb = sigs.get(gb);
                a[i] = e.a(); b[i] = e.b(); sim[i] = e.similarity();
                double fm = (floor[e.a()] + floor[e.b()]) / 2;
                int shared = EventEvidence.shared(sa.evidence, sb.evidence);
                boolean undated = sa.date == null || sb.date == null;
                double days = undated ? 0 : Math.abs(ChronoUnit.DAYS.between(sa.date, sb.date));
                double s = e.similarity();
                x[i] = new double[] {sa.cosine(sb), s, fm, s - fm, Math.max(floor[e.a()], floor[e.b()]),
                        Math.log1p(shared), shared > 0 ? 1 : 0, Math.log1p(days), undated ? 1 : 0,
                        Math.min(logLen[ga], logLen[gb]) / 5, Math.max(logLen[ga], logLen[gb]) / 5,
                        Math.log1p(Math.min(degree[e.a()], degree[e.b()])) / 3, Math.log1p(k) / 5, rr[i],
                        s / (s + fm), undated ? s : 0, undated ? s - fm : 0,
                        (s / top[e.a()] + s / top[e.b()]) / 2, 1 / worst[i]};
                y[i] = gold.get(ga).equals(gold.get(gb));
                if (y[i]) positives++;
            }
            blocks.add(new Block(global, a, b, sim, x, y));
        }
        return new Coll(name, n, blocks, singles, gold, edges.size(), positives);
    }

    static Coll pool(String name, List<EvalCluster> clusters, NewsTextAnalyzer an) {
        List<Article> arts = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        for (EvalCluster c : clusters) for (Article a : c.documents()) if (gold.putIfAbsent(a.id(), c.id()) == null) arts.add(a);
        return prepare(name, arts.parallelStream().map(an::analyze).toList(), arts.stream().map(a -> gold.get(a.id())).toList());
    }

    static double[] pick(double[] x, int[] f) {
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) out[i] = x[f[i]];
        return out;
    }

    /**
     * The model on the candidate edges of {@code colls}, each collection weighing {@code perColl} in
     * total; with {@code classBalanced} its same-story and other edges weigh half of that each (so
     * that the collections' very different shares of same-story pairs do not set the bias).
     */
    static double[] train(List<Coll> colls, int[] f, double perColl, boolean classBalanced) {
        List<double[]> ex = new ArrayList<>();
        List<Boolean> lab = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (Coll c : colls) {
            double each = perColl / c.edges();
            double pos = perColl / 2 / c.positives(), neg = perColl / 2 / (c.edges() - c.positives());
            for (Block bl : c.blocks()) for (int i = 0; i < bl.x().length; i++) {
                ex.add(pick(bl.x()[i], f)); lab.add(bl.y()[i]); w.add(classBalanced ? (bl.y()[i] ? pos : neg) : each);
            }
        }
        return LogisticRegression.fit(ex, lab, w);
    }

    /** Clusters a collection with edge weights from {@code score} (block, edge index) and scores it. */
    static ClusterMetrics cluster(Coll c, java.util.function.BiFunction<Block, Integer, Double> score, double th,
            boolean floorDiscount, double fw, int as, double at) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int s : c.singles()) groups.add(List.of(s));
        for (Block bl : c.blocks()) {
            int k = bl.global().length;
            List<Edge> raw = new ArrayList<>();
            for (int i = 0; i < bl.a().length; i++) raw.add(new Edge(bl.a()[i], bl.b()[i], bl.sim()[i]));
            List<Edge> edges;
            if (floorDiscount) {
                edges = new ArrayList<>(NeighbourhoodFloor.discount(k, raw, 10, fw));
            } else {
                edges = new ArrayList<>();
                for (int i = 0; i < bl.a().length; i++) {
                    double p = score.apply(bl, i);
                    if (p > 0) edges.add(new Edge(bl.a()[i], bl.b()[i], p));
                }
            }
            edges.sort(Edge.MERGE_ORDER);
            Merger merger = new Merger(k, edges);
            for (Edge e : edges) merger.mergeIfClose(e.a(), e.b(), th);
            for (List<Integer> g : SmallStories.attach(merger.groups(), raw, as, at)) {
                groups.add(g.stream().map(i -> bl.global()[i]).toList());
            }
        }
        List<List<String>> clusters = groups.stream().map(g -> g.stream().map(String::valueOf).toList()).toList();
        Map<String, String> gold = new HashMap<>();
        c.gold().forEach((k, v) -> gold.put(String.valueOf(k), v));
        return ClusterMetrics.of(ClusterMetrics.labels(clusters), gold);
    }

    static String cell(ClusterMetrics m) {
        return String.format(Locale.ROOT, "%.4f (P %.3f R %.3f)", m.bcubedF1(), m.bcubedPrecision(), m.bcubedRecall());
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of("/work/shared");
        NewsTextAnalyzer an = NewsTextAnalyzer.standard();
        long t0 = System.nanoTime();
        Coll duc = pool("duc2003", DucDataset.read("duc2003", shared.resolve("data/duc2003")).clusters(), an);
        List<EcbPlusDocuments.Labelled> ecb = EcbPlusDocuments.read(shared.resolve("data/ecbplus"));
        List<Document> chosen = new ArrayList<>();
        List<String> ecbGold = new ArrayList<>();
        for (EcbPlusDocuments.Labelled l : ecb) {
            if (Integer.parseInt(l.topic()) <= 35) { chosen.add(an.analyze(l.article())); ecbGold.add(l.event()); }
        }
        Coll ecbT = prepare("ecb1-35", chosen, ecbGold);
        List<EvalCluster> mn = JsonlDatasets.multiNews(shared.resolve("data/multinews/multinews_val.jsonl"), 0).clusters();
        Coll mnT = pool("mn1-1000", mn.subList(0, 1000), an); // tuning clusters only: the held-out ones are never read
        List<Coll> tuning = List.of(duc, ecbT, mnT);
        for (Coll c : tuning) {
            System.out.printf(Locale.ROOT, "# %s: %d articles, %d candidate edges, %d same-story (%.1f%%), %d blocks%n",
                    c.name(), c.size(), c.edges(), c.positives(), 100.0 * c.positives() / c.edges(), c.blocks().size());
        }
        System.out.printf(Locale.ROOT, "# prepared in %d ms; features: %s%n", (System.nanoTime() - t0) / 1000000,
                String.join(",", NAMES));
        Scanner in = new Scanner(System.in);
        while (in.hasNextLine()) {
            String line = in.nextLine().trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String mode = "learned";
            int[] f = {0, 1, 2, 3};
            double perColl = 1000, fw = 0.75, at = 0.25;
            int as = 2;
            double[] ths = {0.3};
            boolean insample = false, classBalanced = false;
            for (String kv : line.split("\\s+")) {
                String[] kvp = kv.split("=");
                switch (kvp[0]) {
                    case "mode" -> mode = kvp[1];
                    case "f" -> f = Arrays.stream(kvp[1].split(",")).mapToInt(Integer::parseInt).toArray();
                    case "S" -> perColl = Double.parseDouble(kvp[1]);
                    case "th" -> ths = Arrays.stream(kvp[1].split(",")).mapToDouble(Double::parseDouble).toArray();
                    case "fw" -> fw = Double.parseDouble(kvp[1]);
                    case "as" -> as = Integer.parseInt(kvp[1]);
                    case "at" -> at = Double.parseDouble(kvp[1]);
                    case "insample" -> insample = Boolean.parseBoolean(kvp[1]);
                    case "cb" -> classBalanced = Boolean.parseBoolean(kvp[1]);
                    default -> throw new IllegalArgumentException(kvp[0]);
                }
            }
            long t1 = System.nanoTime();
            boolean learned = mode.equals("learned");
            // per fold: the model trained on the other two collections (or on all three, in sample)
            List<double[]> models = new ArrayList<>();
            if (learned) {
                for (Coll held : tuning) {
                    List<Coll> rest = insample ? tuning : tuning.stream().filter(c -> c != held).toList();
                    models.add(train(rest, f, perColl, classBalanced));
                }
            }
            double[][] f1 = new double[ths.length][tuning.size()];
            for (int ti = 0; ti < ths.length; ti++) {
                double th = ths[ti];
                StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-60s th=%-5s", line.replaceAll("th=\\S+", ""), th));
                double sum = 0;
                for (int h = 0; h < tuning.size(); h++) {
                    Coll c = tuning.get(h);
                    double[] w = learned ? models.get(h) : null;
                    int[] ff = f;
                    ClusterMetrics m = cluster(c, learned ? (bl, i) -> LogisticRegression.probability(w, pick(bl.x()[i], ff)) : null,
                            th, !learned, fw, as, at);
                    sum += m.bcubedF1();
                    f1[ti][h] = m.bcubedF1();
                    sb.append(' ').append(c.name()).append(' ').append(cell(m));
                }
                sb.append(String.format(Locale.ROOT, " mean %.4f", sum / tuning.size()));
                System.out.println(sb);
            }
            if (!learned && ths.length > 1) {
                // the default's own leave-one-out: its threshold chosen on the other two collections, scored on the third
                StringBuilder sb = new StringBuilder("LOO-threshold " + line.replaceAll("th=\\S+", "").trim() + ":");
                double sum = 0;
                for (int h = 0; h < tuning.size(); h++) {
                    int best = 0;
                    double bestScore = -1;
                    for (int ti = 0; ti < ths.length; ti++) {
                        double other = 0;
                        for (int o = 0; o < tuning.size(); o++) if (o != h) other += f1[ti][o];
                        if (other > bestScore + 1e-12) { bestScore = other; best = ti; }
                    }
                    sum += f1[best][h];
                    sb.append(String.format(Locale.ROOT, " %s th=%s %.4f", tuning.get(h).name(), ths[best], f1[best][h]));
                }
                sb.append(String.format(Locale.ROOT, " mean %.4f", sum / tuning.size()));
                System.out.println(sb);
            }
            if (learned) {
                for (int h = 0; h < tuning.size(); h++) {
                    StringBuilder wb = new StringBuilder("#   weights without " + tuning.get(h).name() + ":");
                    for (int i = 0; i < f.length; i++) wb.append(String.format(Locale.ROOT, " %s %.3f", NAMES[f[i]], models.get(h)[i]));
                    wb.append(String.format(Locale.ROOT, " bias %.3f", models.get(h)[f.length]));
                    System.out.println(wb);
                }
            }
            System.out.printf(Locale.ROOT, "#   %d ms%n", (System.nanoTime() - t1) / 1000000);
            System.out.flush();
        }
    }
}
