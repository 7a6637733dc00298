import java.nio.file.Path;
import java.util.*;
import org.newsbrief.facts.*;
import org.newsbrief.model.*;
/**
 * Every key-figure row FigureReconciler makes of a story (the brief shows only the widest), with its incident and, with
 * "full", each value: text, compared window, the incident its clause names, article and the words around it. A reading
 * aid for the incidents of figures (bench/README.md, Quantities).
 */
public class FigureRows {
  public static void main(String[] a) throws Exception {
    var reader = org.newsbrief.ingest.ArticleSources.standard();
    List<Article> articles = reader.readAll(List.of(Path.of(a[0])), new IssueLog());
    var analyzer = org.newsbrief.analysis.NewsTextAnalyzer.standard();
    List<Document> docs = articles.stream().map(analyzer::analyze).toList();
    Map<String, String> text = new HashMap<>();
    for (Document d : docs) for (Sentence s : d.sentences()) text.put(SentenceRef.of(s).toString(), s.text());
    FigureTable t = new FigureReconciler().reconcile(docs);
    boolean full = a.length > 1;
    for (FigureGroup g : t.groups()) {
      System.out.printf("## %s %s %s [%s] %s articles=%d values=%d%n", g.concept(), g.label(), g.scope(), g.incident().label(), g.agreement(), g.articles(), g.values().size());
      if (!full) continue;
      for (FigureValue v : g.values()) {
        String s = text.getOrDefault(v.sentence().toString(), "?");
        int at = v.quantity().span().start();
        String ctx = s.substring(Math.max(0, at - 90), Math.min(s.length(), at + 90)).replace('\n', ' ');
        System.out.printf("   %-28s | %-18s | %-26s | %s | %s%n", v.quantity().text(), v.comparedWindow(), v.incident().label(), v.sentence().articleId(), ctx);
      }
    }
  }
}
