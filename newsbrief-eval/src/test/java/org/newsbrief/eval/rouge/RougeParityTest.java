package org.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every number the official ROUGE-1.5.5 script printed for 650 DUC 2004 cases under
 * four option sets (../shared/rouge/rouge155-duc2004-vectors.json).
 */
class RougeParityTest {

    static Path vectors() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("rouge/rouge155-duc2004-vectors.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    @Test
    void reproducesEveryScoreOfTheOfficialScript() throws Exception {
        Path file = vectors();
        assumeTrue(file != null, "../shared/rouge/rouge155-duc2004-vectors.json not found beside the checkout: parity not checked");
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, JsonNode> cases = new java.util.HashMap<>();
        root.get("cases").forEach(c -> cases.put(c.get("id").asText(), c));
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> configs = root.get("configs").fields(); configs.hasNext();) {
            Map.Entry<String, JsonNode> config = configs.next();
            RougeScorer scorer = new RougeScorer(RougeOptions.parse(config.getValue().get("flags").asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = config.getValue().get("scores").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> expected = it.next();
                JsonNode testCase = cases.get(expected.getKey());
                List<List<String>> models = new ArrayList<>();
                testCase.get("models").forEach(model -> models.add(strings(model)));
                Map<String, RougeScore> actual = scorer.score(strings(testCase.get("peer")), models);
                for (Iterator<Map.Entry<String, JsonNode>> metrics = expected.getValue().fields(); metrics.hasNext();) {
                    Map.Entry<String, JsonNode> metric = metrics.next();
                    RougeScore score = actual.get(metric.getKey());
                    double[] got = {score.recall(), score.precision(), score.f()};
                    for (int k = 0; k < 3; k++) {
                        compared++;
                        if (Math.abs(got[k] - metric.getValue().get(k).asDouble()) > 0.000005) {
                            mismatches.add(config.getKey() + " " + expected.getKey() + " " + metric.getKey() + " "
                                    + "RPF".charAt(k) + ": expected " + metric.getValue().get(k).asDouble() + ", got " + got[k]);
                        }
                    }
                }
            }
        }
        assertThat(compared).as("numbers compared").isEqualTo(650 * 3 * (4 + 2 + 4 + 4));
        assertThat(mismatches).as("mismatches (first 20 of " + mismatches.size() + ")")
                .isEqualTo(List.of());
    }
}
