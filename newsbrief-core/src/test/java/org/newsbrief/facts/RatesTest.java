package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of {@link Rates} with the phrases written for it: the figures' "text|counted class". */
class RatesTest {

    private final QuantityExtractor extractor = QuantityExtractor.withoutTagger();

    private List<String> figures(String sentence) {
        return extractor.extract(sentence).stream().filter(q -> FigureReconciler.countedClass(q, sentence) != null)
                .map(q -> q.text() + "|" + FigureReconciler.countedClass(q, sentence)).toList();
    }

    @Test
    void aCountPerPeriodIsARateNotAFigure() {
        assertThat(figures("Doctors say 40 children a day are dying of hunger.")).isEmpty();
        assertThat(figures("Malaria kills thousands of people each year.")).isEmpty();
        assertThat(figures("The flood killed 40 children a day after the dam broke.")).containsExactly("40|children");
        assertThat(figures("The storm killed 40 children in a day.")).containsExactly("40|children");
    }

    @Test
    void aPeriodSixWordsOnOrAfterAPossessiveStillMakesARate() {
        assertThat(figures("About 3,000 people die on Ohio's roads every year.")).isEmpty();
        assertThat(figures("About 800,000 people die of heart disease each year.")).isEmpty();
    }
}
