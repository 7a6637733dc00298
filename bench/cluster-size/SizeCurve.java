import java.nio.file.*;
import java.util.*;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.*;
import org.newsbrief.eval.cluster.ClusterMetrics;
import org.newsbrief.eval.dataset.*;
import org.newsbrief.model.*;

/** Scratch: tuning cells and the Multi-News size curve (disjoint pools of 125/250/500/1000 clusters of 1-1000). */
public class SizeCurve {
    record Pooled(List<Document> docs, Map<String, String> gold) {}
    static final double N0 = 2842;

    public static void main(String[] a) throws Exception {
        Path shared = Path.of(System.getProperty("shared", "../shared"));
        NewsTextAnalyzer an = NewsTextAnalyzer.standard();
        Pooled duc = pool(DucDataset.read("duc2003", shared.resolve("data/duc2003")).clusters(), an);
        List<EcbPlusDocuments.Labelled> ecb = EcbPlusDocuments.read(shared.resolve("data/ecbplus"));
        List<Document> ecbDocs = new ArrayList<>(); Map<String, String> ecbGold = new HashMap<>();
        List<EcbPlusDocuments.Labelled> ecbT = ecb.stream().filter(l -> Integer.parseInt(l.topic()) <= 35).toList();
        List<Document> ecbAn = ecbT.parallelStream().map(l -> an.analyze(l.article())).toList();
        for (int i = 0; i < ecbT.size(); i++) { ecbDocs.add(ecbAn.get(i)); ecbGold.put(ecbT.get(i).article().id(), ecbT.get(i).event()); }
        Pooled ecbP = new Pooled(ecbDocs, ecbGold);
        List<EvalCluster> mn = JsonlDatasets.multiNews(shared.resolve("data/multinews/multinews_val.jsonl"), 1000).clusters();
        // analyse once
        Map<String, Document> analysed = new HashMap<>();
        List<Article> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EvalCluster c : mn) for (Article x : c.documents()) if (seen.add(x.id())) all.add(x);
        all.parallelStream().map(an::analyze).toList().forEach(d -> analysed.put(d.article().id(), d));
        int[] sizes = {125, 250, 500, 1000};
        Map<Integer, List<Pooled>> curve = new LinkedHashMap<>();
        for (int s : sizes) {
            List<Pooled> pools = new ArrayList<>();
            for (int from = 0; from < 1000; from += s) pools.add(sub(mn.subList(from, from + s), analysed));
            curve.put(s, pools);
        }
        Pooled big = merge(List.of(curve.get(1000).get(0), duc, ecbP));
        if (Boolean.getBoolean("distract")) {
            for (String line : Files.readAllLines(Path.of(a[0]))) {
                if (line.isBlank()) continue;
                Map<String, Double> cfg = parse(line);
                List<Story> st = new AverageLinkageClusterer(options(cfg, big.docs().size())).cluster(big.docs());
                Map<String, String> pred = ClusterMetrics.labels(st.stream().map(Story::articleIds).toList());
                StringBuilder o = new StringBuilder(line + " | all " + fmt(ClusterMetrics.of(pred, big.gold())));
                for (Pooled part : List.of(curve.get(1000).get(0), duc, ecbP)) {
                    Map<String, String> pp = new HashMap<>();
                    part.gold().keySet().forEach(k -> pp.put(k, pred.get(k)));
                    o.append(" | part ").append(fmt(ClusterMetrics.of(pp, part.gold())));
                }
                System.out.println(o);
            }
            return;
        }
        System.err.println("loaded; docs duc " + duc.docs().size() + " ecb " + ecbP.docs().size() + " mn " + curve.get(1000).get(0).docs().size());
        for (String line : Files.readAllLines(Path.of(a[0]))) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            long t0 = System.nanoTime();
            Map<String, Double> cfg = parse(line);
            double[] f = {score(duc, cfg).bcubedF1(), score(ecbP, cfg).bcubedF1(), 0};
            StringBuilder cv = new StringBuilder();
            double f125 = 0, f1000 = 0;
            for (int s : sizes) {
                double sf = 0, sp = 0, sr = 0;
                for (Pooled p : curve.get(s)) { ClusterMetrics m = score(p, cfg); sf += m.bcubedF1(); sp += m.bcubedPrecision(); sr += m.bcubedRecall(); }
                int k = curve.get(s).size();
                cv.append(String.format(Locale.ROOT, " | %d: %.3f (%.3f/%.3f)", s, sf / k, sp / k, sr / k));
                if (s == 125) f125 = sf / k;
                if (s == 1000) { f1000 = sf / k; f[2] = f1000; }
            }
            System.out.printf(Locale.ROOT, "%-40s | %.3f / %.3f / %.3f mean %.4f%s | drop %.3f | %.0f s%n", line, f[0], f[1], f[2],
                    (f[0] + f[1] + f[2]) / 3, cv, f125 - f1000, (System.nanoTime() - t0) / 1e9);
            System.out.flush();
        }
    }

    static Map<String, Double> parse(String line) {
        Map<String, Double> m = new HashMap<>(Map.of("t", 0.05, "w", 0.75, "r", 10.0, "ta", 0.0, "wa", 0.0, "ra", 0.0,
                "as", 2.0, "at", 0.25, "mt", 0.02, "mr", 2.5));
        m.put("ms", 2.0);
        for (String kv : line.split(",")) { String[] p = kv.split("="); m.put(p[0].strip(), Double.parseDouble(p[1].strip())); }
        return m;
    }

    static AverageLinkageClusterer.Options options(Map<String, Double> c, int n) {
        AverageLinkageClusterer.Options d = AverageLinkageClusterer.Options.DEFAULTS;
        double scale = n / N0;
        double t = c.get("t") * Math.pow(scale, c.get("ta"));
        double w = c.containsKey("wn") ? c.get("w") * Math.pow(Math.max(1, n / c.get("wn")), c.get("wa"))
                : c.get("w") * Math.pow(scale, c.get("wa"));
        int r = (int) Math.max(1, Math.round(c.get("r") * Math.pow(scale, c.get("ra"))));
        AverageLinkageClusterer.Margin mg = c.get("mr") == 0 ? AverageLinkageClusterer.Margin.OFF
                : new AverageLinkageClusterer.Margin(c.get("mt"), c.get("mr"), c.get("ms").intValue());
        return new AverageLinkageClusterer.Options(t, d.signatureTerms(), d.blockingTerms(), d.commonShare(), d.windowDays(), r, w,
                c.get("as").intValue(), c.get("at"), d.evidence(), mg);
    }

    static ClusterMetrics score(Pooled p, Map<String, Double> cfg) {
        List<Story> stories = new AverageLinkageClusterer(options(cfg, p.docs().size())).cluster(p.docs());
        return ClusterMetrics.of(ClusterMetrics.labels(stories.stream().map(Story::articleIds).toList()), p.gold());
    }

    static String fmt(ClusterMetrics m) {
        return String.format(Locale.ROOT, "%.3f (%.3f/%.3f)", m.bcubedF1(), m.bcubedPrecision(), m.bcubedRecall());
    }

    static Pooled merge(List<Pooled> parts) {
        List<Document> docs = new ArrayList<>(); Map<String, String> gold = new HashMap<>();
        int i = 0;
        for (Pooled p : parts) { docs.addAll(p.docs()); final int k = i++; p.gold().forEach((x, g) -> gold.put(x, k + ":" + g)); }
        return new Pooled(docs, gold);
    }

    static Pooled sub(List<EvalCluster> clusters, Map<String, Document> analysed) {
        List<Document> docs = new ArrayList<>(); Map<String, String> gold = new HashMap<>();
        for (EvalCluster c : clusters) for (Article x : c.documents()) if (gold.putIfAbsent(x.id(), c.id()) == null) docs.add(analysed.get(x.id()));
        return new Pooled(docs, gold);
    }

    static Pooled pool(List<EvalCluster> clusters, NewsTextAnalyzer an) {
        List<Article> arts = new ArrayList<>(); Map<String, String> gold = new HashMap<>();
        for (EvalCluster c : clusters) for (Article x : c.documents()) if (gold.putIfAbsent(x.id(), c.id()) == null) arts.add(x);
        return new Pooled(arts.parallelStream().map(an::analyze).toList(), gold);
    }
}
