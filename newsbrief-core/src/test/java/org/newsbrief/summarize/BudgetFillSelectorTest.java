package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

class BudgetFillSelectorTest {

    private static Document document(String id, String body) {
        return NewsTextAnalyzer.standard().analyze(new Article(id, id, null, "", null, body, id));
    }

    private static final String SHORT = "The city council voted on Tuesday to close the old harbour bridge for repairs.";
    /** One whole sentence of more than {@link CandidateFilter#MAX_WORDS} words. */
    private static final String LONG = "Engineers who inspected the bridge last winter found rusted cables, cracked concrete "
            + "on both ramps, loose railings along the footpath, a failing drainage system that floods the north bank "
            + "after every storm, and steel joints that have not been painted since the bridge was opened to traffic "
            + "more than sixty years ago by the grandfather of the present mayor, who will now have to find the money "
            + "for the repairs.";

    /** A selector that takes every readable candidate. */
    private static final SentenceSelector CANDIDATES = (pool, scores, budget) ->
            java.util.stream.IntStream.range(0, pool.size()).filter(pool::isCandidate).boxed().toList();

    @Test
    void aBudgetTheCandidatesLeaveShortTakesAWholeLongSentence() {
        SentencePool pool = SentencePool.of(List.of(document("a", SHORT + " " + LONG)));
        assertThat(pool.isCandidate(1)).as("too long to be a candidate").isFalse();
        assertThat(pool.isCandidateOfAnyLength(1)).isTrue();
        assertThat(new BudgetFillSelector(CANDIDATES).select(pool, new double[pool.size()], Budget.words(264)))
                .containsExactly(0, 1);
    }

    @Test
    void aStrictBudgetIsNeverExceeded() {
        SentencePool pool = SentencePool.of(List.of(document("a", SHORT + " " + LONG)));
        assertThat(new BudgetFillSelector(CANDIDATES).select(pool, new double[pool.size()], Budget.words(40)))
                .containsExactly(0);
    }

    @Test
    void aLongRunWithoutItsFinalPunctuationIsNotASentence() {
        // the article was cut off mid-sentence, as truncated corpora are
        SentencePool pool = SentencePool.of(List.of(document("a", SHORT + " " + LONG.replace(" for the repairs.", " for the"))));
        assertThat(pool.isCandidateOfAnyLength(1)).isFalse();
        assertThat(new BudgetFillSelector(CANDIDATES).select(pool, new double[pool.size()], Budget.words(264)))
                .containsExactly(0);
    }

    @Test
    void inALowerCasedArticleASentenceOpeningWithALowerCaseNameIsACandidate() {
        String lowerCased = "Heavy rain closed the coastal road near port ellis on friday for the second time this month. "
                + "mayor anna keller said the town would ask the state for money to raise the road by a metre. "
                + "the road links the harbour with the only hospital in the district, and ambulances had to take a "
                + "long detour through the hills while the water stood on the road.";
        SentencePool lower = SentencePool.of(List.of(document("a", lowerCased)));
        assertThat(lower.sentence(1).text()).startsWith("mayor anna keller");
        assertThat(lower.isCandidate(1)).isTrue();
        SentencePool edited = SentencePool.of(List.of(document("a", SHORT + " the mayor said that the work "
                + "would take until March and cost the city four million dollars.")));
        assertThat(edited.size()).as("in edited text a lower-case opening continues the sentence").isEqualTo(1);
    }

    /** A selector that takes nothing, as the default's does where no sentence is a candidate. */
    private static final SentenceSelector NOTHING = (pool, scores, budget) -> List.of();

    @Test
    void aStoryOfShortSentencesGetsItsBestWholeSentencesAsTheLastResort() {
        // the audit's story: two short articles, no sentence of eight words
        SentencePool pool = TestPools.of("The bridge closed on Monday. Crews began repairs. Traffic was diverted.",
                "The bridge reopened Friday. Drivers were relieved.");
        assertThat(java.util.stream.IntStream.range(0, pool.size()).noneMatch(pool::isCandidateOfAnyLength)).isTrue();
        double[] scores = {0.2, 0.1, 0.0, 0.5, 0.3};
        assertThat(new BudgetFillSelector(NOTHING).select(pool, scores, Budget.words(120)))
                .containsExactly(3, 4, 0, 1, 2);
        assertThat(new BudgetFillSelector(NOTHING).select(pool, scores, Budget.words(9)))
                .as("within the budget").containsExactly(3, 4);
    }

    @Test
    void theLastResortTakesNoBylineDatelineOrFragment() {
        // the last, cut off mid-sentence, is no whole sentence
        // (an agency dateline such as "(AP) _" after the byline would take the byline off in the cleaner: BylineLead)
        SentencePool pool = TestPools.of("By Anne Barnard. BEIRUT \u2014 Talks resumed. Talks resumed later.",
                "Talks in Geneva went on all night, and the delegates said that they");
        assertThat(pool.sentence(0).text()).isEqualTo("By Anne Barnard.");
        assertThat(pool.isWholeSentence(0)).as("byline").isFalse();
        assertThat(pool.isWholeSentence(1)).as("dateline: " + pool.sentence(1).text()).isFalse();
        assertThat(pool.isWholeSentence(2)).isTrue();
        assertThat(pool.isWholeSentence(pool.size() - 1)).as("fragment: " + pool.sentence(pool.size() - 1).text()).isFalse();
        assertThat(new BudgetFillSelector(NOTHING).select(pool, new double[pool.size()], Budget.words(120)))
                .containsExactly(2);
    }

    @Test
    void theLastResortIsNotTakenWhenTheSummaryHasASentence() {
        SentencePool pool = SentencePool.of(List.of(document("a", SHORT + " Crews began repairs.")));
        assertThat(new BudgetFillSelector(CANDIDATES).select(pool, new double[] {0, 1}, Budget.words(120)))
                .containsExactly(0);
    }
}
