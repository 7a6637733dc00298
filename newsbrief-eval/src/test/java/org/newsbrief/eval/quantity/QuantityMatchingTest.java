package org.newsbrief.eval.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of CQE's matching, counted by hand from its calculate_metrics loop. */
class QuantityMatchingTest {

    private static ScoredQuantity one(double v, String unit, String change) {
        return new ScoredQuantity(v, v, false, unit, change);
    }

    @Test
    void decodesGoldValuesAsCqeDoes() {
        ScoredQuantity range = ScoredQuantity.gold("252.0-287.0", "mile", "=");
        assertThat(range.range()).isTrue();
        assertThat(range.low()).isEqualTo(252.0);
        assertThat(range.high()).isEqualTo(287.0);
        assertThat(ScoredQuantity.gold("3.0 - 4.0", "year", "=").high()).isEqualTo(4.0);
        assertThat(ScoredQuantity.gold("-1.3", "percentage", "down").low()).isEqualTo(-1.3);
        assertThat(ScoredQuantity.gold("1.99E-29", "kilogram", "~").range()).isFalse();
    }

    @Test
    void aRangeMatchesOnlyARangeWithBothEnds() {
        List<ScoredQuantity> gold = List.of(ScoredQuantity.gold("252.0-287.0", "mile", "="));
        assertThat(QuantityMatching.CQE.match(gold, List.of(one(252, "mile", "="), one(287, "mile", "="))).value()).isZero();
        assertThat(QuantityMatching.CQE.match(gold, List.of(new ScoredQuantity(252, 287, true, "mile", "="))).valueUnit())
                .isEqualTo(1);
        assertThat(QuantityMatching.CQE.match(gold, List.of(new ScoredQuantity(252, 288, true, "mile", "="))).value())
                .isZero();
    }

    @Test
    void unitsMatchExactlyInLowerCase() {
        List<ScoredQuantity> gold = List.of(ScoredQuantity.gold("3.0", "Kia Hyundai vehicle", "="));
        assertThat(QuantityMatching.CQE.match(gold, List.of(one(3, "kia hyundai vehicle", "="))).valueUnit()).isEqualTo(1);
        assertThat(QuantityMatching.CQE.match(gold, List.of(one(3, "vehicle", "="))).valueUnit()).isZero();
    }

    /**
     * Gold {5 %, 5 dollar}, one prediction 5 euro: CQE counts a value match for each gold quantity
     * (the prediction is never consumed, its unit never agreeing) and two change matches; one-to-one
     * counts one of each.
     */
    @Test
    void cqeLetsAPredictionWithAWrongUnitMatchSeveralGoldValues() {
        List<ScoredQuantity> gold = List.of(one(5, "percentage", "="), one(5, "dollar", "="));
        List<ScoredQuantity> predicted = List.of(one(5, "euro", "="));
        assertThat(QuantityMatching.CQE.match(gold, predicted)).isEqualTo(new QuantityCounts(1, 2, 2, 0, 2));
        assertThat(QuantityMatching.ONE_TO_ONE.match(gold, predicted)).isEqualTo(new QuantityCounts(1, 2, 1, 0, 1));
    }

    /**
     * Gold {7 dollar, 7 percentage up}, predictions {7 percentage up, 7 dollar}. Both sides sorted by
     * unit, gold "dollar" meets prediction "dollar" first: a unit match, consumed; gold "percentage"
     * then meets "percentage": two of everything, as one-to-one.
     */
    @Test
    void bothProtocolsAgreeWhenEveryPredictionHasItsGold() {
        List<ScoredQuantity> gold = List.of(one(7, "dollar", "="), one(7, "percentage", "up"));
        List<ScoredQuantity> predicted = List.of(one(7, "percentage", "up"), one(7, "dollar", "="));
        assertThat(QuantityMatching.CQE.match(gold, predicted)).isEqualTo(new QuantityCounts(2, 2, 2, 2, 2));
        assertThat(QuantityMatching.ONE_TO_ONE.match(gold, predicted)).isEqualTo(new QuantityCounts(2, 2, 2, 2, 2));
    }

    @Test
    void scoresAreRatiosOfTheCounts() {
        QuantityCounts c = new QuantityCounts(10, 8, 6, 4, 5);
        assertThat(c.precision(c.value())).isEqualTo(60.0);
        assertThat(c.recall(c.value())).isEqualTo(75.0);
        assertThat(c.f1(c.value())).isCloseTo(66.666, org.assertj.core.data.Offset.offset(0.01));
    }
}
