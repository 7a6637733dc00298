package org.newsbrief.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadLemmaTest {

    @Test
    void takesTheLastWordWithALetter() {
        assertThat(HeadLemma.of("in Indonesia's Aceh province")).isEqualTo("province");
        assertThat(HeadLemma.of("Advanced Micro Devices ( AMD")).isEqualTo("amd");
        assertThat(HeadLemma.of("of Fort Smith , Ark .")).isEqualTo("ark");
    }

    @Test
    void makesPluralsAndPossessivesSingular() {
        assertThat(HeadLemma.of("two leaders")).isEqualTo("leader");
        assertThat(HeadLemma.of("companies")).isEqualTo("company");
        assertThat(HeadLemma.of("Apple's")).isEqualTo("apple");
        assertThat(HeadLemma.of("the men")).isEqualTo("man");
        assertThat(HeadLemma.of("Congress")).isEqualTo("congress");
        assertThat(HeadLemma.of("the virus")).isEqualTo("virus");
    }

    @Test
    void knowsPronouns() {
        assertThat(HeadLemma.pronoun("He")).isTrue();
        assertThat(HeadLemma.pronoun("the man")).isFalse();
    }
}
