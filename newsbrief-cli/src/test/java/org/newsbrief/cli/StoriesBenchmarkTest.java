package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.cluster.StorySeparation;

class StoriesBenchmarkTest {

    private static final StorySeparation SEPARATION = new StorySeparation(0.35, 3, false);
    private static final Map<String, String> ONE_GOLD = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x", "f", "x");

    /** A clustering of a, b, c | d, e, f whose second story is {@code between} close to the first (inner 0.4). */
    private static StoriesBenchmark.Run run(Map<String, String> gold, double between) {
        StorySeparation.Closeness closeness = new StorySeparation.Closeness(new StorySeparation.Part(3, 0.4, Double.NaN),
                List.of(new StorySeparation.Part(3, 0.4, between)));
        return new StoriesBenchmark.Run("r", 6, List.of("a", "b", "c", "d", "e", "f"), gold,
                List.of(List.of("a", "b", "c"), List.of("d", "e", "f")), closeness, 0, 0);
    }

    @Test
    void aSplitOneStoryIsKeptWholeAndScoredSo() {
        var inputs = new StoriesBenchmark.Inputs("one", true, List.of(run(ONE_GOLD, 0.2)));

        var before = StoriesBenchmark.Score.of(inputs, null);
        var after = StoriesBenchmark.Score.of(inputs, SEPARATION);

        assertThat(before.oneStory()).isZero();
        assertThat(before.bcubedF1()).isCloseTo(2 * 0.5 / 1.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(after.oneStory()).isEqualTo(1);
        assertThat(after.bcubedF1()).isEqualTo(1.0);
    }

    @Test
    void twoStoriesApartStaySplitAndTheObjectiveMeansBothShares() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y", "f", "y");
        var mixed = new StoriesBenchmark.Inputs("mixed", false, List.of(run(gold, 0.05)));
        var one = new StoriesBenchmark.Inputs("one", true, List.of(run(ONE_GOLD, 0.2)));

        assertThat(StoriesBenchmark.Score.of(mixed, SEPARATION).keptWhole()).isZero();
        assertThat(StoriesBenchmark.Score.of(mixed, SEPARATION).bcubedF1()).isEqualTo(1.0);
        assertThat(StoriesBenchmark.objective(List.of(one, mixed), SEPARATION)).isEqualTo(1.0);
        assertThat(StoriesBenchmark.objective(List.of(one, mixed), null)).isEqualTo(0.5);
    }

    @Test
    void theObjectiveWeighsEachCollectionTheSame() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y", "f", "y");
        var small = List.of(new StoriesBenchmark.Inputs("a one", "a", true, List.of(run(ONE_GOLD, 0.2))),
                new StoriesBenchmark.Inputs("a mixed", "a", false, List.of(run(gold, 0.05))));
        // collection b: three one-story inputs that stay split (share 0), one mixed input split right
        var large = List.of(new StoriesBenchmark.Inputs("b one", "b", true,
                List.of(run(ONE_GOLD, 0.05), run(ONE_GOLD, 0.05), run(ONE_GOLD, 0.05))),
                new StoriesBenchmark.Inputs("b mixed", "b", false, List.of(run(gold, 0.05))));
        var both = new java.util.ArrayList<>(small);
        both.addAll(large);

        // (1 + 1 + 0 + 1) / 4, not the pooled share 1 of 4
        assertThat(StoriesBenchmark.objective(both, SEPARATION)).isEqualTo(0.75);
    }
}
