package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeadLengthCutoffTest {

    // The story's words meet in a short sentence ("Rebels seized the city airport."): the most
    // central one, but under MEAD's 9 words.
    private static final String[] STORY = {
        "Rebels seized the city airport. Officials said rebels seized the airport of the city on Monday morning.",
        "Rebels seized the airport, residents of the city said as the army withdrew from its positions.",
        "The army said rebels seized the airport and the city after a week of heavy fighting."};

    @Test
    void aSentenceUnderNineWordsScoresZeroAndLosesToTheNextBest() {
        SentencePool pool = TestPools.of(STORY);
        LexRankScorer lexRank = new LexRankScorer(LexRankScorer.Options.CONTINUOUS);
        int shortOne = TestPools.sentenceStarting(pool, "Rebels seized the city airport.");
        assertThat(TestPools.best(lexRank.score(pool))).isEqualTo(shortOne);

        double[] cut = new MeadLengthCutoff(lexRank, MeadLengthCutoff.MEAD_MIN_WORDS).score(pool);
        assertThat(cut[shortOne]).isZero();
        assertThat(TestPools.best(cut)).isNotEqualTo(shortOne);
        assertThat(pool.cost(TestPools.best(cut), Budget.words(1))).isGreaterThanOrEqualTo(9);
    }

    @Test
    void theLexRankSelectionTakesADependentOpeningAsMeadDoes() {
        // MEAD has no rule on openings (SumRepo's LexRank outputs open 35 of 256 sentences with a
        // pronoun, connective or quote); the candidate filter would refuse "But ...".
        SentencePool pool = TestPools.of(
                "Quiet streets greeted the morning. But rebels seized the airport of the city and the army withdrew on Monday.",
                "Rebels seized the airport of the city while the army withdrew, residents said on Monday.",
                "The army withdrew after rebels seized the airport of the city, officials said.");
        int dependent = TestPools.sentenceStarting(pool, "But rebels seized");
        assertThat(pool.isCandidate(dependent)).isFalse();
        double[] scores = new MeadLengthCutoff(new LexRankScorer(LexRankScorer.Options.CONTINUOUS), 9).score(pool);
        Budget budget = Budget.words(20).filled();
        List<Integer> mead = new GreedySelector(new GreedySelector.Options(0.7, false)).select(pool, scores, budget);
        List<Integer> filtered = new GreedySelector(new GreedySelector.Options(0.7, true)).select(pool, scores, budget);
        assertThat(mead).contains(dependent);
        assertThat(filtered).doesNotContain(dependent);
    }

    @Test
    void rejectsACutoffUnderOneWord() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MeadLengthCutoff(pool -> new double[0], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
