package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

class ContinuationSelectorTest {

    private static Document document(String id, String body) {
        return NewsTextAnalyzer.standard().analyze(new Article(id, id, null, "", null, body, id));
    }

    /** A selector that always picks the first sentence of the pool. */
    private static final SentenceSelector FIRST = (pool, scores, budget) -> List.of(0);

    @Test
    void addsTheDependentSentenceRightAfterItsAntecedentWhileRoomIsLeft() {
        SentencePool pool = SentencePool.of(List.of(document("a",
                "The mayor of Aleppo opened the new water plant in the east of the city on Monday. "
                        + "He said it would serve two hundred thousand people by the end of the year. "
                        + "However, officials warned that the power supply for the pumps remained unreliable.")));
        List<Integer> chosen = new ContinuationSelector(FIRST).select(pool, new double[pool.size()], Budget.words(60));
        assertThat(chosen).containsExactly(0, 1, 2);
    }

    @Test
    void neverExceedsAStrictBudget() {
        SentencePool pool = SentencePool.of(List.of(document("a",
                "The mayor of Aleppo opened the new water plant in the east of the city on Monday. "
                        + "He said it would serve two hundred thousand people by the end of the year.")));
        List<Integer> chosen = new ContinuationSelector(FIRST).select(pool, new double[pool.size()], Budget.words(20));
        assertThat(chosen).containsExactly(0);
    }

    @Test
    void passesOverAFollowingSentenceThatRepeatsAChosenOneWhenGivenACut() {
        // written for the redundancy cut (bench/README.md step 16): the next sentence of the second article repeats the
        // chosen sentence of the first
        SentencePool pool = SentencePool.of(List.of(
                document("a", "The mayor of Aleppo opened the new water plant in the east of the city on Monday."),
                document("b", "Officials in Aleppo held a ceremony with music and speeches in the old town. "
                        + "The mayor of Aleppo opened the new water plant in the east of the city on Monday morning.")));
        SentenceSelector both = (p, scores, budget) -> List.of(0, 1);
        assertThat(new ContinuationSelector(both).select(pool, new double[pool.size()], Budget.words(60)))
                .containsExactly(0, 1, 2);
        assertThat(new ContinuationSelector(both, 0.5).select(pool, new double[pool.size()], Budget.words(60)))
                .containsExactly(0, 1);
    }

    @Test
    void doesNotCrossIntoTheNextArticle() {
        SentencePool pool = SentencePool.of(List.of(
                document("a", "The mayor of Aleppo opened the new water plant in the east of the city on Monday."),
                document("b", "He said it would serve two hundred thousand people by the end of the year.")));
        List<Integer> chosen = new ContinuationSelector(FIRST).select(pool, new double[pool.size()], Budget.words(60));
        assertThat(chosen).containsExactly(0);
    }
}
