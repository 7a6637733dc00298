package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoPlayerLeadTest {

    @Test
    void cutsTheButtonTheVideoAndThePhotoCaptionUpToTheCredit() {
        assertThat(VideoPlayerLead.cut("Close a ferry ran aground near the pier. Ann lee reports. Buzz60 passengers wait on"
                + " the deck, may 3. ( photo: tom ray, ap ) portsmouth — a ferry carrying 80 people ran aground."))
                .isEqualTo("Portsmouth — a ferry carrying 80 people ran aground.");
        assertThat(VideoPlayerLead.cut("Close skip in skip x embed x share the mayor spoke on friday. The mayor at city"
                + " hall. ( photo: staff ) buy photo the mayor said the budget was short."))
                .isEqualTo("The mayor said the budget was short.");
    }

    @Test
    void withoutACreditOnlyTheControlsGo() {
        assertThat(VideoPlayerLead.cut("Close skip in skip x embed x share the mayor said the budget was short."))
                .isEqualTo("The mayor said the budget was short.");
        String plain = "Close to 300 people fled the town, the mayor said.";
        assertThat(VideoPlayerLead.cut(plain)).isSameAs(plain);
    }

    @Test
    void aCreditAfterAPlainOpeningOrFarAwayCutsNothing() {
        String notOpening = "The ferry ran aground. ( photo: tom ray, ap ) passengers waited.";
        assertThat(VideoPlayerLead.cut(notOpening)).isSameAs(notOpening);
        String prose = "Close to 300 people fled the town. ( photo: tom ray, ap ) passengers waited.";
        assertThat(VideoPlayerLead.cut(prose)).isSameAs(prose);
        String far = "Close to 300 people fled. " + "They walked for hours. ".repeat(60) + "( photo: ap ) more.";
        assertThat(VideoPlayerLead.cut(far)).isSameAs(far);
    }
}
