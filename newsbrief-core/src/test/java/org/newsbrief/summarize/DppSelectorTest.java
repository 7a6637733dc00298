package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DppSelectorTest {

    /**
     * Three articles: two report the airport seizure in nearly the same words, one the ceasefire
     * talks, one the weather. The seizure sentences have the highest quality.
     */
    private static final SentencePool POOL = TestPools.of(
            "Rebel fighters seized the main airport of the northern city on Monday after heavy fighting.",
            "Rebel fighters seized the main airport of the northern city on Monday after fierce fighting.",
            "Diplomats in Geneva opened ceasefire talks between the government and the opposition groups.",
            "Farmers across the southern valley reported unusually heavy rainfall during the harvest season.");

    private static double[] quality(double... values) {
        return values;
    }

    @Test
    void takesTheBestSentenceThenADiverseOneRatherThanItsNearRepeat() {
        // the near repeat has the second-best quality, but the DPP's determinant all but vanishes with both
        List<Integer> chosen = new DppSelector(new DppSelector.Options(0)).select(POOL, quality(3, 2.9, 2, 0.5),
                Budget.words(30));
        assertThat(chosen).containsExactly(0, 2);
    }

    @Test
    void qualityDecidesBetweenEquallyDiverseSentences() {
        List<Integer> chosen = new DppSelector(new DppSelector.Options(0)).select(POOL, quality(3, 2.9, 0.5, 2),
                Budget.words(30));
        assertThat(chosen).containsExactly(0, 3);
    }

    @Test
    void neverTakesAnExactRepeat() {
        SentencePool pool = TestPools.of(
                "Rebel fighters seized the main airport of the northern city on Monday after heavy fighting.",
                "Rebel fighters seized the main airport of the northern city on Monday after heavy fighting.");
        List<Integer> chosen = new DppSelector(new DppSelector.Options(0)).select(pool, quality(2, 2), Budget.words(100));
        assertThat(chosen).containsExactly(0);
    }

    @Test
    void keepsTheBudgetAndFillsAFillingOne() {
        DppSelector selector = new DppSelector(new DppSelector.Options(1));
        double[] q = quality(3, 2.9, 2, 1.5);
        assertThat(selector.select(POOL, q, Budget.words(16))).hasSize(1);
        assertThat(selector.select(POOL, q, Budget.words(16).filled())).hasSize(2);
        // with room for everything, the near repeat comes last, once nothing more diverse is left
        assertThat(selector.select(POOL, q, Budget.words(200))).containsExactly(0, 2, 3, 1);
    }

    @Test
    void theGainOfASentenceIsItsLogDeterminantIncrease() {
        // two sentences alone: after the first, the second's gain is log(q2^2 (1 - cos^2))
        double cos = POOL.vector(0).cosine(POOL.vector(2));
        double q0 = 1.5;
        double q2 = 1.2;
        double expected = q2 * q2 * (1 - cos * cos);
        // the second is taken only while its residual exceeds the third's (whose quality puts it just below)
        double q3Below = Math.sqrt(expected / (1 - Math.pow(POOL.vector(0).cosine(POOL.vector(3)), 2))) * 0.99;
        double q3Above = q3Below / 0.99 * 1.01;
        DppSelector selector = new DppSelector(new DppSelector.Options(0));
        assertThat(selector.select(POOL, quality(q0, 0.01, q2, q3Below), Budget.words(30))).containsExactly(0, 2);
        assertThat(selector.select(POOL, quality(q0, 0.01, q2, q3Above), Budget.words(30))).containsExactly(0, 3);
    }

    @Test
    void refusesACostPowerOutOfRange() {
        assertThatThrownBy(() -> new DppSelector.Options(-1)).hasMessageContaining("costPower");
    }

    @Test
    void theDppSummarizerIsRegisteredWithItsBundledModel() {
        assertThat(Summarizers.names()).contains(Summarizers.DPP);
        assertThat(DppQualityScorer.bundledWeights()).hasSize(DppQualityScorer.NAMES.size() + 1);
        assertThat(Arrays.stream(DppQualityScorer.bundledWeights()).anyMatch(w -> w != 0)).isTrue();
        Summary summary = Summarizers.create(Summarizers.DPP).summarize(POOL, Budget.words(40));
        assertThat(summary.sentences()).isNotEmpty();
    }

    @Test
    void countsPersonalPronounsUpToThree() {
        assertThat(DppQualityScorer.pronouns(List.of("He", "said", "it", "was", "over"))).isEqualTo(2.0 / 3);
        assertThat(DppQualityScorer.pronouns(List.of("they", "told", "us", "he", "and", "she", "left"))).isEqualTo(1.0);
        assertThat(DppQualityScorer.pronouns(List.of("The", "army", "left"))).isZero();
    }
}
