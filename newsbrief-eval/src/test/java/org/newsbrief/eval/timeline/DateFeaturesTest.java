package org.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateFeaturesTest {

    private static final LocalDate D1 = LocalDate.of(2011, 3, 1);
    private static final LocalDate D2 = LocalDate.of(2011, 3, 2);
    private static final LocalDate D3 = LocalDate.of(2011, 3, 3);

    /**
     * Worked example: article 0 (published D1) mentions D1 twice; article 1 (published D3) mentions D1
     * once and D2 once; article 2 (published D2) mentions D3 once; an article published after the
     * span mentions D1 and is not counted.
     */
    private static Map<LocalDate, double[]> example(boolean log) {
        List<DateFeatures.Mention> mentions = List.of(new DateFeatures.Mention(D1, 0, D1), new DateFeatures.Mention(D1, 0, D1),
                new DateFeatures.Mention(D1, 1, D3), new DateFeatures.Mention(D2, 1, D3), new DateFeatures.Mention(D3, 2, D2),
                new DateFeatures.Mention(D1, 3, D3.plusDays(1)));
        return DateFeatures.of(mentions, Map.of(D1, 1, D2, 1, D3, 1, D3.plusDays(1), 1), D1, D3, log);
    }

    @Test
    void countsMentionsByTheirArticlesPublicationAndDividesByTheLargest() {
        Map<LocalDate, double[]> f = example(false);
        // D1: 3 sentences (1 later, 2 same day), 2 articles (1 later, 1 same day), half of them looking back
        assertThat(f.get(D1)).containsExactly(new double[] {1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0.5}, within(1e-9));
        // D2: 1 sentence from a later article; published on D2 and the next day
        assertThat(f.get(D2)).containsExactly(new double[] {1.0 / 3, 1, 0, 0, 0.5, 1, 0, 0, 1, 1, 1}, within(1e-9));
        // D3: 1 sentence from an earlier article (an announcement); nothing published after the span counts
        assertThat(f.get(D3)).containsExactly(new double[] {1.0 / 3, 0, 1, 0, 0.5, 0, 1, 0, 1, 0, 0}, within(1e-9));
    }

    @Test
    void logCountsDivideLogarithmsByTheLargest() {
        assertThat(example(true).get(D2)[0]).isCloseTo(Math.log(2) / Math.log(4), within(1e-9));
    }
}
