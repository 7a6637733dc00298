package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeBlocksTest {

    private static final long U = AverageLinkageClusterer.UNDATED;

    @Test
    void pairsSameAndAdjacentBlocksAndUndatedWithAll() {
        List<String> pairs = new ArrayList<>();
        TimeBlocks.pairs(new int[] {7, 2, 5, 9, 4}, new long[] {0, U, 0, 1, 3}, (a, b) -> pairs.add(a + "-" + b));
        assertThat(pairs).containsExactlyInAnyOrder("2-4", "2-5", "2-7", "2-9", "5-7", "5-9", "7-9");
    }

    @Test
    void articlesTooFarApartToBeSimilarAreNeverPaired() {
        // threshold 0.05, window 14 days: edges need a similarity of 0.025, so 560 days is the horizon
        AverageLinkageClusterer clusterer = new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS.with(0.05, 0.75));
        Signature first = new Signature(new int[] {1}, new double[] {1}, java.time.LocalDate.of(2016, 1, 1));
        // blocks two apart are at least 562 days apart, where even identical articles are no edge
        Signature late = new Signature(new int[] {1}, new double[] {1}, java.time.LocalDate.of(2016, 1, 1).plusDays(562));
        assertThat(clusterer.edge(0, first, 1, late)).isNull();
        Signature later = new Signature(new int[] {1}, new double[] {1}, java.time.LocalDate.of(2016, 1, 1).plusDays(1200));
        assertThat(AverageLinkageClusterer.meet(clusterer.timeBlock(first), clusterer.timeBlock(later))).isFalse();
        Signature near = new Signature(new int[] {1}, new double[] {1}, java.time.LocalDate.of(2016, 1, 1).plusDays(560));
        assertThat(AverageLinkageClusterer.meet(clusterer.timeBlock(first), clusterer.timeBlock(near))).isTrue();
    }
}
