package org.newsbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Span;

class OpenNlpSentenceSplitterTest {

    private final OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void keepsAbbreviationsInsideSentence() {
        assertThat(sentences("Mr. Lavrov met Gen. Smith in the U.S. capital on Friday. Talks failed."))
                .containsExactly("Mr. Lavrov met Gen. Smith in the U.S. capital on Friday.", "Talks failed.");
    }

    @Test
    void keepsInitialsInsideSentence() {
        assertThat(sentences("The report by J. R. Smith was published. It was long."))
                .containsExactly("The report by J. R. Smith was published.", "It was long.");
    }

    @Test
    void splitsAfterClosingQuotes() {
        assertThat(sentences("\"It is the first exodus,\" he said. \"We are afraid.\" The army advanced."))
                .containsExactly("\"It is the first exodus,\" he said.", "\"We are afraid.\"", "The army advanced.");
    }

    @Test
    void joinsLowerCaseContinuation() {
        assertThat(sentences("They condemned the \"criminal campaign. targeting the districts\" of Aleppo. Next one."))
                .containsExactly("They condemned the \"criminal campaign. targeting the districts\" of Aleppo.", "Next one.");
    }

    @Test
    void cutsTextWithoutAnyFullStopIntoBoundedPieces() {
        String text = "word ".repeat(200_000);
        List<Span> spans = splitter.split(text);
        assertThat(spans).hasSizeGreaterThan(100);
        assertThat(spans).allMatch(span -> span.length() <= OpenNlpSentenceSplitter.MAX_SENTENCE_CHARS);
    }

    @Test
    void spansAreTrimmed() {
        String text = "  First one.   Second one.  ";
        assertThat(splitter.split(text)).allMatch(span -> !Character.isWhitespace(text.charAt(span.start()))
                && !Character.isWhitespace(text.charAt(span.end() - 1)));
    }
}
