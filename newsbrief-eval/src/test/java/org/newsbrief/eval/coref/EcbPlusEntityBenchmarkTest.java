package org.newsbrief.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EcbPlusEntityBenchmarkTest {

    @Test
    void droppingSingletonsLeavesMucAsItWasAndChangesTheOthers() {
        List<Set<String>> key = List.of(Set.of("a", "b", "c"), Set.of("d"), Set.of("e"));
        List<Set<String>> response = List.of(Set.of("a", "b"), Set.of("c"), Set.of("d", "e"));
        assertThat(EcbPlusEntityBenchmark.withoutSingletons(key)).containsExactly(Set.of("a", "b", "c"));
        CorefScores with = CorefMetrics.score(key, response);
        CorefScores without = CorefMetrics.score(EcbPlusEntityBenchmark.withoutSingletons(key),
                EcbPlusEntityBenchmark.withoutSingletons(response));
        assertThat(without.muc().recall()).isCloseTo(with.muc().recall(), within(1e-9));
        // without singletons "c" is gone from the response: B-cubed recall of the key chain is (2*2/3)/3
        assertThat(without.bcubed().recall()).isCloseTo(4.0 / 9, within(1e-9));
        assertThat(with.bcubed().recall()).isCloseTo((4.0 / 3 + 1.0 / 3 + 1 + 1) / 5, within(1e-9));
    }
}
