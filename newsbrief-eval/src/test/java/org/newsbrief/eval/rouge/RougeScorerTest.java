package org.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RougeScorerTest {

    private static Map<String, RougeScore> score(String flags, List<String> peer, List<String>... models) {
        return new RougeScorer(RougeOptions.parse(flags)).score(peer, List.of(models));
    }

    @Test
    void countsClippedUnigramAndBigramMatches() {
        Map<String, RougeScore> scores = score("-n 2", List.of("the cat sat on the mat"), List.of("the cat is on the mat"));
        // unigrams: the x2, cat, on, mat match out of 6 on both sides
        assertThat(scores.get("ROUGE-1")).isEqualTo(new RougeScore(0.83333, 0.83333, 0.83333));
        // bigrams: "the cat", "on the", "the mat" out of 5
        assertThat(scores.get("ROUGE-2")).isEqualTo(new RougeScore(0.6, 0.6, 0.6));
        // LCS: the cat on the mat
        assertThat(scores.get("ROUGE-L")).isEqualTo(new RougeScore(0.83333, 0.83333, 0.83333));
    }

    @Test
    void averagesModelsOrTakesTheBest() {
        List<String> peer = List.of("police killed the gunman");
        List<String> close = List.of("police killed the gunman");
        List<String> far = List.of("the gunman was shot by police officers");
        assertThat(score("-n 1 -x -f A", peer, close, far).get("ROUGE-1").recall())
                .isEqualTo(Math.round((4 + 3) / 11.0 * 100000) / 100000.0);
        assertThat(score("-n 1 -x -f B", peer, close, far).get("ROUGE-1").recall()).isEqualTo(1.0);
    }

    @Test
    void wordLimitCountsWordsBeforePunctuationIsRemoved() {
        // "--" counts as a word, so only "hello, --" survive a limit of 2 and "--" is then no token;
        // the model is cut to its first two words too
        Map<String, RougeScore> scores = score("-n 1 -l 2 -x", List.of("Hello, -- wait, world."), List.of("hello wait world"));
        assertThat(scores.get("ROUGE-1").recall()).isEqualTo(0.5);
        assertThat(scores.get("ROUGE-1").precision()).isEqualTo(1.0);
    }

    @Test
    void skipBigramsLeaveTheLastUnigramOutAsTheScriptDoes() {
        // tokens a b c: unigrams a, b; skip-bigrams ab, ac, bc: 5 grams
        Map<String, RougeScore> scores = score("-2 4 -u -x", List.of("alpha beta gamma"), List.of("alpha beta gamma"));
        assertThat(scores).containsKey("ROUGE-SU4");
        assertThat(scores.get("ROUGE-SU4").recall()).isEqualTo(1.0);
        Map<String, RougeScore> partial = score("-2 4 -u -x", List.of("alpha gamma"), List.of("alpha beta gamma"));
        // peer grams: alpha, "alpha gamma" (2 hits of the model's 5)
        assertThat(partial.get("ROUGE-SU4").recall()).isEqualTo(0.4);
    }

    @Test
    void stemsWithExceptionsThenPorterOnLongTokensOnly() {
        // "mice" -> "mouse" by the exception list, "running"/"run" by Porter; "the" too short to stem
        assertThat(score("-n 1 -m -x", List.of("The mice were running"), List.of("the mice run fast")).get("ROUGE-1")
                .recall()).isEqualTo(0.75);
        assertThat(RougePorterStemmer.stem("caresses")).isEqualTo("caress");
        assertThat(RougePorterStemmer.stem("ponies")).isEqualTo("poni");
        assertThat(RougePorterStemmer.stem("relational")).isEqualTo("relat");
        assertThat(RougePorterStemmer.stem("hopping")).isEqualTo("hop");
        // the script's change to step 4: "-ement", then "-ment", then "-ent" are tried in turn
        assertThat(RougePorterStemmer.stem("agreement")).isEqualTo("agreem");
    }

    @Test
    void fMeasureUsesRoundedRecallAndPrecision() {
        assertThat(Rounding.score(1, 3, 7, 0.5)).isEqualTo(new RougeScore(0.33333, 0.14286, Rounding.five(
                0.33333 * 0.14286 / (0.5 * 0.14286 + 0.5 * 0.33333))));
    }

    @Test
    void parsesOfficialFlagsAndRejectsUnknownOnes() {
        RougeOptions options = RougeOptions.parse("-n 4 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 -t 0");
        assertThat(options.maxN()).isEqualTo(4);
        assertThat(options.stem()).isTrue();
        assertThat(options.wordLimit()).isEqualTo(100);
        assertThat(options.lcs()).isFalse();
        assertThat(RougeOptions.parse(options.flags())).isEqualTo(options);
        assertThatThrownBy(() -> RougeOptions.parse("-w 1.2")).hasMessageContaining("unsupported ROUGE flag -w");
        assertThatThrownBy(() -> RougeOptions.parse("-l 100 -b 665")).hasMessageContaining("not both");
    }
}
