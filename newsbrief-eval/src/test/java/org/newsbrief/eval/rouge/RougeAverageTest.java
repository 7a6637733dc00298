package org.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RougeAverageTest {

    @Test
    void resamplesInIdOrderWithPerlSeededDraws() {
        // srand(0) draws 0.1708, 0.7499, 0.0964 -> indexes 0, 2, 0: mean (0.1 + 0.4 + 0.1) / 3 = 0.2
        // srand(1) draws 0.0416, 0.4545, 0.8348 -> indexes 0, 1, 2: mean 0.7 / 3
        Map<String, RougeScore> scores = new LinkedHashMap<>();
        scores.put("c", score(0.4));
        scores.put("a", score(0.1));
        scores.put("b", score(0.2));
        RougeAverage average = RougeAverage.of(scores, 95, 2);
        assertThat(average.scriptAverage().recall()).isEqualTo(0.21667);
        assertThat(average.mean().recall()).isCloseTo(0.7 / 3, within(1e-12));
        assertThat(average.count()).isEqualTo(3);
    }

    @Test
    void equalScoresGiveThatScoreEverywhere() {
        Map<String, RougeScore> scores = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            scores.put("d" + i, new RougeScore(0.3, 0.25, 0.27273));
        }
        RougeAverage average = RougeAverage.of(scores, 95, 1000);
        for (RougeScore score : new RougeScore[] {average.scriptAverage(), average.low(), average.high()}) {
            assertThat(score).isEqualTo(new RougeScore(0.3, 0.25, 0.27273));
        }
    }

    @Test
    void intervalWidensWithConfidence() {
        Map<String, RougeScore> scores = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            scores.put("d" + i, score(i % 7 / 10.0));
        }
        RougeAverage narrow = RougeAverage.of(scores, 50, 1000);
        RougeAverage wide = RougeAverage.of(scores, 99, 1000);
        assertThat(wide.low().recall()).isLessThan(narrow.low().recall());
        assertThat(wide.high().recall()).isGreaterThan(narrow.high().recall());
        assertThat(narrow.low().recall()).isLessThan(narrow.high().recall());
    }

    @Test
    void rejectsNoResamples() {
        assertThatThrownBy(() -> RougeAverage.of(Map.of(), 95, 0)).hasMessageContaining("resamples");
    }

    /** rouge/README.md: ICSISumm on DUC 2004, plain mean 0.38422, the script's Average_R 0.38442. */
    @Test
    void reproducesTheScriptsAverageOfIcsiSummOnDuc2004() throws Exception {
        Path file = RougeParityTest.vectors();
        assumeTrue(file != null, "../shared/rouge/rouge155-duc2004-vectors.json not found beside the checkout: not checked");
        JsonNode scores = new ObjectMapper().readTree(file.toFile()).get("configs").get("hong100w").get("scores");
        Map<String, RougeScore> icsi = new HashMap<>();
        scores.fields().forEachRemaining(entry -> {
            if (entry.getKey().endsWith(".ICSISumm")) {
                JsonNode r1 = entry.getValue().get("ROUGE-1");
                icsi.put(entry.getKey(), new RougeScore(r1.get(0).asDouble(), r1.get(1).asDouble(), r1.get(2).asDouble()));
            }
        });
        RougeAverage average = RougeAverage.of(icsi, 95, 1000);
        assertThat(average.count()).isEqualTo(50);
        assertThat(Rounding.five(average.mean().recall())).isEqualTo(0.38422);
        assertThat(average.scriptAverage().recall()).isEqualTo(0.38442);
    }

    private static RougeScore score(double recall) {
        return new RougeScore(recall, recall, recall);
    }
}
