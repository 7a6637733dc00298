package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of {@link PartitiveWholes} with the phrases written for it: the figures' "text|counted class". */
class PartitiveWholesTest {

    private final QuantityExtractor extractor = QuantityExtractor.withoutTagger();

    private List<String> figures(String sentence) {
        return extractor.extract(sentence).stream().filter(q -> FigureReconciler.countedClass(q, sentence) != null)
                .map(q -> q.text() + "|" + FigureReconciler.countedClass(q, sentence)).toList();
    }

    @Test
    void theWholeOfAPartTheCueTakesIsNoFigure() {
        assertThat(figures("A fire killed seven of the family's eight children.")).doesNotContain("eight|children");
        // the cue after the whole takes the whole: it stays
        assertThat(figures("Two of the three hikers were killed.")).contains("three|hikers");
    }
}
