package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeadScorerTest {

    private static SentencePool pool(String... bodies) {
        return TestPools.of(bodies);
    }

    // Each article opens with a sentence that says little of the story (a "soft lead"); the
    // story's words (rebels, airport, army, city) sit in a later sentence.
    private static final String[] STORY = {
        "It was a quiet morning in the region on Monday. Officials gave no details at first."
                + " Rebels seized the airport of the city and the army withdrew from the city.",
        "Residents woke to an unusual silence. Rebels seized the airport while the army left the city.",
        "Markets stayed closed. The army said rebels held the airport of the city."};

    @Test
    void centroidOnlyRanksTheSentenceRichestInStoryWordsAboveTheArticleOpenings() {
        // SumRepo's Centroid outputs take an article's first sentence 52 times in 189; with the
        // position and first-sentence priors ours took it 161 times in 174.
        SentencePool pool = pool(STORY);
        double[] scores = new MeadScorer(MeadScorer.Options.CENTROID_ONLY).score(pool);
        int rich = TestPools.sentenceStarting(pool, "Rebels seized the airport of the city");
        int opening = TestPools.sentenceStarting(pool, "It was a quiet morning");
        assertThat(scores[rich]).isGreaterThan(scores[opening]);
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            best = scores[i] > scores[best] ? i : best;
        }
        assertThat(best).isEqualTo(rich);
    }

    @Test
    void positionAndFirstSentencePriorsLiftTheArticleOpening() {
        SentencePool pool = pool(STORY);
        double[] withPriors = new MeadScorer(MeadScorer.Options.DEFAULTS).score(pool);
        double[] centroidOnly = new MeadScorer(MeadScorer.Options.CENTROID_ONLY).score(pool);
        int opening = TestPools.sentenceStarting(pool, "It was a quiet morning");
        int rich = TestPools.sentenceStarting(pool, "Rebels seized the airport of the city");
        assertThat(withPriors[opening] - centroidOnly[opening]).isGreaterThan(withPriors[rich] - centroidOnly[rich]);
    }

    @Test
    void aRepeatedCentroidWordCountsEachTime() {
        // MEAD's Centroid.pl sums the centroid value of every token of the sentence.
        SentencePool pool = pool(
                "Rebels seized the airport. Rebels and more rebels seized the airport.",
                "Rebels seized the airport again.");
        double[] scores = new MeadScorer(MeadScorer.Options.CENTROID_ONLY).score(pool);
        int once = TestPools.sentenceStarting(pool, "Rebels seized the airport.");
        int thrice = TestPools.sentenceStarting(pool, "Rebels and more rebels");
        assertThat(scores[thrice]).isGreaterThan(scores[once]);
    }
}
