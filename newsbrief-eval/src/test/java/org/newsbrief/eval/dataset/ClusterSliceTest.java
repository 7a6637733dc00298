package org.newsbrief.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSliceTest {

    @Test
    void keepsAtMostLimitAfterSkip() {
        List<String> all = List.of("a", "b", "c", "d");
        assertThat(new ClusterSlice(1, 2).of(all, "items")).containsExactly("b", "c");
        assertThat(new ClusterSlice(3, 5).of(all, "items")).containsExactly("d");
        assertThat(ClusterSlice.ALL.of(all, "items")).isEqualTo(all);
    }

    @Test
    void readsOnlyAsFarAsTheSliceNeeds() {
        assertThat(new ClusterSlice(1000, 10).readAtMost()).isEqualTo(1010);
        assertThat(new ClusterSlice(1000, 0).readAtMost()).isZero();
    }
}
