package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexRankScorerTest {

    // A long sentence touches eight others by one word each (weak links, cosine under 0.1);
    // three short sentences say the same thing (strong links).
    private static final String[] STORY = {
        "Markets, schools, hospitals, banks, ferries, bakeries, churches and stadiums stayed shut across the northern province.",
        "Rebels seized the airport on Monday. Rebels seized the airport at dawn. The airport was seized by rebels.",
        "Markets reopened briefly under heavy police guard. Schools had no teachers left in town."
                + " Hospitals lacked diesel for their backup generators. Banks limited cash withdrawals to small sums.",
        "Ferries stopped running between the two harbours. Bakeries ran out of flour by noon."
                + " Churches opened their doors to displaced families. Stadiums stood empty after officials cancelled matches."};

    @Test
    void continuousLexRankFavoursTheLongSentenceWithManyWeakLinks() {
        SentencePool pool = TestPools.of(STORY);
        int longOne = TestPools.sentenceStarting(pool, "Markets, schools");
        assertThat(TestPools.best(new LexRankScorer(LexRankScorer.Options.CONTINUOUS).score(pool))).isEqualTo(longOne);
    }

    @Test
    void aThresholdedGraphDropsTheWeakLinksAndFavoursTheRepeatedShortStatement() {
        // SumRepo's LexRank outputs hold sentences of median 25 words (continuous LexRank: 31, at 0.1: 28).
        SentencePool pool = TestPools.of(STORY);
        int longOne = TestPools.sentenceStarting(pool, "Markets, schools");
        double[] scores = new LexRankScorer(LexRankScorer.Options.THRESHOLDED).score(pool);
        int chosen = TestPools.best(scores);
        assertThat(chosen).isNotEqualTo(longOne);
        assertThat(pool.sentence(chosen).text()).containsIgnoringCase("airport");
        assertThat(scores[chosen]).isGreaterThan(scores[longOne]);
    }
}
