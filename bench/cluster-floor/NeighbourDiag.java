import java.nio.file.*;
import java.util.*;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.*;
import org.newsbrief.eval.dataset.*;
import org.newsbrief.model.*;

/**
 * Scratch (clusterfloor): per-article neighbour statistics against gold on the three tuning collections, clustered
 * with the defaults; needs floor-variants.patch (its block spy). Averages over articles with at least 10 candidate
 * edges: degree, gold mates, mates among candidates, s10 (10th neighbour), the closest other story (maxOther, its rank),
 * the closest sibling event (ECB+), the closest article of another topic (maxFar) and its rank, candidate medians,
 * far10 (10th neighbour of another topic), mates mean / min, share of mates above s10, s1.
 */
public class NeighbourDiag {
    public static void main(String[] a) throws Exception {
        Path shared = Path.of(System.getProperty("shared", "../shared"));
        NewsTextAnalyzer an = NewsTextAnalyzer.standard();
        List<Article> duc = new ArrayList<>(); Map<String, String> ducG = new HashMap<>();
        for (EvalCluster c : DucDataset.read("duc2003", shared.resolve("data/duc2003")).clusters()) for (Article x : c.documents()) if (ducG.putIfAbsent(x.id(), c.id()) == null) duc.add(x);
        report("DUC2003", duc.parallelStream().map(an::analyze).toList(), ducG);
        List<EcbPlusDocuments.Labelled> ecb = EcbPlusDocuments.read(shared.resolve("data/ecbplus")).stream().filter(l -> Integer.parseInt(l.topic()) <= 35).toList();
        Map<String, String> eg = new HashMap<>(), tg = new HashMap<>();
        ecb.forEach(l -> { eg.put(l.article().id(), l.event()); tg.put(l.article().id(), l.topic()); });
        List<Document> ed = ecb.parallelStream().map(l -> an.analyze(l.article())).toList();
        TOPIC = tg;
        report("ECB+1-35", ed, eg);
        TOPIC = null;
        List<Article> mn = new ArrayList<>(); Map<String, String> mg = new HashMap<>();
        for (EvalCluster c : JsonlDatasets.multiNews(shared.resolve("data/multinews/multinews_val.jsonl"), 1000).clusters()) for (Article x : c.documents()) if (mg.putIfAbsent(x.id(), c.id()) == null) mn.add(x);
        report("MN1-1000", mn.parallelStream().map(an::analyze).toList(), mg);
    }
    static Map<String, String> TOPIC;

    static void report(String name, List<Document> docs, Map<String, String> gold) {
        List<Edge> all = Collections.synchronizedList(new ArrayList<>());
        AverageLinkageClusterer.spy = all::addAll;
        new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS).cluster(docs);
        AverageLinkageClusterer.spy = null;
        int n = docs.size();
        List<List<double[]>> nb = new ArrayList<>();
        for (int i = 0; i < n; i++) nb.add(new ArrayList<>());
        String[] g = new String[n], t = new String[n];
        for (int i = 0; i < n; i++) { String id = docs.get(i).article().id(); g[i] = gold.get(id); t[i] = TOPIC == null ? g[i] : TOPIC.get(id); }
        for (Edge e : all) {
            int sa = g[e.a()].equals(g[e.b()]) ? 2 : t[e.a()].equals(t[e.b()]) ? 1 : 0;
            nb.get(e.a()).add(new double[] {e.similarity(), sa});
            nb.get(e.b()).add(new double[] {e.similarity(), sa});
        }
        Map<String, Integer> size = new HashMap<>();
        for (String x : g) size.merge(x, 1, Integer::sum);
        double[] acc = new double[20]; int cnt = 0;
        for (int i = 0; i < n; i++) {
            List<double[]> l = nb.get(i);
            if (l.size() < 10) continue;
            l.sort((x, y) -> Double.compare(y[0], x[0]));
            cnt++;
            int deg = l.size();
            double s10 = l.get(9)[0];
            int mates = size.get(g[i]) - 1;
            int sameCand = 0; double maxOther = 0, maxSib = 0, maxFar = 0; int firstOther = -1, firstFar = -1;
            List<Double> far = new ArrayList<>(), same = new ArrayList<>();
            for (int r = 0; r < deg; r++) {
                double[] x = l.get(r);
                if (x[1] == 2) { sameCand++; same.add(x[0]); }
                else { if (firstOther < 0) { firstOther = r; maxOther = x[0]; } if (x[1] == 1) maxSib = Math.max(maxSib, x[0]); else { if (firstFar < 0) { firstFar = r; maxFar = x[0]; } far.add(x[0]); } }
            }
            double med = l.get(deg / 2)[0];
            double farMed = far.isEmpty() ? 0 : far.get(far.size() / 2);
            double far10 = far.size() >= 10 ? far.get(9) : 0;
            double sameMean = same.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double sameMin = same.isEmpty() ? 0 : same.get(same.size() - 1);
            // share of same-story edges above s10
            double above = same.isEmpty() ? 0 : same.stream().filter(s -> s > s10).count() / (double) same.size();
            double[] v = {deg, mates, sameCand, s10, maxOther, firstOther, maxSib, maxFar, firstFar, med, farMed, far10, sameMean, sameMin, above, l.get(0)[0]};
            for (int k = 0; k < v.length; k++) acc[k] += v[k];
        }
        String[] names = {"deg", "mates", "sameCand", "s10", "maxOther", "rankOther0", "maxSib", "maxFar", "rankFar0", "medCand", "medFar", "far10", "sameMean", "sameMin", "sameAboveS10", "s1"};
        StringBuilder o = new StringBuilder(String.format(Locale.ROOT, "%s (%d of %d articles with >=10 nbrs, %d edges):", name, cnt, n, all.size()));
        for (int k = 0; k < names.length; k++) o.append(String.format(Locale.ROOT, " %s=%.3f", names[k], acc[k] / cnt));
        System.out.println(o); // far10: 0 where fewer than 10 such candidates
    }
}
