package org.newsbrief.eval.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.eval.rouge.RougeOptions;
import org.newsbrief.eval.rouge.RougeScorer;
import org.newsbrief.model.Article;
import org.newsbrief.summarize.Budget;
import org.newsbrief.summarize.SentencePool;

class ExtractiveOracleTest {

    private static final RougeScorer SCORER = new RougeScorer(RougeOptions.parse("-n 2 -m -f A -p 0.5 -t 0"));
    private static final List<List<String>> REFERENCE = List.of(List.of(
            "Rebels seized the airport on Monday. Forty people died in the fighting."));

    private static SentencePool pool() {
        String body = "A bakery in the old town ran out of flour by noon on Monday. Rebels seized the airport on Monday"
                + " after a long fight. Forty people died in the fighting, officials said. The weather stayed cold and wet"
                + " all week long in the region.";
        return SentencePool.of(List.of(NewsTextAnalyzer.standard().analyze(new Article("a", "a", null, "", null, body, "a"))));
    }

    @Test
    void takesTheSentencesThatMatchTheReferenceAndStopsWhereRougeStopsRising() {
        SentencePool pool = pool();
        List<Integer> chosen = ExtractiveOracle.select(pool, i -> true, REFERENCE, SCORER, Budget.words(100), false, false);
        assertThat(ExtractiveOracle.lines(pool, chosen)).containsExactly(
                "Rebels seized the airport on Monday after a long fight.", "Forty people died in the fighting, officials said.");
    }

    @Test
    void respectsTheBudgetAndTheAllowedSentences() {
        SentencePool pool = pool();
        List<Integer> chosen = ExtractiveOracle.select(pool, i -> i != 1, REFERENCE, SCORER, Budget.words(9), false, false);
        assertThat(ExtractiveOracle.lines(pool, chosen)).containsExactly("Forty people died in the fighting, officials said.");
    }

    @Test
    void aFillingOracleKeepsTakingWhileASentenceFits() {
        SentencePool pool = pool();
        List<Integer> chosen = ExtractiveOracle.select(pool, i -> true, REFERENCE, SCORER, Budget.words(100), true, false);
        assertThat(chosen).hasSize(pool.size());
    }
}
