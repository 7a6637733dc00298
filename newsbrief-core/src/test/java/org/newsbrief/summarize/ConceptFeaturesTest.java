package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConceptFeaturesTest {

    /** Four reports of the seizure of Kabul airport, two opening with it; three recall the last time, in 1998. */
    private static final SentencePool POOL = TestPools.of(
            "Taliban fighters seized Kabul airport on Monday after a long battle with the army. "
                    + "The army had held the airport since the last fall of the city in 1998 ended.",
            "Aid workers waited at the border crossing for permission to enter the country again. "
                    + "Taliban fighters seized Kabul airport on Monday, witnesses said, for the first time since its fall in 1998.",
            "Reports said Taliban fighters seized Kabul airport at dawn, and the government fled the capital.",
            "Prices of bread and fuel doubled in the markets of the capital within a single week. "
                    + "Officials recalled that in 1998 Taliban fighters seized Kabul airport in a single night.");

    private static double feature(double[] row, String name) {
        return row[ConceptFeatures.NAMES.indexOf(name)];
    }

    private static int concept(Concepts concepts, String text) {
        int[] found = concepts.in(new org.newsbrief.analysis.WordTokenizer().tokenize(text));
        assertThat(found).as(text).hasSize(1);
        return found[0];
    }

    @Test
    void supportPositionAndWordFeaturesOfAConcept() {
        Concepts concepts = new Concepts(POOL, 3);
        double[][] features = ConceptFeatures.of(POOL, concepts);
        assertThat(features.length).isEqualTo(concepts.count());
        double[] kabulAirport = features[concept(concepts, "Kabul airport")];
        assertThat(feature(kabulAirport, "support")).isEqualTo(1.0); // all four reports
        assertThat(feature(kabulAirport, "supportLog")).isEqualTo(1.0);
        assertThat(feature(kabulAirport, "repeats")).isZero(); // once per report
        assertThat(feature(kabulAirport, "earliest")).isEqualTo(1.0); // in a first sentence
        assertThat(feature(kabulAirport, "firstSentence")).isEqualTo(0.5); // reports 0 and 2 open with it
        assertThat(feature(kabulAirport, "opening")).isEqualTo(1.0); // all within their first five sentences
        assertThat(feature(kabulAirport, "firstPosition")).isCloseTo((1 + 0.5 + 1 + 0.5) / 4, within(1e-9));
        assertThat(feature(kabulAirport, "name")).isEqualTo(0.5); // "Kabul" is written with a capital, "airport" not
        assertThat(feature(kabulAirport, "number")).isZero();
        assertThat(feature(kabulAirport, "stopWord")).isZero();
        double[] in1998 = features[concept(concepts, "in 1998")];
        assertThat(feature(in1998, "support")).isEqualTo(0.75);
        assertThat(feature(in1998, "earliest")).isEqualTo(0.5); // second sentences at best
        assertThat(feature(in1998, "firstSentence")).isZero();
        assertThat(feature(in1998, "number")).isEqualTo(1.0);
        assertThat(feature(in1998, "stopWord")).isEqualTo(1.0);
        assertThat(feature(in1998, "name")).isZero();
        for (double[] row : features) {
            for (double value : row) {
                assertThat(value).isBetween(0.0, 1.0);
            }
        }
    }
}
