package org.newsbrief.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, computed by hand.
 *
 * <p>Example 1 (the shape of Pradhan et al. 2014's illustration; mentions differ between sides):
 * key {a b c} {d e f g}, response {a b} {c d} {f g h i}. MUC: key chains split into 2 and 3 parts,
 * recall (3-2 + 4-3) / (2 + 3) = 0.4; response chains split into 1, 2 and 3 parts (h, i unknown to
 * the key), precision (1 + 0 + 1) / (1 + 1 + 3) = 0.4. B-cubed recall (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7
 * = 5/12, precision (2²/2 + 1²/2 + 1²/2 + 2²/4) / 8 = 1/2. CEAF-e phi4: {abc}-{ab} 0.8, {abc}-{cd}
 * 0.4, {defg}-{cd} 1/3, {defg}-{fghi} 0.5; best alignment 0.8 + 0.5 = 1.3, recall 1.3/2 = 0.65,
 * precision 1.3/3.
 *
 * <p>Example 2 (same mentions): key {a b c} {d e}, response {a b} {c d e}. MUC recall (1 + 1) / 3,
 * precision (1 + 1) / 3. B-cubed recall (4/3 + 1/3 + 4/2) / 5 = 11/15, precision (4/2 + 1/3 + 4/3) / 5
 * = 11/15. CEAF-e 0.8 + 0.8 over 2 chains each side: 0.8 and 0.8.
 */
class CorefMetricsTest {

    private static final double EPS = 1e-9;

    @Test
    void scoresTheExampleWithMentionsMissingOnEitherSide() {
        CorefScores s = CorefMetrics.score(List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g")),
                List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i")));
        assertThat(s.muc().recall()).isCloseTo(0.4, within(EPS));
        assertThat(s.muc().precision()).isCloseTo(0.4, within(EPS));
        assertThat(s.bcubed().recall()).isCloseTo(5.0 / 12, within(EPS));
        assertThat(s.bcubed().precision()).isCloseTo(0.5, within(EPS));
        assertThat(s.bcubed().f1()).isCloseTo(5.0 / 11, within(EPS));
        assertThat(s.ceafE().recall()).isCloseTo(0.65, within(EPS));
        assertThat(s.ceafE().precision()).isCloseTo(1.3 / 3, within(EPS));
        assertThat(s.ceafE().f1()).isCloseTo(0.52, within(EPS));
        assertThat(s.conllF1()).isCloseTo((0.4 + 5.0 / 11 + 0.52) / 3, within(EPS));
    }

    @Test
    void scoresTheExampleOverTheSameMentions() {
        CorefScores s = CorefMetrics.score(List.of(Set.of("a", "b", "c"), Set.of("d", "e")),
                List.of(Set.of("a", "b"), Set.of("c", "d", "e")));
        assertThat(s.muc().recall()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(s.muc().precision()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(s.bcubed().recall()).isCloseTo(11.0 / 15, within(EPS));
        assertThat(s.bcubed().precision()).isCloseTo(11.0 / 15, within(EPS));
        assertThat(s.ceafE().recall()).isCloseTo(0.8, within(EPS));
        assertThat(s.ceafE().precision()).isCloseTo(0.8, within(EPS));
    }

    @Test
    void givesAllSingletonsNoMucAndFullBcubedPrecision() {
        CorefScores s = CorefMetrics.score(List.of(Set.of("a", "b", "c")), List.of(Set.of("a"), Set.of("b"), Set.of("c")));
        assertThat(s.muc().f1()).isZero();
        assertThat(s.bcubed().recall()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.bcubed().precision()).isCloseTo(1.0, within(EPS));
        // phi4({abc}, {a}) = 2/4; one key chain, three response chains
        assertThat(s.ceafE().recall()).isCloseTo(0.5, within(EPS));
        assertThat(s.ceafE().precision()).isCloseTo(0.5 / 3, within(EPS));
    }

    @Test
    void givesPerfectScoresToTheKeyItself() {
        List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("c"), Set.of("d", "e", "f"));
        CorefScores s = CorefMetrics.score(key, key);
        assertThat(s.conllF1()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void rejectsAMentionInTwoChains() {
        assertThatThrownBy(() -> CorefMetrics.score(List.of(Set.of("a"), Set.of("a", "b")), List.of(Set.of("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
    }
}
