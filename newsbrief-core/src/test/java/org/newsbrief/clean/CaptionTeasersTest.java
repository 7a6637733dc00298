package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionTeasersTest {

    /** A caption cut short as the pages cut it: about 205 characters up to the ellipsis. */
    private static String caption(String opening) {
        String text = opening + " The ferry line said on monday that its crews would inspect every boat of the fleet before"
                + " the summer season and that the pier would stay closed to passengers and their cars until the work was done"
                + " and the harbour master had signed the papers";
        return text.substring(0, 205) + "... ( associated press ) ";
    }

    @Test
    void cutsTheCaptionsCutShortBeforeTheArticle() {
        assertThat(CaptionTeasers.cut(caption("File - in this may 4, 2015 file photo, a ferry leaves the pier.")
                + caption("Crews inspect the ferry on the deck, may 5.") + "portsmouth ( ap ) — the ferry line will close."))
                .isEqualTo("Portsmouth ( ap ) — the ferry line will close.");
    }

    @Test
    void aCaptionInsideTheTextGoesAndTheArticleAroundItStays() {
        String lede = "Portsmouth ( ap ) — a ferry ran aground on monday, the line said. ";
        assertThat(CaptionTeasers.cut(lede + caption("Crews inspect the ferry on the deck, may 5.") + "No one was hurt."))
                .isEqualTo(lede + "No one was hurt.");
    }

    @Test
    void withoutASentenceStartAtTheCaptionsLengthTheTextStays() {
        String text = "Portsmouth ( ap ) — a ferry ran aground on monday, and the line, which runs boats to the island"
                + " every hour of the day and of the night in the summer and every two hours in the winter months of the"
                + " year, and whose boats carried more than two million people and half a million cars to the island and"
                + " back in the last year alone, said... ( associated press ) that no one was hurt.";
        assertThat(CaptionTeasers.cut(text)).isSameAs(text);
    }

    @Test
    void theAgencysNameWithoutAnEllipsisOrACaptionEndingTheTextStays() {
        String credit = "The mayor spoke ( associated press ) and left.";
        assertThat(CaptionTeasers.cut(credit)).isSameAs(credit);
        String alone = caption("A ferry leaves the pier.");
        assertThat(CaptionTeasers.cut(alone)).isSameAs(alone);
    }
}
