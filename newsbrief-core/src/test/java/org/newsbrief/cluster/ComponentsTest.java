package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    @Test
    void eachNodeGetsTheSmallestNodeOfItsComponentWhateverTheEdgeOrder() {
        List<int[]> edges = List.of(new int[] {5, 3}, new int[] {3, 1}, new int[] {4, 6}, new int[] {6, 2});
        assertThat(Components.of(8, edges)).containsExactly(0, 1, 2, 1, 2, 1, 2, 7);
        assertThat(Components.of(8, List.of(edges.get(3), edges.get(2), edges.get(1), edges.get(0)))).containsExactly(0, 1, 2, 1, 2, 1, 2, 7);
        assertThat(Components.of(0, List.of())).isEmpty();
    }
}
