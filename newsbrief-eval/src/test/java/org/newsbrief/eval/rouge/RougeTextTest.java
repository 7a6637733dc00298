package org.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The script's reading of summaries on paths that the 650 parity cases do not exercise (no
 * leading blanks, ASCII only, no ROUGE-L under a byte limit, no ROUGE-S without -u), each
 * worked out by hand from readText, readText_LCS and createSkipBigram of ROUGE-1.5.5.
 */
class RougeTextTest {

    private static List<String> lines(String... lines) {
        return RougeText.lines(List.of(lines));
    }

    @Test
    void leadingBlankCountsAsAWordUnderAWordLimit() {
        // split(/\s+/, " alpha beta gamma") has a leading empty field: 4 words, the first 2 are "" and "alpha"
        assertThat(RougeText.joined(lines(" alpha beta gamma"), RougeOptions.parse("-l 2"))).isEqualTo("alpha");
    }

    @Test
    void wordLimitStopsAtTheSentenceThatReachesIt() {
        assertThat(RougeText.joined(lines("one two", "three four", "five"), RougeOptions.parse("-l 3")))
                .isEqualTo("one two three");
        assertThat(RougeText.units(lines("one two", "three four", "five"), RougeOptions.parse("-l 3")))
                .containsExactly("one two", "three");
    }

    @Test
    void byteLimitCountsUtf8BytesWithoutSeparators() {
        // 9 bytes kept, then 12 - 9 = 3 bytes of the next line
        assertThat(RougeText.joined(lines("aaaa bbbb", "cccc dddd"), RougeOptions.parse("-b 12"))).isEqualTo("aaaa bbbb ccc");
        // "café" is 5 bytes in UTF-8: the first 4 are "caf" and half of the e-acute, which becomes a space
        assertThat(RougeText.joined(lines("café au lait"), RougeOptions.parse("-b 4"))).isEqualTo("caf");
    }

    @Test
    void byteLimitOfRougeLUnitsMeasuresEachLineAlone() {
        // readText_LCS never adds to its running length, so both 9-byte lines pass a 12-byte limit
        assertThat(RougeText.units(lines("aaaa bbbb", "cccc dddd"), RougeOptions.parse("-b 12")))
                .containsExactly("aaaa bbbb", "cccc dddd");
        assertThat(RougeText.units(lines("aaaa bbbb", "cccc dddd"), RougeOptions.parse("-b 8")))
                .containsExactly("aaaa bbb");
    }

    @Test
    void hyphensSplitWordsAndNonAsciiBecomesSpace() {
        assertThat(RougeText.clean(lines("Three-month ÉLAN, 5%").get(0))).isEqualTo("three - month lan 5");
        assertThat(RougeText.tokens("three - month lan 5", RougeOptions.parse(""))).containsExactly("three", "month", "lan", "5");
    }

    @Test
    void skipBigramsWithoutGapLimitPairEveryLaterToken() {
        List<String> tokens = List.of("a", "b", "c", "d", "e");
        assertThat(GramCounts.skipBigrams(tokens, -1, false).total).isEqualTo(10);
        assertThat(GramCounts.skipBigrams(tokens, 0, false).total).isEqualTo(4);
        assertThat(GramCounts.skipBigrams(tokens, 1, true).total).isEqualTo(4 + 4 + 3);
    }

    @Test
    void namesSkipMetricsAsTheScriptPrintsThem() {
        assertThat(new RougeScorer(RougeOptions.parse("-2 -1 -x")).metricNames()).containsExactly("ROUGE-S*");
        assertThat(new RougeScorer(RougeOptions.parse("-2 4 -u -x")).metricNames()).containsExactly("ROUGE-SU4");
        assertThat(new RougeScorer(RougeOptions.parse("-n 2")).metricNames()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L");
    }

    @Test
    void emptyPeerScoresZeroWithoutFailing() {
        Map<String, RougeScore> scores = new RougeScorer(RougeOptions.parse("-n 2 -2 4 -u"))
                .score(List.of(), List.of(List.of("the cat sat")));
        assertThat(scores.values()).allSatisfy(score -> assertThat(score).isEqualTo(new RougeScore(0, 0, 0)));
    }
}
