package org.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRankerTest {

    @Test
    void solvesALinearSystem() {
        assertThat(DateRanker.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5}))
                .containsExactly(new double[] {1, 2}, within(1e-12));
    }

    @Test
    void learnsThatTheInformativeFeatureRanksReferenceDatesFirst() {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean reference = i % 4 == 0;
            double noise = (i * 37 % 11) / 10.0;
            x.add(new double[] {reference ? 0.6 + 0.04 * noise : 0.2 + 0.04 * noise, noise});
            y.add(reference);
        }
        DateRanker ranker = DateRanker.fit(x, y);
        assertThat(ranker.weights()[0]).isPositive();
        assertThat(ranker.score(new double[] {0.7, 0.5})).isGreaterThan(ranker.score(new double[] {0.2, 0.5}));
    }

    @Test
    void exampleWeightsShiftTheFit() {
        List<double[]> x = List.of(new double[] {1}, new double[] {1}, new double[] {0});
        List<Boolean> y = List.of(true, false, false);
        double even = DateRanker.fit(x, y, List.of(1.0, 1.0, 1.0)).score(new double[] {1});
        double favoured = DateRanker.fit(x, y, List.of(3.0, 1.0, 1.0)).score(new double[] {1});
        assertThat(favoured).isGreaterThan(even);
    }
}
