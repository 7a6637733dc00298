package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionTogglesTest {

    @Test
    void removesTheSwitchAndTheCreditItRepeats() {
        assertThat(CaptionToggles.cut("Ferry service resumes enlarge this image toggle caption ann lee/ap ann lee/ap the"
                + " first boat left at dawn.")).isEqualTo("Ferry service resumes the first boat left at dawn.");
        assertThat(CaptionToggles.cut("Ferry service resumes enlarge this image toggle caption tom ray / reuters / landov"
                + " tom ray / reuters / landov the first boat left.")).isEqualTo("Ferry service resumes the first boat left.");
    }

    @Test
    void aCreditSaidOnceGoesWhenItNamesAnAgency() {
        assertThat(CaptionToggles.cut("Ferry service resumes itoggle caption ann lee/ap the first boat left at dawn."))
                .isEqualTo("Ferry service resumes the first boat left at dawn.");
        assertThat(CaptionToggles.cut("Ferry service resumes i itoggle caption the first boat left at dawn."))
                .isEqualTo("Ferry service resumes the first boat left at dawn.");
    }

    @Test
    void textWithoutTheSwitchIsKept() {
        String text = "The caption under the photo was wrong, the editor said, and a toggle switch failed.";
        assertThat(CaptionToggles.cut(text)).isSameAs(text);
        assertThat(CaptionToggles.creditLength("the first boat left", 0)).isZero();
    }
}
