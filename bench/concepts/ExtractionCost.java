import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;
/** Same-JVM A/B of QuantityExtractor.withoutTagger().extract over the sentences of a folder: thread CPU time, interleaved. */
public class ExtractionCost {
  public static void main(String[] a) throws Exception {
    Object[] ex = new Object[2]; Method[] m = new Method[2];
    for (int i = 0; i < 2; i++) {
      var cl = new URLClassLoader(new URL[] {Path.of(a[i]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> q = cl.loadClass("org.newsbrief.facts.QuantityExtractor");
      ex[i] = q.getMethod("withoutTagger").invoke(null); m[i] = q.getMethod("extract", String.class);
    }
    var spl = new URLClassLoader(new URL[] {Path.of(a[0]).toUri().toURL()}, ClassLoader.getPlatformClassLoader()).loadClass("org.newsbrief.analysis.OpenNlpSentenceSplitter");
    Object splitter = spl.getConstructor().newInstance(); Method split = spl.getMethod("split", String.class);
    List<String> sents = new ArrayList<>();
    try (var files = Files.list(Path.of(a[2])).sorted()) { for (Path f : (Iterable<Path>) files::iterator) { String t = Files.readString(f);
      for (Object s : (List<?>) split.invoke(splitter, t)) { int st = (int) s.getClass().getMethod("start").invoke(s), en = (int) s.getClass().getMethod("end").invoke(s); sents.add(t.substring(st, en)); } } }
    var bean = ManagementFactory.getThreadMXBean(); long[] total = new long[2]; int rounds = Integer.parseInt(a[3]);
    for (int r = 0; r < rounds + 20; r++) for (int k = 0; k < 2; k++) { int i = (r + k) % 2;
      long t0 = bean.getCurrentThreadCpuTime(); for (int rep = 0; rep < 5; rep++) for (String s : sents) m[i].invoke(ex[i], s);
      long t1 = bean.getCurrentThreadCpuTime(); if (r >= 20) total[i] += t1 - t0; }
    System.out.printf("%d sentences; CPU ms per pass: old %.3f, new %.3f, new/old %.3f%n", sents.size(), total[0] / 1e6 / rounds / 5, total[1] / 1e6 / rounds / 5, (double) total[1] / total[0]);
  }
}
