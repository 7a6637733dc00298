import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Same-JVM A/B of EntityResolver.resolve of two runnable jars, each in its own class loader: every input (a folder or an
 * articles.json) is read and analysed once per jar, then each round resolves every story once with each jar, the order
 * flipping every round, 3 warm-up rounds; thread CPU time per round (all stories). Prints min and median per jar and
 * their ratio. Usage: java ResolverCost OLD.jar NEW.jar ROUNDS INPUT...
 */
public class ResolverCost {
    public static void main(String[] a) throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (int i = 3; i < a.length; i++) {
            inputs.add(Path.of(a[i]));
        }
        int rounds = Integer.parseInt(a[2]);
        Object[][] sides = {side(a[0], inputs), side(a[1], inputs)};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] t = new double[2][rounds];
        for (int r = -3; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int kk = (r % 2 == 0) ? k : 1 - k;
                Object resolver = sides[kk][0];
                Method resolve = (Method) sides[kk][1];
                long c0 = mx.getCurrentThreadCpuTime();
                for (Object story : (List<?>) sides[kk][2]) {
                    resolve.invoke(resolver, story);
                }
                long c1 = mx.getCurrentThreadCpuTime();
                if (r >= 0) {
                    t[kk][r] = (c1 - c0) / 1e6;
                }
            }
        }
        for (int k = 0; k < 2; k++) {
            Arrays.sort(t[k]);
            System.out.printf("%s: min %.1f ms, median %.1f ms%n", k == 0 ? "old" : "new", t[k][0], t[k][rounds / 2]);
        }
        System.out.printf("new/old median %.3f, min %.3f%n", t[1][rounds / 2] / t[0][rounds / 2], t[1][0] / t[0][0]);
    }

    /** A jar's resolver, its resolve method and its analysed stories. */
    static Object[] side(String jar, List<Path> inputs) throws Exception {
        URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> analyzerClass = cl.loadClass("org.newsbrief.analysis.NewsTextAnalyzer");
        Object analyzer = analyzerClass.getMethod("standard").invoke(null);
        Class<?> articleClass = cl.loadClass("org.newsbrief.model.Article");
        Method analyze = analyzerClass.getMethod("analyze", articleClass);
        Class<?> sourcesClass = cl.loadClass("org.newsbrief.ingest.ArticleSources");
        Object sources = sourcesClass.getMethod("standard").invoke(null);
        Class<?> logClass = cl.loadClass("org.newsbrief.model.IssueLog");
        Method readAll = sourcesClass.getMethod("readAll", List.class, logClass);
        List<Object> stories = new ArrayList<>();
        for (Path in : inputs) {
            List<?> articles = (List<?>) readAll.invoke(sources, List.of(in), logClass.getConstructor().newInstance());
            List<Object> story = new ArrayList<>();
            for (Object article : articles) {
                story.add(analyze.invoke(analyzer, article));
            }
            stories.add(story);
        }
        Class<?> resolverClass = cl.loadClass("org.newsbrief.entities.EntityResolver");
        Object resolver = resolverClass.getConstructor().newInstance();
        return new Object[] {resolver, resolverClass.getMethod("resolve", List.class), stories};
    }
}
