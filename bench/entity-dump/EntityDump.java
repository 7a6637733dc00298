import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.entities.Entity;
import org.newsbrief.entities.EntityResolver;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.IssueLog;

/**
 * Writes, for each input (a folder or an articles.json), one file OUT/<story>.txt listing every entity
 * of the story that has two spellings or more: "name | type | mentions | spelling ; spelling ...".
 * With ALL=1 in the environment every entity is listed, one spelling or more (for retyped names).
 * With REPS=n in the environment it also times n resolutions per story (thread CPU time, median and
 * best tenth). Usage: java -cp tmp:newsbrief.jar EntityDump OUT INPUT...
 */
public class EntityDump {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        EntityResolver resolver = new EntityResolver();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        int reps = System.getenv("REPS") == null ? 0 : Integer.parseInt(System.getenv("REPS"));
        boolean all = System.getenv("ALL") != null;
        for (int a = 1; a < args.length; a++) {
            Path in = Path.of(args[a]);
            List<Article> articles = ArticleSources.standard().readAll(List.of(in), new IssueLog());
            List<Document> story = articles.stream().map(analyzer::analyze).toList();
            StringBuilder sb = new StringBuilder();
            for (Entity e : resolver.resolve(story)) {
                if (all || e.variants().size() > 1) {
                    sb.append(e.name()).append(" | ").append(e.type()).append(" | ").append(e.mentions().size())
                            .append(" | ").append(String.join(" ; ", e.variants())).append('\n');
                }
            }
            String name = in.getFileName().toString().equals("articles.json")
                    ? in.getParent().getFileName().toString() : in.getFileName().toString();
            Files.writeString(out.resolve(name + ".txt"), sb.toString());
            if (reps > 0) {
                long[] t = new long[reps];
                for (int r = 0; r < reps; r++) {
                    long s = bean.getCurrentThreadCpuTime();
                    resolver.resolve(story);
                    t[r] = bean.getCurrentThreadCpuTime() - s;
                }
                Arrays.sort(t);
                System.out.printf("%s resolve median %.2f ms, best tenth %.2f ms%n", name, t[reps / 2] / 1e6, t[reps / 10] / 1e6);
            }
        }
    }
}
