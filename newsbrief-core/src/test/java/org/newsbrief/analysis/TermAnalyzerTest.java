package org.newsbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

    @Test
    void lowerCasesRemovesStopWordsAndStems() {
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            assertThat(analyzer.terms("The Civilians were fleeing the besieged districts"))
                    .containsExactly("civilian", "were", "flee", "besieg", "district");
        }
    }
}
