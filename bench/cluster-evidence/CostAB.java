import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.*;
import org.newsbrief.eval.dataset.*;
import org.newsbrief.model.*;

/**
 * Scratch same-JVM A/B of the event evidence's cost (see cost.sh): the pooled DUC 2003 and 2004
 * documents repeated to N articles as `bench cluster-scaling` does (dates shifted 2,000 days per copy,
 * evidence items salted per copy), `AverageLinkageClusterer.groups` with the defaults and with the
 * evidence off, alternated, clustering-thread CPU of each run.
 */
public class CostAB {
    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]), reps = Integer.parseInt(args[1]);
        Path shared = Path.of("/work/shared/data");
        NewsTextAnalyzer an = NewsTextAnalyzer.standard();
        List<Article> arts = new ArrayList<>();
        for (String name : List.of("duc2003", "duc2004")) for (EvalCluster c : DucDataset.read(name, shared.resolve(name)).clusters()) arts.addAll(c.documents());
        List<Document> docs = arts.parallelStream().map(an::analyze).toList();
        TermCounts tc = new TermCounts();
        int n = docs.size();
        List<Map<String, Integer>> counts = new ArrayList<>(); List<LocalDate> dates = new ArrayList<>(); List<long[]> items = new ArrayList<>();
        List<long[]> base = docs.stream().map(d -> EventEvidence.items(d, 1)).toList();
        for (int i = 0; i < size; i++) {
            int copy = i / n; long salt = copy * 0x9e3779b97f4a7c15L;
            counts.add(new LinkedHashMap<>(tc.of(docs.get(i % n))));
            LocalDate d = docs.get(i % n).article().published();
            dates.add(d == null ? null : d.plusDays(2000L * copy));
            items.add(Arrays.stream(base.get(i % n)).map(x -> x ^ salt).sorted().toArray());
        }
        if (args.length > 2) { // time the collection-wide rare-item step alone
            for (int r = 0; r < reps; r++) {
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long kept = EventEvidence.rare(items, 5).stream().mapToLong(x -> x.length).sum();
                System.out.printf(Locale.ROOT, "rare items of %d articles: %.0f ms CPU, %d kept of %d%n", size,
                        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6, kept,
                        items.stream().mapToLong(x -> x.length).sum());
            }
            return;
        }
        var on = AverageLinkageClusterer.Options.DEFAULTS;
        var off = on.withEvidence(AverageLinkageClusterer.Evidence.OFF);
        var threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < reps; r++) {
            for (var o : List.of(off, on)) {
                System.gc();
                long cpu = threads.getCurrentThreadCpuTime(), t = System.nanoTime();
                int stories = new AverageLinkageClusterer(o).groups(counts, dates, items).groups().size();
                System.out.printf(Locale.ROOT, "%d articles, evidence %s: %.0f ms CPU, %.0f ms wall, %d stories%n", size,
                        o.evidence().on() ? "on " : "off", (threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - t) / 1e6, stories);
            }
        }
    }
}
