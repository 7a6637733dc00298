package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineReflowTest {

    @Test
    void rejoinsHardWrappedNewswire() {
        String text = "Cambodian leader Hun Sen on Friday rejected opposition parties' demands \n"
                + "for talks outside the country, accusing them of trying to internationalize \n"
                + "the political crisis. Government and opposition parties have asked \n"
                + "King Norodom Sihanouk to host a summit.\n"
                + "\tHun Sen, however, rejected that.\n";
        assertThat(LineReflow.paragraphs(text)).containsExactly(
                "Cambodian leader Hun Sen on Friday rejected opposition parties' demands for talks outside the country,"
                        + " accusing them of trying to internationalize the political crisis. Government and opposition"
                        + " parties have asked King Norodom Sihanouk to host a summit.",
                "Hun Sen, however, rejected that.");
    }

    @Test
    void keepsOneParagraphPerLineText() {
        String text = "Syrian forces advanced on Sunday.\nSyria gives safe passage to militants in Aleppo\n"
                + "In another development, the army released a statement.\nA ceasefire expired on September 19.";
        assertThat(LineReflow.paragraphs(text)).containsExactly("Syrian forces advanced on Sunday.",
                "Syria gives safe passage to militants in Aleppo", "In another development, the army released a statement.",
                "A ceasefire expired on September 19.");
    }

    @Test
    void blankLinesSeparateBlocks() {
        assertThat(LineReflow.paragraphs("One.\n\n\nTwo.\n")).containsExactly("One.", "Two.");
    }

    @Test
    void newswireQuotesBecomeStraightQuotes() {
        assertThat(new NewsTextCleaner().clean("``It is detrimental,'' he said on Friday in Phnom Penh."))
                .isEqualTo("\"It is detrimental,\" he said on Friday in Phnom Penh.");
    }
}
