import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.Datasets;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.summarize.SentenceOpenings;
import org.newsbrief.summarize.SentencePool;
import org.newsbrief.summarize.Summarizer;
import org.newsbrief.summarize.Summarizers;

/**
 * How summaries read: for each cluster of a dataset, the summarizer's summary under the dataset's standard budget.
 * Counts the summaries whose first sentence is an article's lead (its first sentence that may stand alone in a
 * summary), those holding a lead anywhere, those whose first sentence holds a third-person pronoun outside quotation
 * marks (he, him, his, she, her, they, them, their: a reference the reader has nothing to resolve against), the
 * sentences opening with a pronoun or connective without their predecessor right before them, those quoting a bare
 * pronoun (", he said") without it, and the pairs of summary sentences that repeat each other (TF-IDF cosine in the
 * story's pool at three levels). Writes each summary's first sentence to OUT. Compile against a runnable jar:
 * javac -cp JAR -d T bench/summary-order/Openings.java; java -cp T:JAR Openings DATASET PATH LIMIT SUMMARIZER OUT
 */
public class Openings {
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "they", "them", "their");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /** As SentenceOpenings.quotesAPronoun (copied, so that the tool reads jars without it). */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile("(?:,|,?[\"\u201d])\\s+(?:he|she|they)\\s+"
            + "(?:said|says|added|adds|told|tells|noted|wrote|explained|asked|declared|insisted|argued|warned|stated"
            + "|recalled|replied|continued|acknowledged|conceded|predicted)\\b", Pattern.CASE_INSENSITIVE);

    public static void main(String[] a) throws Exception {
        Dataset dataset = Datasets.open(a[0], Path.of(a[1]), Integer.parseInt(a[2]));
        Summarizer summarizer = Summarizers.create(a[3]);
        Protocol protocol = Protocol.standard(a[0], 0, 0);
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        int summaries = 0, leadFirst = 0, leadAnywhere = 0, pronounFirst = 0, sentences = 0, unresolved = 0, speakers = 0;
        int[] close = new int[3]; // pairs of summary sentences at TF-IDF cosine >= 0.3, 0.5, 0.7
        List<String> firsts = new ArrayList<>();
        for (EvalCluster cluster : dataset.clusters()) {
            List<Document> documents = cluster.documents().stream().map(analyzer::analyze).toList();
            SentencePool pool = SentencePool.of(documents);
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < pool.size(); i++) {
                positions.put(pool.sentence(i).articleId() + "#" + pool.sentence(i).index(), i);
            }
            boolean[] leads = new boolean[pool.size()];
            for (int i = 0, opened = -1; i < pool.size(); i++) {
                if (pool.isCandidate(i) && pool.documentIndex(i) != opened) {
                    opened = pool.documentIndex(i);
                    leads[i] = true;
                }
            }
            List<Sentence> summary = summarizer.summarize(pool, protocol.budget()).sentences();
            if (summary.isEmpty()) {
                continue;
            }
            summaries++;
            boolean first = true;
            for (int k = 0; k < summary.size(); k++) {
                Sentence s = summary.get(k);
                boolean lead = leads[positions.get(s.articleId() + "#" + s.index())];
                if (first && lead) {
                    leadFirst++;
                }
                first = false;
                sentences++;
                boolean afterPredecessor = k > 0 && summary.get(k - 1).articleId().equals(s.articleId())
                        && summary.get(k - 1).index() == s.index() - 1;
                if (SentenceOpenings.opensDependently(s.text()) && !afterPredecessor) {
                    unresolved++;
                }
                if (PRONOUN_SPEAKER.matcher(s.text()).find() && !afterPredecessor) {
                    speakers++;
                }
            }
            if (summary.stream().anyMatch(s -> leads[positions.get(s.articleId() + "#" + s.index())])) {
                leadAnywhere++;
            }
            for (int x = 0; x < summary.size(); x++) {
                for (int y = x + 1; y < summary.size(); y++) {
                    double cosine = pool.vector(positions.get(summary.get(x).articleId() + "#" + summary.get(x).index()))
                            .cosine(pool.vector(positions.get(summary.get(y).articleId() + "#" + summary.get(y).index())));
                    for (int k = 0; k < 3; k++) {
                        close[k] += cosine >= 0.3 + 0.2 * k - 1e-9 ? 1 : 0;
                    }
                }
            }
            String text = summary.get(0).text().strip();
            if (hasPronoun(text)) {
                pronounFirst++;
            }
            firsts.add(cluster.id() + "\t" + text);
        }
        Files.write(Path.of(a[4]), firsts);
        System.out.printf(Locale.ROOT, "%s %s: pairs of summary sentences at cosine >= 0.3 / 0.5 / 0.7: %d / %d / %d%n",
                a[0], a[3], close[0], close[1], close[2]);
        System.out.printf(Locale.ROOT,
                "%s %s: %d summaries; first sentence a lead %d (%.1f%%); a lead anywhere %d; first sentence with a"
                        + " third-person pronoun %d (%.1f%%); unresolved openings %d, pronoun speakers without their"
                        + " predecessor %d, of %d sentences%n",
                a[0], a[3], summaries, leadFirst, 100.0 * leadFirst / summaries, leadAnywhere, pronounFirst,
                100.0 * pronounFirst / summaries, unresolved, speakers, sentences);
    }

    /** Whether {@code text} holds one of the pronouns outside double quotation marks. */
    static boolean hasPronoun(String text) {
        String unquoted = text.replaceAll("\"[^\"]*\"", " ");
        Matcher m = WORD.matcher(unquoted);
        while (m.find()) {
            if (PRONOUNS.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
