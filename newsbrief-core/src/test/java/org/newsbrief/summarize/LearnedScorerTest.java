package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LearnedScorerTest {

    private static double[] parse(String text) throws Exception {
        return LearnedScorer.parse(new BufferedReader(new StringReader(text)));
    }

    private static String model(String extra) {
        StringBuilder out = new StringBuilder("# comment\n");
        for (String name : SentenceFeatures.NAMES) {
            out.append(name).append('\t').append(name.equals("position") ? "2.5" : "0").append('\n');
        }
        return out.append(extra).toString();
    }

    @Test
    void theBundledModelLoadsWithAWeightForEveryFeature() {
        double[] weights = LearnedScorer.bundledWeights();
        assertThat(weights).hasSize(SentenceFeatures.NAMES.size() + 1);
        assertThat(Arrays.stream(weights).anyMatch(w -> w != 0)).isTrue();
    }

    @Test
    void parsesNamedWeightsInFeatureOrderThenTheBias() throws Exception {
        double[] weights = parse(model("bias\t-1.5\n"));
        assertThat(weights[SentenceFeatures.NAMES.indexOf("position")]).isEqualTo(2.5);
        assertThat(weights[weights.length - 1]).isEqualTo(-1.5);
    }

    @Test
    void refusesAModelThatMissesOrAddsAFeature() {
        assertThatThrownBy(() -> parse(model(""))).hasMessageContaining("bias");
        assertThatThrownBy(() -> parse(model("bias\t0\ncapitals\t1\n"))).hasMessageContaining("capitals");
        assertThatThrownBy(() -> parse(model("bias\t0\nbias\t1\n"))).hasMessageContaining("line");
    }

    @Test
    void scoresFollowTheWeightedFeatures() throws Exception {
        // a model that only rewards early position prefers each article's first sentence
        SentencePool pool = TestPools.of("Rebels seized the airport on Monday after a week of fighting. The army withdrew"
                + " its last tanks from the runway overnight.");
        double[] scores = new LearnedScorer(parse(model("bias\t0\n"))).score(pool);
        assertThat(scores[0]).isGreaterThan(scores[1]);
        assertThat(Arrays.stream(scores).allMatch(s -> s > 0 && s < 1)).isTrue();
    }

    @Test
    void theLearnedSummarizerTakesItsRedundancyCutAsAnOption() {
        assertThat(Summarizers.create("learned:cosine=0.5")).isNotNull();
        assertThatThrownBy(() -> Summarizers.create("learned:salience=1")).hasMessageContaining("cosine");
    }
}
