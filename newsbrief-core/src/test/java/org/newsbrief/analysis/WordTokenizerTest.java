package org.newsbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void keepsNumbersAbbreviationsAndHyphenatedNamesWhole() {
        assertThat(tokenizer.tokenize("Nearly 1,700 fled to al-Assad's U.S.-backed west, 2.5 km away."))
                .containsExactly("Nearly", "1,700", "fled", "to", "al-Assad's", "U.S.", "-", "backed", "west", ",",
                        "2.5", "km", "away", ".");
    }

    @Test
    void handlesNonLatinScripts() {
        assertThat(tokenizer.tokenize("حلب Алеппо 阿勒颇")).containsExactly("حلب", "Алеппо", "阿勒颇");
    }
}
