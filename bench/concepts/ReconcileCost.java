import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
/**
 * Same-JVM A/B of FigureReconciler.reconcile (the brief's key figures: extraction, windows, scopes, groups) of an old
 * and a new runnable jar over a story folder, thread CPU time, the two interleaved. Each jar reads and analyses the
 * folder with its own classes once, before timing.
 */
public class ReconcileCost {
  public static void main(String[] a) throws Exception {
    Object[] rec = new Object[2]; Method[] m = new Method[2]; Object[] docs = new Object[2];
    for (int i = 0; i < 2; i++) {
      var cl = new URLClassLoader(new URL[] {Path.of(a[i]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> sources = cl.loadClass("org.newsbrief.ingest.ArticleSources");
      Class<?> log = cl.loadClass("org.newsbrief.model.IssueLog");
      Object reader = sources.getMethod("standard").invoke(null);
      List<?> articles = (List<?>) reader.getClass().getMethod("readAll", List.class, log).invoke(reader, List.of(Path.of(a[2])), log.getConstructor().newInstance());
      Class<?> an = cl.loadClass("org.newsbrief.analysis.NewsTextAnalyzer");
      Object analyzer = an.getMethod("standard").invoke(null);
      Method analyze = an.getMethod("analyze", cl.loadClass("org.newsbrief.model.Article"));
      docs[i] = articles.stream().map(x -> { try { return analyze.invoke(analyzer, x); } catch (Exception e) { throw new RuntimeException(e); } }).toList();
      Class<?> r = cl.loadClass("org.newsbrief.facts.FigureReconciler");
      rec[i] = r.getConstructor().newInstance(); m[i] = r.getMethod("reconcile", List.class);
    }
    var bean = ManagementFactory.getThreadMXBean(); long[] total = new long[2]; int rounds = Integer.parseInt(a[3]);
    for (int r = 0; r < rounds + 20; r++) for (int k = 0; k < 2; k++) { int i = (r + k) % 2;
      long t0 = bean.getCurrentThreadCpuTime(); for (int rep = 0; rep < 5; rep++) m[i].invoke(rec[i], docs[i]);
      long t1 = bean.getCurrentThreadCpuTime(); if (r >= 20) total[i] += t1 - t0; }
    System.out.printf("%d articles; CPU ms per reconcile: old %.3f, new %.3f, new/old %.3f%n", ((List<?>) docs[0]).size(), total[0] / 1e6 / rounds / 5, total[1] / 1e6 / rounds / 5, (double) total[1] / total[0]);
  }
}
