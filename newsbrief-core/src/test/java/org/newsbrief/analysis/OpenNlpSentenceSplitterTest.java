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

    @Test
    void inLowerCasedTextASentenceMayOpenWithALowerCaseName() {
        String text = CasingTest.LOWER_CASED;
        assertThat(sentences(text)).containsExactly(
                "The city council of springfield voted on tuesday to close the old harbour bridge for repairs.",
                "mayor anna keller said the work would take until march.",
                "\" we have no other choice, \" she told the springfield gazette.",
                "the bridge carries about twelve thousand cars a day between the north bank and the market district,"
                        + " according to the transport office.");
    }

    @Test
    void aClosingQuoteStandingApartStaysWithItsSentence() {
        String text = CasingTest.LOWER_CASED + " the mayor called the old bridge \" a danger to everyone who crosses it. \""
                + " the council agreed with her and voted nine to two for the repairs.";
        List<String> sentences = sentences(text);
        assertThat(sentences).contains("the mayor called the old bridge \" a danger to everyone who crosses it. \"",
                "the council agreed with her and voted nine to two for the repairs.");
    }

    @Test
    void inEditedTextAClosingQuoteStandingApartStaysWithItsSentence() {
        assertThat(sentences("The mayor called the bridge \"a danger to everyone. \" The council agreed on Monday."))
                .containsExactly("The mayor called the bridge \"a danger to everyone. \"", "The council agreed on Monday.");
    }

    @Test
    void keepsPluralAndRankTitlesBeforeNames() {
        assertThat(sentences("The bill was written by Reps. Ann Holt and Carl Dyer of Ohio. It passed easily."))
                .containsExactly("The bill was written by Reps. Ann Holt and Carl Dyer of Ohio.", "It passed easily.");
        assertThat(sentences("In earlier sessions, Sens. Mara Voss and Tim Bell voted no. They lost."))
                .containsExactly("In earlier sessions, Sens. Mara Voss and Tim Bell voted no.", "They lost.");
        assertThat(sentences("The mass was said by Msgr. Paul Aran. The choir sang."))
                .containsExactly("The mass was said by Msgr. Paul Aran.", "The choir sang.");
        assertThat(sentences("The letter went to the base commander, Brig. Gen. Omar Tal. He did not reply."))
                .containsExactly("The letter went to the base commander, Brig. Gen. Omar Tal.", "He did not reply.");
    }

    @Test
    void noIsAnAbbreviationOnlyBeforeANumber() {
        assertThat(sentences("She is ranked No. 3 in the world. Her rival voted no. They met later."))
                .containsExactly("She is ranked No. 3 in the world.", "Her rival voted no.", "They met later.");
    }

    @Test
    void aStateAbbreviationEndingASentenceStillEndsIt() {
        assertThat(sentences("The plant is in Fresno, Calif. Workers walked out on Monday."))
                .containsExactly("The plant is in Fresno, Calif.", "Workers walked out on Monday.");
    }

    @Test
    void aParenthesisOfSeveralSentencesLeavesNoStrayBracket() {
        assertThat(sentences("The count ended late. (The recount took two days. Nobody objected.) The mayor was sworn in."))
                .containsExactly("The count ended late.", "The recount took two days.", "Nobody objected.",
                        "The mayor was sworn in.");
    }

    @Test
    void doesNotSplitInsideABracketOpenedMidSentence() {
        assertThat(sentences("Turnout was high (about 70 percent, officials said. Some polls closed late) and calm. Results come Monday."))
                .containsExactly("Turnout was high (about 70 percent, officials said. Some polls closed late) and calm.",
                        "Results come Monday.");
        assertThat(sentences("The two drones (each priced at about $2.4 million) were lost at sea. Divers found one."))
                .containsExactly("The two drones (each priced at about $2.4 million) were lost at sea.", "Divers found one.");
        assertThat(sentences("The vote (which the Rev. Ada Moss called \"a scandal.\") was held again. It failed."))
                .containsExactly("The vote (which the Rev. Ada Moss called \"a scandal.\") was held again.", "It failed.");
    }
}
