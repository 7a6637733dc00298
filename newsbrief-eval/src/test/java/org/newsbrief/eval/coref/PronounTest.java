package org.newsbrief.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsbrief.entities.EntityMention;
import org.newsbrief.model.Span;

class PronounTest {

    @Test
    void classifiesPronounsIncludingContractions() {
        assertThat(Pronoun.of(mention("She"))).isEqualTo(Pronoun.PERSONAL_SINGULAR);
        assertThat(Pronoun.of(mention("she's"))).isEqualTo(Pronoun.PERSONAL_SINGULAR);
        assertThat(Pronoun.of(mention("their"))).isEqualTo(Pronoun.PERSONAL_PLURAL);
        assertThat(Pronoun.of(mention("there"))).isEqualTo(Pronoun.PLACE);
        assertThat(Pronoun.of(mention("who"))).isEqualTo(Pronoun.RELATIVE);
        assertThat(Pronoun.of(mention("our"))).isEqualTo(Pronoun.FIRST_PLURAL);
        assertThat(Pronoun.of(mention("the actress"))).isNull();
        assertThat(Pronoun.feminine(mention("herself"))).isTrue();
        assertThat(Pronoun.feminine(mention("his"))).isFalse();
    }

    @Test
    void singularPronounsRefusePluralHeads() {
        assertThat(Pronoun.plural("prosecutors")).isTrue();
        assertThat(Pronoun.plural("the people")).isTrue();
        assertThat(Pronoun.plural("Lohan")).isFalse();
        assertThat(Pronoun.PERSONAL_SINGULAR.accepts(mention("prosecutors"), false)).isFalse();
        assertThat(Pronoun.PERSONAL_PLURAL.accepts(mention("police"), false)).isTrue();
        assertThat(Pronoun.PERSONAL_PLURAL.accepts(mention("Lohan"), true)).isFalse();
    }

    private static GoldMention mention(String text) {
        return new GoldMention(new EntityMention("1_1ecb", 0, new Span(0, text.length()), text), "1", "HUMAN_PART_PER", "c");
    }
}
