package org.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatewiseTimelineSystemTest {

    private static Timeline17Corpus.Article article(String id, LocalDate dct, String text) {
        return new Timeline17Corpus.Article(id, dct, List.of(), text);
    }

    private final LocalDate march1 = LocalDate.of(2011, 3, 1);
    private final LocalDate march5 = LocalDate.of(2011, 3, 5);

    private final DatewiseTimelineSystem system = new DatewiseTimelineSystem("LibyaWar", List.of(
            article("a", march1, "Rebels seized the town of Zawiya in western Libya on Tuesday after days of fighting . "
                    + "Oil prices rose in London and New York on the news ."),
            article("b", LocalDate.of(2011, 3, 3), "Libyan rebels who seized Zawiya on March 1 held the town against "
                    + "counter-attacks . The weather in Tripoli was mild for the season ."),
            article("c", march5, "Zawiya , seized by Libyan rebels on March 1 , came under heavy shelling from Gaddafi 's"
                    + " forces on Saturday . Markets were calm in Asia on the day .")));

    @Test
    void choosesTheDateLaterArticlesLookBackOnAndATopicalSentenceMentioningIt() {
        // a ranker that only values articles looking back on a date (feature 5)
        double[] weights = new double[DateFeatures.NAMES.size() + 1];
        weights[5] = 5;
        weights[weights.length - 1] = -1;
        Map<LocalDate, List<String>> timeline = system.summarize(1, 1, march1, march5, new DateRanker(weights),
                new TimelineOptions(false, false, 0));
        assertThat(timeline).containsOnlyKeys(march1);
        assertThat(timeline.get(march1)).hasSize(1);
        assertThat(timeline.get(march1).get(0)).contains("Zawiya").containsIgnoringCase("libya");
    }

    /** Four reports (openings undated, on topic) published on 1, 2, 3 and 10 March. */
    private final DatewiseTimelineSystem daily = new DatewiseTimelineSystem("LibyaWar", List.of(
            article("d1", march1, "Libyan rebels fought government forces near the oil town of Brega ."),
            article("d2", march1.plusDays(1), "Libyan rebels held the oil port of Ras Lanuf against air strikes ."),
            article("d3", march1.plusDays(2), "Libyan government forces shelled the rebel town of Zawiya ."),
            article("d10", march1.plusDays(9), "Libyan rebels retreated from Ras Lanuf under heavy fire .")));

    @Test
    void aSparseTimelineSkipsTheNeighbourOfAChosenDateButAPenaltyOfZeroKeepsIt() {
        Map<LocalDate, Double> scores = Map.of(march1, 0.9, march1.plusDays(1), 0.8, march1.plusDays(9), 0.7);
        LocalDate to = march1.plusDays(9);
        // 2 dates in 10 days: sparsity 0.8, so the neighbour's 0.8 becomes 0.8 * (1 - 0.25 * 0.8) = 0.64 < 0.7
        assertThat(daily.chooseDates(scores, 2, march1, to, 0.25)).containsExactly(march1, march1.plusDays(9));
        assertThat(daily.chooseDates(scores, 2, march1, to, 0)).containsExactly(march1, march1.plusDays(1));
    }

    @Test
    void theAdjacentPenaltyVanishesForATimelineWithADateEveryDay() {
        // EgyptianProtest_cnn: 20 dates from 25 January to 13 February 2011, nearly all adjacent in the reference
        assertThat(DatewiseTimelineSystem.adjacentPenalty(0.25, 20, LocalDate.of(2011, 1, 25), LocalDate.of(2011, 2, 13)))
                .isZero();
        // bpoil_reuters: 16 dates over 941 days, none adjacent in the reference
        assertThat(DatewiseTimelineSystem.adjacentPenalty(0.25, 16, LocalDate.of(2010, 4, 20), LocalDate.of(2012, 11, 15)))
                .isCloseTo(0.25 * (1 - 16.0 / 941), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aChosenDateKeepsItsSummaryWhenTheKneeFilterKeepsOnlySentencesThatMayNotSummarise() {
        // the mentions and openings of 1 March share "Gaddafi forces shelled Zawiya" (no topic keyword:
        // may not summarise); the one topical sentence shares none of it and falls below the knee
        DatewiseTimelineSystem system = new DatewiseTimelineSystem("LibyaWar", List.of(
                article("z", march1, "Oil prices rose in London on the news ."),
                article("m", march1.plusDays(1), "Gaddafi forces shelled Zawiya on March 1 . "
                        + "Libyan officials spoke about oil exports on March 1 ."),
                article("o1", march1.plusDays(1), "Gaddafi forces shelled Zawiya again at dawn ."),
                article("o2", march1.plusDays(1), "Gaddafi forces shelled Zawiya from the east .")));
        double[] weights = new double[DateFeatures.NAMES.size() + 1];
        weights[0] = 5;
        Map<LocalDate, List<String>> timeline = system.summarize(1, 1, march1, march1.plusDays(1), new DateRanker(weights),
                new TimelineOptions(false, false, 0));
        assertThat(timeline).containsOnlyKeys(march1);
        assertThat(timeline.get(march1)).containsExactly("Libyan officials spoke about oil exports on March 1 .");
    }

    @Test
    void findsTheKneeOfADescendingCurve() {
        assertThat(DatewiseTimelineSystem.knee(new double[] {1.0, 0.9, 0.2, 0.15, 0.1, 0.05})).isEqualTo(2);
        assertThat(DatewiseTimelineSystem.knee(new double[] {0.5, 0.4})).isZero();
    }
}
