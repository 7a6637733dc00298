package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConceptsTest {

    private static SentencePool pool(String... bodies) {
        return TestPools.of(bodies);
    }

    /** Three reports sharing stemmed bigrams ("of the", in all three, is stop words only) and two unrelated sentences. */
    private static SentencePool threeReportsOfOneSeizure() {
        return pool(
                "The rebels seized the airport of the city after a long battle on Monday.",
                "Rebel fighters seized the airport of the city in a surprise attack at dawn.",
                "Government officials said rebels seized the airport of the city during the night.",
                "Aid workers waited at the border crossing for permission to enter the country.",
                "Prices of bread and fuel doubled in the markets of the capital within a week.");
    }

    @Test
    void bigramsOfStemmedWordsInThreeDocumentsAreConceptsWeightedByDocumentFrequency() {
        // the three reports share stemmed bigrams; "of the", in all three, is stop words only
        SentencePool pool = threeReportsOfOneSeizure();
        Concepts concepts = new Concepts(pool, 3); // five documents: the threshold stays at 3
        // "seiz the", "the airport", "airport of", "the citi"; not "of the", not "rebel seiz" (two documents)
        assertThat(concepts.count()).isEqualTo(4);
        for (int c = 0; c < concepts.count(); c++) {
            assertThat(concepts.weight(c)).isEqualTo(3.0);
        }
        assertThat(concepts.of(3)).isEmpty();
    }

    @Test
    void contentWordUnigramsInThreeDocumentsAreConceptsTooWhenAskedFor() {
        SentencePool pool = threeReportsOfOneSeizure();
        Concepts bigramsOnly = new Concepts(pool, 3, 0);
        assertThat(bigramsOnly.count()).isEqualTo(new Concepts(pool, 3).count()).isEqualTo(4);
        Concepts concepts = new Concepts(pool, 3, 0.5);
        // the four bigrams plus "rebel", "seiz", "airport", "citi"; never "the" or "of" (stop words)
        assertThat(concepts.count()).isEqualTo(8);
        int unigrams = 0;
        for (int c = 0; c < concepts.count(); c++) {
            assertThat(concepts.documentFrequency(c)).isEqualTo(3);
            if (concepts.isUnigram(c)) {
                unigrams++;
                assertThat(concepts.weight(c)).isEqualTo(1.5); // 0.5 times three documents
            } else {
                assertThat(concepts.weight(c)).isEqualTo(3.0);
            }
        }
        assertThat(unigrams).isEqualTo(4);
        assertThat(concepts.of(3)).isEmpty();
    }

    @Test
    void aSentenceRepeatedVerbatimCountsOnceAndHoldsNoConceptsAgain() {
        String copy = "The rebels seized the airport of the city after a long battle on Monday.";
        SentencePool pool = pool(copy, copy, copy);
        Concepts concepts = new Concepts(pool, 2);
        assertThat(concepts.count()).isZero(); // one document's worth of support only
    }

    @Test
    void sentencesShorterThanTenWordsHoldNoConcepts() {
        SentencePool pool = pool("Rebels seized the airport on Monday.", "Rebels seized the airport on Monday night.",
                "Rebels seized the airport early on Monday.");
        assertThat(new Concepts(pool, 3).count()).isZero();
    }

    @Test
    void findsTheStorysConceptsInOtherTextReadAsItsSentencesAre() {
        Concepts concepts = new Concepts(threeReportsOfOneSeizure(), 3);
        // a reference summary: "seized the airport" holds "seiz the" and "the airport"; "of the city" only "the citi"
        // ("of the" is stop words only); "rebels seized" is no concept of the story (two documents)
        int[] found = concepts.in(new org.newsbrief.analysis.WordTokenizer().tokenize(
                "Rebels seized the Airport, and later the city."));
        assertThat(found).hasSize(3).doesNotHaveDuplicates();
        assertThat(concepts.in(java.util.List.of("Aid", "workers", "waited"))).isEmpty();
    }
}
