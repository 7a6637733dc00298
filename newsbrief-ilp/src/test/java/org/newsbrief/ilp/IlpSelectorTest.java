package org.newsbrief.ilp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.summarize.Budget;
import org.newsbrief.summarize.ConceptCoverageSelector;
import org.newsbrief.summarize.Concepts;
import org.newsbrief.summarize.ConstantScorer;
import org.newsbrief.summarize.SentencePool;
import org.newsbrief.summarize.Summarizers;

class IlpSelectorTest {

    private static Document document(String id, String body) {
        return NewsTextAnalyzer.standard().analyze(new Article(id, id, null, "", null, body, id));
    }

    /** Four outlets telling one story in slightly different words (verbatim repeats count once). */
    private static List<Document> story() {
        String[] when = {"on Saturday", "late on Saturday", "on Saturday night", "early on Saturday"};
        List<Document> documents = new java.util.ArrayList<>();
        for (int d = 0; d < when.length; d++) {
            String shared = "Government forces seized the Masaken Hanano district of east Aleppo " + when[d] + ". ";
            String second = "Thousands of civilians fled rebel held districts toward the Kurdish Sheikh Maqsoud area "
                    + when[d] + ". ";
            String third = "Aid agencies warned of severe food shortages for civilians trapped under the siege "
                    + when[d] + ". ";
            String body = switch (d) {
                case 0 -> shared + second + "Rebels vowed to defend the remaining districts of the city.";
                case 1 -> shared + third + "Officials said talks on a truce had failed again this week.";
                case 2 -> second + third + shared;
                default -> shared + second + third;
            };
            documents.add(document(String.valueOf((char) ('a' + d)), body));
        }
        return documents;
    }

    private static double coverage(SentencePool pool, List<Integer> chosen) {
        Concepts concepts = new Concepts(pool, ConceptCoverageSelector.MIN_DOCUMENTS);
        return chosen.stream().flatMapToInt(i -> java.util.Arrays.stream(concepts.of(i))).distinct()
                .mapToDouble(concepts::weight).sum();
    }

    @Test
    void exactSolutionCoversAtLeastAsMuchAsGreedyWithinTheLimit() {
        assumeTrue(IlpSelector.solverAvailable(), "OR-Tools native library unavailable on this platform");
        SentencePool pool = SentencePool.of(story());
        Budget budget = Budget.words(30);
        IlpSelector ilp = new IlpSelector(5);
        long optimalBefore = IlpSelector.processTotals()[0];
        List<Integer> exact = ilp.select(pool, new ConstantScorer().score(pool), budget);
        assertThat(IlpSelector.processTotals()[0]).isGreaterThan(optimalBefore);
        List<Integer> greedy = new ConceptCoverageSelector().select(pool, new ConstantScorer().score(pool), budget);
        assertThat(exact.stream().mapToInt(i -> pool.cost(i, budget)).sum()).isLessThanOrEqualTo(30);
        assertThat(coverage(pool, exact)).isGreaterThanOrEqualTo(coverage(pool, greedy));
        assertThat(ilp.optimalCount()).isEqualTo(1);
        assertThat(ilp.fallbackCount()).isZero();
    }

    @Test
    void isRegisteredAsIlp() {
        assertThat(Summarizers.names()).contains("ilp");
        assertThat(Summarizers.create("ilp").summarize(story(), Budget.words(40)).sentences()).isNotEmpty();
    }
}
