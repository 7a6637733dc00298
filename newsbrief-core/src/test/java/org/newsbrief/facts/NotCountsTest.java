package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of {@link NotCounts} with the phrases written for it: the figures' "text|counted class". */
class NotCountsTest {

    private final QuantityExtractor extractor = QuantityExtractor.withoutTagger();

    private List<String> figures(String sentence) {
        return extractor.extract(sentence).stream().filter(q -> FigureReconciler.countedClass(q, sentence) != null)
                .map(q -> q.text() + "|" + FigureReconciler.countedClass(q, sentence)).toList();
    }

    @Test
    void aSpelledOneBeforeOfIsAMemberOfAGroup() {
        assertThat(figures("One of the dead gunmen was named by the police.")).isEmpty();
        assertThat(figures("Dozens of villagers were killed.")).containsExactly("Dozens|villagers");
    }

    @Test
    void moreThanAfterTheNumberIsADifference() {
        assertThat(figures("The fever has killed 30 more people than in all of last year.")).isEmpty();
        assertThat(figures("The fever has killed 30 more people.")).containsExactly("30|people");
    }

    @Test
    void theMissingAreNoCountOfTheDead() {
        assertThat(figures("The flood left 40 dead and hundreds missing.")).containsExactly("40|people");
        assertThat(figures("Nine crew died and 12 sailors remain unaccounted for.")).containsExactly("Nine|crew");
    }

    @Test
    void aReporterIsNoCountOfTheReportedDead() {
        assertThat(figures("Two witnesses said 14 villagers were killed.")).containsExactly("14|villagers");
        assertThat(figures("The blast wounded 24 people but police said little.")).containsExactly("24|people");
    }
}
