package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourhoodFloorTest {

    @Test
    void floorIsTheSimilarityOfTheRankthNeighbourOrZero() {
        List<Edge> edges = List.of(new Edge(0, 1, 0.5), new Edge(0, 2, 0.3), new Edge(0, 3, 0.1), new Edge(1, 2, 0.2));
        double[] floor = NeighbourhoodFloor.floors(4, edges, 2);
        assertThat(floor[0]).isEqualTo(0.3);
        assertThat(floor[1]).isEqualTo(0.2);
        assertThat(floor[2]).isEqualTo(0.2);
        assertThat(floor[3]).isZero();
    }

    @Test
    void edgesInACrowdedNeighbourhoodLoseMoreAndVanishAtZero() {
        // article 0 has three close neighbours (a crowd of similar stories); 3 and 4 only each other
        List<Edge> edges = List.of(new Edge(0, 1, 0.30), new Edge(0, 2, 0.28), new Edge(0, 3, 0.26), new Edge(3, 4, 0.30));
        List<Edge> discounted = NeighbourhoodFloor.discount(5, edges, 2, 1.0);
        // floors: 0 -> 0.28, 1 and 2 -> 0 (one neighbour), 3 -> 0.26, 4 -> 0
        assertThat(discounted).extracting(Edge::a, Edge::b).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(0, 2),
                org.assertj.core.groups.Tuple.tuple(3, 4));
        assertThat(discounted.get(0).similarity()).isCloseTo(0.30 - 0.14, within(1e-9));
        assertThat(discounted.get(2).similarity()).isCloseTo(0.30 - 0.13, within(1e-9));
    }

    @Test
    void aCrowdOfSimilarStoriesStaysApartWithTheFloorAndMergesWithout() {
        // six stories of two articles on one subject: mates at 0.30, every other pair at 0.08
        List<Edge> edges = new java.util.ArrayList<>();
        for (int a = 0; a < 12; a++) {
            for (int b = a + 1; b < 12; b++) {
                edges.add(new Edge(a, b, a / 2 == b / 2 ? 0.30 : 0.08));
            }
        }
        var defaults = AverageLinkageClusterer.Options.DEFAULTS;
        assertThat(new AverageLinkageClusterer(defaults.with(0.03, 0)).mergeBlock(edges)).hasSize(1);
        assertThat(new AverageLinkageClusterer(defaults.with(0.03, 0.75)).mergeBlock(edges)).containsExactly(
                List.of(0, 1), List.of(2, 3), List.of(4, 5), List.of(6, 7), List.of(8, 9), List.of(10, 11));
    }

    @Test
    void weightZeroLeavesTheEdgesAlone() {
        List<Edge> edges = List.of(new Edge(0, 1, 0.3), new Edge(1, 2, 0.2));
        assertThat(NeighbourhoodFloor.discount(3, edges, 1, 0)).isSameAs(edges);
    }

    @Test
    void theSameStoriesWhateverOrderTheBlockArrivesIn() {
        // the distributed runner hands a block's edges in any order
        AverageLinkageClusterer clusterer = new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS);
        List<Edge> edges = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int a = 0; a < 30; a++) {
            for (int b = a + 1; b < 30; b++) {
                if (random.nextDouble() < 0.3) {
                    edges.add(new Edge(a, b, (a / 10 == b / 10 ? 0.3 : 0.02) + random.nextDouble() * 0.1));
                }
            }
        }
        List<List<Integer>> first = clusterer.mergeBlock(edges);
        java.util.Collections.shuffle(edges, random);
        assertThat(clusterer.mergeBlock(edges)).isEqualTo(first);
        assertThat(first).hasSizeGreaterThanOrEqualTo(3);
    }
}
