package org.newsbrief.eval.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void aSmallSteadyGainIsSeparatedFromZeroThoughTheSystemsOwnIntervalsOverlap() {
        double[] base = {0.20, 0.50, 0.35, 0.80, 0.10, 0.65, 0.40, 0.55};
        double[] better = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            better[i] = base[i] + (i % 2 == 0 ? 0.01 : 0.02);
        }
        PairedDifference d = PairedDifference.of(better, base, 95, 1000);
        assertThat(d.difference().mean()).isEqualTo(0.015, Offset.offset(1e-12));
        assertThat(d.difference().low()).isGreaterThan(0);
        assertThat(d.ahead()).isEqualTo(8);
        assertThat(d.behind()).isZero();
        MeanScore own = MeanScore.of(better, 95, 1000);
        assertThat(own.low()).isLessThan(MeanScore.of(base, 95, 1000).mean());
    }

    @Test
    void countsTiesOnNeitherSide() {
        PairedDifference d = PairedDifference.of(new double[] {0.3, 0.5, 0.1}, new double[] {0.3, 0.4, 0.2}, 95, 200);
        assertThat(d.ahead()).isEqualTo(1);
        assertThat(d.behind()).isEqualTo(1);
        assertThat(d.difference().mean()).isEqualTo(0, Offset.offset(1e-12));
    }

    @Test
    void refusesScoresOfDifferentClusters() {
        assertThatThrownBy(() -> PairedDifference.of(new double[] {0.1}, new double[] {0.1, 0.2}, 95, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 vs 2");
    }

    @Test
    void aDifferenceIsWrittenSignedWithItsInterval() {
        assertThat(new MeanScore(0.734, 0.09, 1.481).signed()).isEqualTo("+0.73 (+0.09 to +1.48)");
        assertThat(new MeanScore(-0.2, -1.3, 0.8).signed()).isEqualTo("-0.20 (-1.30 to +0.80)");
    }
}
