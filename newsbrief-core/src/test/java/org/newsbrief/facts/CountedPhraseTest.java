package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The counted thing's name, formed from POS tags and lemmas as NewsQuant writes it; each rule with the phrase that motivated it. */
class CountedPhraseTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<String> units(String sentence) {
        return extractor.extract(sentence).stream().map(q -> q.text() + "|" + q.unitName()).toList();
    }

    @Test
    void lemmatizesTheHeadNounIncludingIrregularPlurals() {
        assertThat(units("Around 40 commercial fishermen sail from the port.")).containsExactly("Around 40|commercial fisherman");
    }

    @Test
    void leavesOutParticiplesBeforeTheNoun() {
        assertThat(units("The band left 200 recorded songs behind.")).containsExactly("200|song");
    }

    @Test
    void joinsCoordinatedModifiersAndPassesOverAnotherNumber() {
        assertThat(units("The 2.1M local and foreign visitors spent more.")).containsExactly("2.1M|local foreign visitor");
        assertThat(units("About half of the combined 2.1M local and foreign visitors came by train."))
                .containsExactly("About half|% local foreign visitor", "2.1M|local foreign visitor");
    }

    @Test
    void keepsNounCompounds() {
        assertThat(units("A 12 nation defence pact was signed.")).containsExactly("12|nation defence pact");
    }

    @Test
    void takesTheModifierBetweenDeterminerAndNumber() {
        assertThat(units("She kicked a record 14 penalties this season.")).containsExactly("14|record penalty");
        assertThat(units("Only the top four teams qualify.")).containsExactly("four|top team");
    }

    @Test
    void readsOneOfThePhraseToTheEndOfItsClause() {
        assertThat(units("It was one of the largest ships to ever sail.")).containsExactly("one|large ship sail");
        assertThat(units("This is one of the best cameras around.")).containsExactly("one|good camera");
        assertThat(units("That was one of the happiest days in her career, she said."))
                .containsExactly("one|happy day career");
    }

    @Test
    void putsProperNounsInTheSingular() {
        assertThat(units("He has played in six straight Olympic Games since 2000.").stream().map(String::toLowerCase))
                .containsExactly("six|straight olympic game");
    }

    @Test
    void readsAVerbAfterASingularHeadAsAVerb() {
        assertThat(units("One plan asks the council for money.")).containsExactly("One|plan");
        assertThat(units("A quarter of the city population lives near the river.")).containsExactly("A quarter|% city population");
    }

    @Test
    void readsANumberAfterNowOrThenInAnAppositionAsAnAge() {
        assertThat(units("Swank, now 40, grew up in a trailer.")).containsExactly("40|year of age");
        assertThat(units("He wrote to his brother Omar, then 24, in which he boasted.")).containsExactly("24|year of age");
    }

    @Test
    void readsABareNumberAfterTurningAsAnAge() {
        assertThat(units("She just turned 40 last march.")).containsExactly("40|year of age");
        assertThat(units("Pinochet, who turns 83 next month, was reported to have left.")).containsExactly("83|year of age");
    }

    @Test
    void leavesThePossessiveOfAModifierOut() {
        assertThat(units("One-sixth of the island's homes lost roofs.")).containsExactly("One-sixth|% island home");
    }

    @Test
    void readsARisingDashRangeBeforeModifiersAndAPlural() {
        assertThat(units("It equals 16-20 coal power stations.")).containsExactly("16-20|coal power station");
        assertThat(units("Then 75-90 police officers descended on a neighborhood.")).containsExactly("75-90|police officer");
    }

    @Test
    void withoutTheTaggerOnlyTheNamesThatNeedItDiffer() {
        String sentence = "Some 250 civilians met one of the best teams, and 40 new homes were built.";
        List<Quantity> tagged = extractor.extract(sentence);
        List<Quantity> untagged = QuantityExtractor.withoutTagger().extract(sentence);
        assertThat(untagged).extracting(Quantity::value, Quantity::unit, Quantity::change, Quantity::low, Quantity::high)
                .containsExactlyElementsOf(tagged.stream().map(q -> tuple(q.value(), q.unit(), q.change(), q.low(), q.high()))
                        .toList());
        assertThat(tagged.stream().map(Quantity::unitName)).containsExactly("civilian", "good team", "new home");
        assertThat(untagged.stream().map(Quantity::unitName)).containsExactly("civilian", "best team", "new home");
    }
}
