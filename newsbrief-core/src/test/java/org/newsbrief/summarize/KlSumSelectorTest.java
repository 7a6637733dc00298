package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KlSumSelectorTest {

    private static SentencePool pool(String... bodies) {
        return TestPools.of(bodies);
    }

    @Test
    void divergenceIsThatOfTheSummaryFromTheStoryWithRepeatsCounted() {
        // story p = (1/2, 1/4, 1/4); summary "a a b": q = (2/3, 1/3, 0)
        KlSumSelector.Divergence divergence = new KlSumSelector.Divergence(new double[] {0.5, 0.25, 0.25});
        double expected = 2.0 / 3 * Math.log((2.0 / 3) / 0.5) + 1.0 / 3 * Math.log((1.0 / 3) / 0.25);
        assertThat(divergence.divergenceWith(new int[] {0, 0, 1})).isCloseTo(expected, within(1e-12));
        divergence.add(new int[] {0, 1});
        assertThat(divergence.divergenceWith(new int[] {0})).isCloseTo(expected, within(1e-12));
        // a summary with the story's own distribution does not diverge from it
        assertThat(divergence.divergenceWith(new int[] {0, 2})).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void prefersTheSentenceSpreadOverTheStorysWordsToAShortOneOfItsCommonestWords() {
        // SumRepo's GreedyKL picks long sentences that cover the story; KL(story || smoothed
        // summary), the other direction, took the 12-word "Rebels seized the airport and the army
        // withdrew" first, then the 8-word one.
        List<String> story = new ArrayList<>(List.of(
                "Rebels seized the airport on Monday, rebels said.",
                "The army said rebels seized the airport of the city after heavy fighting near the border,"
                        + " and aid convoys waited at the crossing for the government to reopen the road.",
                "Rebels seized the airport and the army withdrew from the city.",
                "Aid convoys waited at the border while the government talked with the army.",
                "Fighting near the border stopped the aid convoys on the road to the city."));
        // the long tail of words that a news story uses once each (1,200 of them)
        for (int s = 0; s < 150; s++) {
            StringBuilder sentence = new StringBuilder("Q" + s);
            for (int w = 0; w < 8; w++) {
                sentence.append(" q").append((char) ('a' + s % 26)).append((char) ('a' + s / 26)).append((char) ('a' + w)).append("x");
            }
            story.add(sentence.append('.').toString());
        }
        SentencePool pool = pool(story.toArray(String[]::new));
        List<Integer> chosen = new KlSumSelector().select(pool, new double[pool.size()], Budget.words(30).filled());
        assertThat(chosen).containsExactly(1); // 31 words: the budget is full after the first pick
    }
}
