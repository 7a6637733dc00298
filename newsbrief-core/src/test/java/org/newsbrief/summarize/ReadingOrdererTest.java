package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrdererTest {

    private static final SentencePool POOL = TestPools.of(
            "Government forces seized the largest rebel-held district of Aleppo on Saturday, the monitor said."
                    + " British officials declined to comment on his whereabouts or on the requests made by Spain."
                    + " Rebels vowed to fight on in the remaining districts of the besieged eastern part of the city.",
            "Former dictator Augusto Pinochet was arrested by British police on a Spanish extradition warrant."
                    + " He had flown to London for back surgery two weeks before the police arrived at the clinic.");

    private static int at(String opening) {
        return TestPools.sentenceStarting(POOL, opening);
    }

    @Test
    void aSummaryOpensWithTheLeadItHoldsNotWithALaterSentenceOfAnEarlierArticle() {
        List<Integer> order = new ReadingOrderer().order(POOL, List.of(at("British"), at("Former")));
        assertThat(order).containsExactly(at("Former"), at("British"));
    }

    @Test
    void theLeadKeepsTheSentencesThatContinueIt() {
        List<Integer> order = new ReadingOrderer().order(POOL, List.of(at("Rebels"), at("He had"), at("Former")));
        assertThat(order).containsExactly(at("Former"), at("He had"), at("Rebels"));
    }

    @Test
    void readingOrderStandsWhenItOpensWithALeadOrTheSummaryHoldsNone() {
        ReadingOrderer orderer = new ReadingOrderer();
        assertThat(orderer.order(POOL, List.of(at("Former"), at("Government"), at("British"))))
                .containsExactly(at("Government"), at("British"), at("Former"));
        assertThat(orderer.order(POOL, List.of(at("He had"), at("Rebels"))))
                .containsExactly(at("Rebels"), at("He had"));
    }
}
