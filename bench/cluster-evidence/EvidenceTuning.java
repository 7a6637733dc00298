import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.*;
import org.newsbrief.eval.cluster.ClusterMetrics;
import org.newsbrief.eval.dataset.*;
import org.newsbrief.model.*;

/**
 * Scratch harness for bench/cluster-evidence (see run.sh): the event-evidence option of
 * AverageLinkageClusterer on the three tuning collections of `bench cluster` only (DUC 2003 pooled,
 * ECB+ topics 1-35 event level, Multi-News validation clusters 1-1,000 pooled). Reads one setting per
 * line from stdin: kind=num|shingle|both s=SAMPLING df=RARE_DF cap=CAP w=WEIGHT th=THRESHOLD
 * fw=FLOOR_WEIGHT as=ATTACH_SIZE at=ATTACH_THRESHOLD (missing keys: the product defaults, evidence off).
 */
public class EvidenceTuning {
    record Pooled(String name, List<Document> docs, Map<String, String> gold, List<Map<String, Integer>> counts,
            List<LocalDate> dates, Map<String, List<long[]>> items) {}

    static Pooled pooled(String name, List<Document> docs, Map<String, String> gold) {
        TermCounts tc = new TermCounts();
        List<Map<String, Integer>> counts = docs.parallelStream().<Map<String, Integer>>map(tc::of).toList();
        List<LocalDate> dates = docs.stream().map(d -> d.article().published()).toList();
        return new Pooled(name, docs, gold, counts, dates, new HashMap<>());
    }

    static Pooled pool(String name, List<EvalCluster> clusters, NewsTextAnalyzer an) {
        List<Article> arts = new ArrayList<>(); Map<String, String> gold = new HashMap<>();
        for (EvalCluster c : clusters) for (Article a : c.documents()) if (gold.putIfAbsent(a.id(), c.id()) == null) arts.add(a);
        return pooled(name, arts.parallelStream().map(an::analyze).toList(), gold);
    }

    static List<long[]> items(Pooled p, String kind, int sampling) {
        return p.items().computeIfAbsent(kind + sampling, k -> {
            List<long[]> numbers = p.docs().stream().map(d -> EventEvidence.items(d, Integer.MAX_VALUE)).toList();
            if (kind.equals("num")) return numbers;
            List<long[]> both = p.docs().stream().map(d -> EventEvidence.items(d, sampling)).toList();
            if (kind.equals("both")) return both;
            List<long[]> shingles = new ArrayList<>();
            for (int i = 0; i < both.size(); i++) {
                long[] n = numbers.get(i);
                shingles.add(Arrays.stream(both.get(i)).filter(x -> Arrays.binarySearch(n, x) < 0).toArray());
            }
            return shingles;
        });
    }

    static ClusterMetrics run(Pooled p, AverageLinkageClusterer.Options o, String kind, int sampling) {
        List<long[]> items = o.evidence().on() ? items(p, kind, sampling) : null;
        var grouping = new AverageLinkageClusterer(o).groups(p.counts(), p.dates(), items);
        List<List<String>> clusters = grouping.groups().stream()
                .map(g -> g.stream().map(i -> p.docs().get(i).article().id()).toList()).toList();
        return ClusterMetrics.of(ClusterMetrics.labels(clusters), p.gold());
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of("/work/shared");
        NewsTextAnalyzer an = NewsTextAnalyzer.standard();
        Pooled duc = pool("duc2003", DucDataset.read("duc2003", shared.resolve("data/duc2003")).clusters(), an);
        List<EcbPlusDocuments.Labelled> ecb = EcbPlusDocuments.read(shared.resolve("data/ecbplus"));
        List<Document> chosen = new ArrayList<>(); Map<String, String> gold = new HashMap<>();
        for (EcbPlusDocuments.Labelled l : ecb) if (Integer.parseInt(l.topic()) <= 35) { chosen.add(an.analyze(l.article())); gold.put(l.article().id(), l.event()); }
        Pooled ecbT = pooled("ecb1-35", chosen, gold);
        List<EvalCluster> mn = JsonlDatasets.multiNews(shared.resolve("data/multinews/multinews_val.jsonl"), 0).clusters();
        Pooled mnT = pool("mn1-1000", mn.subList(0, 1000), an); // tuning clusters only: the held-out ones are never read
        List<Pooled> tuning = List.of(duc, ecbT, mnT);
        Scanner in = new Scanner(System.in);
        while (in.hasNextLine()) {
            String line = in.nextLine().trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            var d = AverageLinkageClusterer.Options.DEFAULTS;
            double th = d.threshold(), fw = d.floorWeight(), at = d.attachThreshold(), w = 0; int as = d.attachSize(), cap = 1, df = 10, s = 1;
            String kind = "both";
            for (String kv : line.split("\\s+")) {
                String[] x = kv.split("=");
                switch (x[0]) {
                    case "kind" -> kind = x[1];
                    case "s" -> s = Integer.parseInt(x[1]);
                    case "df" -> df = Integer.parseInt(x[1]);
                    case "cap" -> cap = Integer.parseInt(x[1]);
                    case "w" -> w = Double.parseDouble(x[1]);
                    case "th" -> th = Double.parseDouble(x[1]);
                    case "fw" -> fw = Double.parseDouble(x[1]);
                    case "as" -> as = Integer.parseInt(x[1]);
                    case "at" -> at = Double.parseDouble(x[1]);
                    default -> throw new IllegalArgumentException(x[0]);
                }
            }
            var o = d.with(th, fw).withAttach(as, at).withEvidence(new AverageLinkageClusterer.Evidence(w, cap, df, s));
            long t0 = System.nanoTime();
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-55s", line));
            double sum = 0;
            for (Pooled p : tuning) {
                ClusterMetrics m = run(p, o, kind, s);
                sum += m.bcubedF1();
                sb.append(String.format(Locale.ROOT, " %s %.4f (P %.3f R %.3f)", p.name(), m.bcubedF1(), m.bcubedPrecision(), m.bcubedRecall()));
            }
            sb.append(String.format(Locale.ROOT, " mean %.4f (%d ms)", sum / tuning.size(), (System.nanoTime() - t0) / 1000000));
            System.out.println(sb);
        }
    }
}
