package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The counted thing {@link HeadNouns} reads after a number, with the phrase written for each rule: "number|unit". */
class HeadNounsTest {

    private final QuantityExtractor extractor = QuantityExtractor.withoutTagger();

    private List<String> units(String sentence) {
        return extractor.extract(sentence).stream().map(q -> q.text() + "|" + q.unit()).toList();
    }

    @Test
    void aCapitalizedOrHyphenatedModifierIsNotTheCountedThing() {
        // written for this test: the singular noun after the modifier is what is counted
        assertThat(units("One anti-government protester was arrested.")).containsExactly("One|protester");
        assertThat(units("Police detained one Danish photographer.")).containsExactly("one|photographer");
        assertThat(units("Rescuers found one Israeli.")).containsExactly("one|israeli");
    }
}
