package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermCountsTest {

    @Test
    void capitalisedWordsInsideASentenceAreNames() {
        // "Actress Lindsay Lohan checked into Betty Ford ..." (ECB+ topic 1): the names tell the two rehab stories apart
        assertThat(TermCounts.isName("Lohan", "Lindsay")).isTrue();
        assertThat(TermCounts.isName("McCain", "Senator")).isTrue();
    }

    @Test
    void acronymsShortWordsAndClauseOpeningsAreNot() {
        assertThat(TermCounts.isName("US", "the")).isFalse();
        assertThat(TermCounts.isName("I", "said")).isFalse();
        assertThat(TermCounts.isName("checked", "Lohan")).isFalse();
        // after a colon or an opening quote any word is capitalised: "He said: "We will rebuild""
        assertThat(TermCounts.isName("We", "\"")).isFalse();
        assertThat(TermCounts.isName("Rebuilding", ":")).isFalse();
    }
}
