import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * Same-JVM A/B of a whole warm brief (BriefPipeline.run of one story: read, analyse, summarize, support, key
 * figures, names, timeline) of two runnable jars, each in its own class loader, rounds interleaved (the order
 * flips every round), 3 warm-up rounds; per round 5 briefs, thread CPU time per brief, each jar with its own
 * default configuration (`BriefConfig.defaults()`: its default summarizer, 120 words). Prints min and median.
 * Usage: java BriefCost OLD.jar NEW.jar ROUNDS PATH...
 */
public class BriefCost {
    public static void main(String[] a) throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (int i = 3; i < a.length; i++) inputs.add(Path.of(a[i]));
        int rounds = Integer.parseInt(a[2]);
        Object[] runners = {runner(a[0]), runner(a[1])};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] t = new double[2][rounds];
        for (int r = -3; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int kk = (r % 2 == 0) ? k : 1 - k;
                Object[] rn = (Object[]) runners[kk];
                long c0 = mx.getCurrentThreadCpuTime();
                for (int rep = 0; rep < 5; rep++) ((Method) rn[1]).invoke(rn[0], inputs, rn[2]);
                long c1 = mx.getCurrentThreadCpuTime();
                if (r >= 0) t[kk][r] = (c1 - c0) / 5e6;
            }
        }
        for (int k = 0; k < 2; k++) { Arrays.sort(t[k]); System.out.printf("%s: min %.1f ms, median %.1f ms%n", k == 0 ? "old" : "new", t[k][0], t[k][rounds / 2]); }
        System.out.printf("new/old median %.3f, min %.3f%n", t[1][rounds / 2] / t[0][rounds / 2], t[1][0] / t[0][0]);
    }
    static Object[] runner(String jar) throws Exception {
        URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> cfg = cl.loadClass("org.newsbrief.brief.BriefConfig");
        Object config = cfg.getMethod("defaults").invoke(null); // each jar's own defaults, its default summarizer included
        Class<?> p = cl.loadClass("org.newsbrief.pipeline.BriefPipeline");
        Object pipeline = p.getConstructor(cfg).newInstance(config);
        Class<?> prog = cl.loadClass("org.newsbrief.pipeline.Progress");
        Object none = prog.getField("NONE").get(null);
        return new Object[] {pipeline, p.getMethod("run", List.class, prog), none};
    }
}
