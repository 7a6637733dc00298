package org.newsbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasingTest {

    /** Tokenised, lower-cased news as research corpora ship it: only sentence openings keep a capital. */
    static final String LOWER_CASED = "The city council of springfield voted on tuesday to close the old harbour bridge "
            + "for repairs. mayor anna keller said the work would take until march. \" we have no other choice, \" "
            + "she told the springfield gazette. the bridge carries about twelve thousand cars a day between the "
            + "north bank and the market district, according to the transport office.";

    @Test
    void lowerCasedNewsIsRecognised() {
        assertThat(Casing.isLowerCased(LOWER_CASED)).isTrue();
    }

    @Test
    void editedNewsWithItsNamesIsNotLowerCased() {
        assertThat(Casing.isLowerCased(LOWER_CASED.replace("springfield", "Springfield").replace("anna keller", "Anna Keller")
                .replace("tuesday", "Tuesday").replace("march", "March"))).isFalse();
    }

    @Test
    void capitalsAfterSentenceEndsAndAbbreviationsDoNotCount() {
        // "u.s. Senate" and "mr. Brown": capitals restored after a full stop are not evidence of casing
        String text = LOWER_CASED + " the u.s. Senate will debate the plan, and mr. Brown will speak for the council "
                + "when the members meet again next week in the old town hall.";
        assertThat(Casing.isLowerCased(text)).isTrue();
    }

    @Test
    void aFewWordsSayNothing() {
        assertThat(Casing.isLowerCased("the bridge is closed. the mayor said so.")).isFalse();
        assertThat(Casing.isLowerCased("")).isFalse();
    }
}
