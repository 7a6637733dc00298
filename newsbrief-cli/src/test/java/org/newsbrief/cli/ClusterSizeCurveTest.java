package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSizeCurveTest {

    @Test
    void poolsOfOneSizeAreDisjointConsecutiveAndCoverEveryCluster() {
        for (int size : ClusterSizeCurve.POOL_CLUSTERS) {
            List<int[]> pools = ClusterSizeCurve.pools(1000, size);

            assertThat(pools).hasSize(1000 / size);
            for (int i = 0; i < pools.size(); i++) {
                assertThat(pools.get(i)).containsExactly(i * size, (i + 1) * size);
            }
        }
    }

    @Test
    void aRemainderSmallerThanAPoolIsLeftOut() {
        assertThat(ClusterSizeCurve.pools(10, 4)).extracting(r -> r[1]).containsExactly(4, 8);
        assertThatThrownBy(() -> ClusterSizeCurve.pools(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
