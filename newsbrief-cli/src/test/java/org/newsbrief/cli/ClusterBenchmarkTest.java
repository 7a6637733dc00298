package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.RegroupingClusterer;
import org.newsbrief.cluster.StorySeparation;

class ClusterBenchmarkTest {

    @Test
    void everyRegroupingColumnIsADistinctCellAndOffIsTheClustererAsItIs() {
        List<String> columns = ClusterBenchmark.regroupColumns();
        int expected = 1 + 2 * ClusterBenchmark.REGROUP_OVERLAPS.length * ClusterBenchmark.REGROUP_SIZES.length;
        assertThat(columns).hasSize(expected).startsWith("off");

        Set<ClusterBenchmark.Regrouped> cells = new HashSet<>();
        for (double ratio : ClusterBenchmark.REGROUP_RATIOS) {
            for (int column = 0; column < columns.size(); column++) {
                cells.add(ClusterBenchmark.regroupCell(ratio, column));
            }
        }
        // "off" is one cell in every row, each other cell its own
        assertThat(cells).hasSize(1 + ClusterBenchmark.REGROUP_RATIOS.length * (expected - 1));
        assertThat(ClusterBenchmark.regroupCell(0.3, 0).clusterer(AverageLinkageClusterer.Options.DEFAULTS))
                .isInstanceOf(AverageLinkageClusterer.class);
    }

    @Test
    void aColumnSaysItsNameNeedOverlapAndSize() {
        List<String> columns = ClusterBenchmark.regroupColumns();
        for (int column = 1; column < columns.size(); column++) {
            ClusterBenchmark.Regrouped cell = ClusterBenchmark.regroupCell(0.4, column);
            StorySeparation tests = cell.regrouping().tests();
            String label = String.format(java.util.Locale.ROOT, "%s %.1f, %d", cell.needNames() ? "names" : "any",
                    tests.nameOverlap(), tests.minSize());
            assertThat(columns.get(column)).isEqualTo(label);
            assertThat(tests.ratio()).isEqualTo(0.4);
            assertThat(cell.clusterer(AverageLinkageClusterer.Options.DEFAULTS)).isInstanceOf(RegroupingClusterer.class);
        }
    }

    @Test
    void everyMarginColumnIsADistinctCellSaidByItsSizeAndRatioAndOffIsNoMargin() {
        List<String> columns = ClusterBenchmark.marginColumns();
        assertThat(columns).hasSize(1 + ClusterBenchmark.MARGIN_SIZES.length * ClusterBenchmark.MARGIN_RATIOS.length)
                .startsWith("off");
        Set<AverageLinkageClusterer.Margin> cells = new HashSet<>();
        for (double threshold : ClusterBenchmark.MARGIN_THRESHOLDS) {
            assertThat(ClusterBenchmark.marginCell(threshold, 0)).isEqualTo(AverageLinkageClusterer.Margin.OFF);
            for (int column = 1; column < columns.size(); column++) {
                AverageLinkageClusterer.Margin cell = ClusterBenchmark.marginCell(threshold, column);
                assertThat(columns.get(column)).isEqualTo(String.format(java.util.Locale.ROOT, "%d, %.1f", cell.size(), cell.ratio()));
                assertThat(cell.threshold()).isEqualTo(threshold);
                cells.add(cell);
            }
        }
        assertThat(cells).hasSize(ClusterBenchmark.MARGIN_THRESHOLDS.length * (columns.size() - 1));
    }
}
