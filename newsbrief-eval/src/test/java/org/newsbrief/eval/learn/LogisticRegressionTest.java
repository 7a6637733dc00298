package org.newsbrief.eval.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void softLabelsGiveTheirMeanAsTheProbability() {
        // one constant feature: the fitted probability is the labels' mean (0.25), up to the small L2 penalty
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            x.add(new double[] {0});
            y.add(i % 2 == 0 ? 0.5 : 0.0);
        }
        double[] weights = LogisticRegression.fitSoft(x, y);
        assertThat(LogisticRegression.probability(weights, new double[] {0})).isBetween(0.249, 0.251);
    }

    @Test
    void hardLabelsAreSoftLabelsOfZeroAndOne() {
        List<double[]> x = List.of(new double[] {1}, new double[] {0.8}, new double[] {0}, new double[] {0.1});
        double[] hard = LogisticRegression.fit(x, List.of(true, true, false, false));
        double[] soft = LogisticRegression.fitSoft(x, List.of(1.0, 1.0, 0.0, 0.0));
        assertThat(hard).containsExactly(soft);
        assertThat(hard[0]).isPositive();
    }
}
