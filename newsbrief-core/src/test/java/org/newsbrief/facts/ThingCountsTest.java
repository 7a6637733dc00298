package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ThingCounts} with the phrases written for it: the figures' "text|counted class". */
class ThingCountsTest {

    private final QuantityExtractor extractor = QuantityExtractor.withoutTagger();

    private List<String> figures(String sentence) {
        return extractor.extract(sentence).stream().filter(q -> FigureReconciler.countedClass(q, sentence) != null)
                .map(q -> q.text() + "|" + FigureReconciler.countedClass(q, sentence)).toList();
    }

    private List<String> concepts(String sentence) {
        return extractor.extract(sentence).stream().map(q -> q.text() + "|" + q.concept()).toList();
    }

    @Test
    void objectsSeizedAreNoFigureOfCapturedPeopleButKeepTheirConcept() {
        String sentence = "Customs officers seized three trucks and two laptops at the port.";
        assertThat(figures(sentence)).isEmpty();
        assertThat(concepts(sentence)).containsExactly("three|captured", "two|captured");
        // a noun the lists lack keeps its figure: the test fails safe
        assertThat(figures("Gunmen seized two Britons and three Iranians.")).containsExactly("two|britons", "three|iranians");
        assertThat(figures("Police seized 40 suspects.")).containsExactly("40|suspects");
    }

    @Test
    void vehiclesAndKindsCountNoVictimsOfAnyConcept() {
        assertThat(figures("Four guards in the three vans were wounded.")).containsExactly("Four|guards");
        assertThat(figures("Officials said the injured were of 12 nationalities.")).isEmpty();
    }

    @Test
    void placesCountNoCasualtiesButMayBeOtherFigures() {
        assertThat(figures("Rebels captured two towns and arrested 30 officials.")).containsExactly("30|officials");
        assertThat(figures("Investigators visited three killing sites.")).isEmpty();
        assertThat(figures("Twelve villages were evacuated.")).containsExactly("Twelve|villages");
    }

    @Test
    void flightsChargesAndStatesCountNoVictims() {
        assertThat(figures("The storm killed eight people and airlines cancelled about 1,000 flights.")).containsExactly("eight|people");
        assertThat(figures("Police arrested her on three counts of murder.")).isEmpty();
        assertThat(figures("The death toll spans 5 states.")).isEmpty();
    }
}
