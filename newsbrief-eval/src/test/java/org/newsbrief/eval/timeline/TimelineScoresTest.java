package org.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples computed by hand (the arithmetic is in each comment). Tokens: "army", "captures",
 * "hill", "talks", "fail", "rebels", "seize", "city" are no SMART stop words and stem consistently.
 */
class TimelineScoresTest {

    private static final LocalDate JAN1 = LocalDate.of(2011, 1, 1);
    private static final LocalDate JAN2 = LocalDate.of(2011, 1, 2);
    private static final LocalDate JAN10 = LocalDate.of(2011, 1, 10);

    @Test
    void identicalTimelinesScoreOne() {
        Map<LocalDate, List<String>> tl = Map.of(JAN1, List.of("rebels seize city"));
        assertThat(TimelineScores.alignManyToOne(tl, tl, 1).f1()).isEqualTo(1.0);
        assertThat(TimelineScores.concat(tl, tl, 2).f1()).isEqualTo(1.0);
        assertThat(TimelineScores.dates(tl.keySet(), tl.keySet()).f1()).isEqualTo(1.0);
    }

    @Test
    void contentOneDayOffIsHalvedByTheAlignmentButNotByConcat() {
        // 3 shared unigrams weighted 1/(1+1): P = 1.5/3, R = 1.5/3; concat ignores dates: 3/3; no shared date
        Map<LocalDate, List<String>> predicted = Map.of(JAN2, List.of("Rebels seize city ."));
        Map<LocalDate, List<String>> reference = Map.of(JAN1, List.of("rebels seize city"));
        assertThat(TimelineScores.alignManyToOne(predicted, reference, 1).f1()).isCloseTo(0.5, within(1e-12));
        assertThat(TimelineScores.concat(predicted, reference, 1).f1()).isEqualTo(1.0);
        assertThat(TimelineScores.dates(predicted.keySet(), reference.keySet()).f1()).isZero();
    }

    @Test
    void manyPredictedDatesMayAlignToOneReferenceDate() {
        // precision: Jan1 -> Jan1 (cost 0), 3 hits of 3; Jan2 -> Jan1 (cost 0.5*0 = 0 < Jan10: 8/9*1), 3*1/2 of 3
        //   P1 = 4.5/6 = 0.75; bigrams "armi captur", "captur hill": P2 = (2 + 1)/4 = 0.75
        // recall: Jan1 -> Jan1 (first of two zero costs), 3 of 3; Jan10 -> Jan2 (8/9 < 9/10), 0 of 2 ("talk fail")
        //   R1 = 3/5 = 0.6, F1 = 2*0.75*0.6/1.35 = 2/3; R2 = 2/(2+1) = 2/3, F = 2*0.75*(2/3)/(0.75+2/3) = 12/17
        Map<LocalDate, List<String>> predicted = Map.of(JAN1, List.of("army captures hill"), JAN2, List.of("army captures hill"));
        Map<LocalDate, List<String>> reference = Map.of(JAN1, List.of("army captures hill"), JAN10, List.of("talks fail"));
        TimelineScores.Prf r1 = TimelineScores.alignManyToOne(predicted, reference, 1);
        assertThat(r1.precision()).isCloseTo(0.75, within(1e-12));
        assertThat(r1.recall()).isCloseTo(0.6, within(1e-12));
        assertThat(r1.f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(TimelineScores.alignManyToOne(predicted, reference, 2).f1()).isCloseTo(12.0 / 17, within(1e-12));
        // dates: 1 shared of 2 predicted and 2 reference
        assertThat(TimelineScores.dates(predicted.keySet(), reference.keySet()).f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void contentDecidesTheAlignmentBetweenEquallyDistantDates() {
        // predicted Jan2 is one day from Jan1 and from Jan3: against Jan1 (no shared word) it costs 0.5*(1-0) = 0.5,
        // against Jan3 (same words, approximate R1 = 1) 0.5*(1-1) = 0, so Jan3 wins although Jan1 comes first
        LocalDate jan3 = LocalDate.of(2011, 1, 3);
        Map<LocalDate, List<String>> predicted = Map.of(JAN2, List.of("talks fail"));
        Map<LocalDate, List<String>> reference = Map.of(JAN1, List.of("army captures hill"), jan3, List.of("talks fail"));
        // precision: 2 hits * 1/2 of 2 = 0.5; recall: Jan1 -> Jan2 0 of 3, Jan3 -> Jan2 2*1/2 of 2: 1/5
        TimelineScores.Prf r1 = TimelineScores.alignManyToOne(predicted, reference, 1);
        assertThat(r1.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(r1.recall()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void emptyPredictionScoresZero() {
        Map<LocalDate, List<String>> reference = Map.of(JAN1, List.of("army captures hill"));
        assertThat(TimelineScores.alignManyToOne(Map.of(), reference, 1).f1()).isZero();
        assertThat(TimelineScores.concat(Map.of(), reference, 1).f1()).isZero();
    }

    @Test
    void countsAdjacentDates() {
        // Jan1-Jan2 adjacent, Jan2-Jan10 not: 1 of 2 gaps
        assertThat(TimelineScores.adjacentShare(Set.of(JAN1, JAN2, JAN10))).isEqualTo(0.5);
    }
}
