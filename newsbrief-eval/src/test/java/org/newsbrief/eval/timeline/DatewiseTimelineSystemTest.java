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

    @Test
    void findsTheKneeOfADescendingCurve() {
        assertThat(DatewiseTimelineSystem.knee(new double[] {1.0, 0.9, 0.2, 0.15, 0.1, 0.05})).isEqualTo(2);
        assertThat(DatewiseTimelineSystem.knee(new double[] {0.5, 0.4})).isZero();
    }
}
