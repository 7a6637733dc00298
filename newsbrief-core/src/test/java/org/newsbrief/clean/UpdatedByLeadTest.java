package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpdatedByLeadTest {

    @Test
    void anUpdateCreditOpeningAParagraphGoesWithItsAuthors() {
        assertThat(UpdatedByLead.cut("/ updated by lena marsh and tom e. pike the harbour reopened on monday."))
                .isEqualTo("The harbour reopened on monday.");
        assertThat(UpdatedByLead.cut("/ updated by lena marsh oslo \u2014 the harbour reopened."))
                .isEqualTo("Oslo \u2014 the harbour reopened.");
    }

    @Test
    void aCreditInsideTheTextOrWithoutTheBarStays() {
        String inside = "The page was updated by lena marsh / updated by tom pike on monday.";
        assertThat(UpdatedByLead.cut(inside)).isSameAs(inside);
        String plain = "Updated by the council on monday, the plan adds two ferries.";
        assertThat(UpdatedByLead.cut(plain)).isSameAs(plain);
    }
}
