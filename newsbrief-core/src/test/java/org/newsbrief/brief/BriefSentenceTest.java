package org.newsbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.SentenceRef;
import org.newsbrief.model.Span;

class BriefSentenceTest {

    private static BriefSentence sentence(String text) {
        SentenceRef own = new SentenceRef("a.txt", 0, new Span(0, text.length()));
        return new BriefSentence(text, "a.txt", 0, own.span(), List.of(new Citation(1, own)), 1);
    }

    @Test
    void aSentenceThatLostItsFullStopAtTheEndOfAParagraphIsShownWithOne() {
        BriefSentence cut = sentence("The council said the army now holds \"most of the north\" of the town");
        assertThat(cut.displayText()).isEqualTo(cut.text() + ".");
        assertThat(cut.text()).endsWith("town");
        assertThat(sentence("The river rose by 2 metres on the 14th (locals say by 3)").displayText())
                .endsWith("by 3).");
    }

    @Test
    void aSentenceThatEndsInPunctuationIsShownAsWritten() {
        for (String text : List.of("Crowds fled the town.", "\"Why now?\" she asked!", "He said \"we will stay.\"",
                "The list reads:", "The talks went on\u2026", "Crowds fled \u2014")) {
            assertThat(sentence(text).displayText()).isEqualTo(text);
        }
    }
}
