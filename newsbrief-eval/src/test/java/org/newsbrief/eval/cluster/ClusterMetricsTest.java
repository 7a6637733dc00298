package org.newsbrief.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {

    @Test
    void perfectClusteringScoresOne() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        ClusterMetrics m = ClusterMetrics.of(ClusterMetrics.labels(List.of(List.of("a", "b"), List.of("c"))), gold);
        assertThat(m.bcubedF1()).isEqualTo(1.0);
        assertThat(m.pairF1()).isEqualTo(1.0);
        assertThat(m.predictedClusters()).isEqualTo(2);
    }

    @Test
    void workedExampleOfAFalseMerge() {
        // gold {a,b} {c}; predicted one cluster {a,b,c}
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        ClusterMetrics m = ClusterMetrics.of(ClusterMetrics.labels(List.of(List.of("a", "b", "c"))), gold);
        // B3 precision: a 2/3, b 2/3, c 1/3 -> 5/9; recall 1 for all
        assertThat(m.bcubedPrecision()).isCloseTo(5.0 / 9, offset(1e-12));
        assertThat(m.bcubedRecall()).isEqualTo(1.0);
        // pairs: predicted 3, true 1, gold 1
        assertThat(m.pairPrecision()).isCloseTo(1.0 / 3, offset(1e-12));
        assertThat(m.pairRecall()).isEqualTo(1.0);
    }

    @Test
    void workedExampleOfASplit() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "x");
        ClusterMetrics m = ClusterMetrics.of(ClusterMetrics.labels(List.of(List.of("a", "b"), List.of("c", "d"))), gold);
        assertThat(m.bcubedPrecision()).isEqualTo(1.0);
        assertThat(m.bcubedRecall()).isEqualTo(0.5);
        assertThat(m.pairRecall()).isCloseTo(2.0 / 6, offset(1e-12));
    }
}
