import java.nio.file.*;
import java.util.*;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.*;
import org.newsbrief.eval.cluster.ClusterMetrics;
import org.newsbrief.eval.dataset.*;
import org.newsbrief.model.*;

/** Scratch harness for bench/cluster-variants (see run.sh): tuning collections only. */
public class ClusterVariants {
    record Pooled(String name, List<Document> docs, Map<String, String> gold, List<Signature> names) {}

    static Pooled pool(String name, Dataset ds, NewsTextAnalyzer an) {
        List<Article> arts = new ArrayList<>(); Map<String, String> gold = new HashMap<>();
        for (EvalCluster c : ds.clusters()) for (Article a : c.documents()) if (gold.putIfAbsent(a.id(), c.id()) == null) arts.add(a);
        List<Document> docs = arts.parallelStream().map(an::analyze).toList();
        return new Pooled(name, docs, gold, Knobs.nameSignatures(docs));
    }

    static double run(Pooled p, AverageLinkageClusterer.Options o, boolean errors) {
        Knobs.names = p.names();
        List<Story> stories = new AverageLinkageClusterer(o).cluster(p.docs());
        List<List<String>> clusters = stories.stream().map(Story::articleIds).toList();
        ClusterMetrics m = ClusterMetrics.of(ClusterMetrics.labels(clusters), p.gold());
        if (errors) {
            Map<String, Document> byId = new HashMap<>();
            p.docs().forEach(d -> byId.put(d.article().id(), d));
            System.out.printf("%s: %d pred / %d gold, P %.3f R %.3f F %.3f%n", p.name(), m.predictedClusters(), m.goldClusters(), m.bcubedPrecision(), m.bcubedRecall(), m.bcubedF1());
            for (Story s : stories) {
                Map<String, Integer> comp = new TreeMap<>();
                s.articleIds().forEach(id -> comp.merge(p.gold().get(id), 1, Integer::sum));
                System.out.printf("  %s n=%d %s..%s %s%n", s.id(), s.size(), s.first(), s.last(), comp);
            }
            Map<String, Map<String, Integer>> spread = new TreeMap<>();
            for (Story s : stories) for (String id : s.articleIds()) spread.computeIfAbsent(p.gold().get(id), k -> new TreeMap<>()).merge(s.id(), 1, Integer::sum);
            spread.forEach((g, sp) -> { if (sp.size() > 1) System.out.println("  SPLIT " + g + " " + sp); });
        }
        return m.bcubedF1();
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of("/work/shared");
        NewsTextAnalyzer an = NewsTextAnalyzer.standard();
        boolean big = System.getProperty("bigrams") != null;
        Knobs.bigrams = big; if (big) Knobs.bigramMode = Integer.getInteger("bigrams");
        Pooled duc = pool("duc2003", DucDataset.read("duc2003", shared.resolve("data/duc2003")), an);
        List<EcbPlusDocuments.Labelled> ecb = EcbPlusDocuments.read(shared.resolve("data/ecbplus"));
        List<Document> ecbDocs = ecb.parallelStream().map(l -> an.analyze(l.article())).toList();
        List<Document> chosen = new ArrayList<>(); Map<String, String> gold = new HashMap<>();
        for (int i = 0; i < ecb.size(); i++) if (Integer.parseInt(ecb.get(i).topic()) <= 35) { chosen.add(ecbDocs.get(i)); gold.put(ecb.get(i).article().id(), ecb.get(i).event()); }
        Pooled ecbT = new Pooled("ecb1-35", chosen, gold, Knobs.nameSignatures(chosen));
        List<Pooled> extra = new ArrayList<>(); // tuning collections only: the test collections are not read here
        // configs from stdin lines: key=value ...
        Scanner in = new Scanner(System.in);
        while (in.hasNextLine()) {
            String line = in.nextLine().trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            double th = 0.03, fw = 0.75; int wd = 14, fr = 10; boolean err = false;
            Knobs.halfLife = 0; Knobs.nameShare = 0; Knobs.mergeCos = 0; Knobs.mergeGap = 3; Knobs.mergeMinSize = 1; Knobs.refuseSize = 0; Knobs.refuseCos = 0; Knobs.log = null; Knobs.mode = 0; Knobs.refuseNames = false; Knobs.boost = 0; Knobs.oneShot = false; Knobs.edgeAttach = 0; Knobs.mergeMaxSmall = Integer.MAX_VALUE;
            for (String kv : line.split("\\s+")) {
                String[] x = kv.split("="); String k = x[0]; String v = x.length > 1 ? x[1] : "";
                switch (k) {
                    case "th" -> th = Double.parseDouble(v);
                    case "fw" -> fw = Double.parseDouble(v);
                    case "hl" -> Knobs.halfLife = Double.parseDouble(v);
                    case "ns" -> Knobs.nameShare = Double.parseDouble(v);
                    case "mc" -> Knobs.mergeCos = Double.parseDouble(v);
                    case "mg" -> Knobs.mergeGap = Integer.parseInt(v);
                    case "mm" -> Knobs.mergeMinSize = Integer.parseInt(v);
                    case "rs" -> Knobs.refuseSize = Integer.parseInt(v);
                    case "rc" -> Knobs.refuseCos = Double.parseDouble(v);
                    case "err" -> err = true;
                    case "ea" -> Knobs.edgeAttach = Double.parseDouble(v);
                    case "one" -> Knobs.oneShot = true;
                    case "ms" -> Knobs.mergeMaxSmall = Integer.parseInt(v);
                    case "tb" -> Knobs.boost = Double.parseDouble(v);
                    case "rn" -> Knobs.refuseNames = true;
                    case "wd" -> wd = Integer.parseInt(v);
                    case "fr" -> fr = Integer.parseInt(v);
                    case "log" -> Knobs.log = System.out;
                    case "mode" -> Knobs.mode = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException(k);
                }
            }
            var d0 = AverageLinkageClusterer.Options.DEFAULTS; var o = new AverageLinkageClusterer.Options(th, d0.signatureTerms(), d0.blockingTerms(), d0.commonShare(), wd, fr, fw);
            long t0 = System.nanoTime();
            double a = run(duc, o, err);
            double b = run(ecbT, o, false);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-40s duc03 %.4f ecb %.4f mean %.4f", line, a, b, (a + b) / 2));
            for (Pooled p : extra) sb.append(String.format(Locale.ROOT, " | %s %.4f", p.name(), run(p, o, false)));
            sb.append(String.format(" (%d ms)", (System.nanoTime() - t0) / 1000000));
            System.out.println(sb);
        }
    }
}
