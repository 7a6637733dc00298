package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.Stories;

/** Every phrase here was written for these tests. */
class SentencePartsTest {

    private static FigureGroup killed(String... texts) {
        List<Document> story = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            story.add(Stories.document("a" + i, LocalDate.of(2021, 5, 4), texts[i]));
        }
        return new FigureReconciler().reconcile(story).groups().stream()
                .filter(g -> g.concept().equals("killed")).findFirst().orElseThrow();
    }

    @Test
    void twoCountsOfOneSentenceArePartsNeverInConflict() {
        FigureGroup row = killed("The fatalities included 40 people who drowned in Amber and 12 people who died in landslides.",
                "The fatalities included 40 people who drowned in Amber and 12 people who died in landslides.",
                "Officials said 52 people were killed.");
        assertThat(row.values()).extracting(v -> v.quantity().text()).contains("40", "12", "52");
        assertThat(row.values()).filteredOn(v -> !v.quantity().text().equals("52"))
                .allSatisfy(v -> assertThat(v.quantity().partial()).isTrue());
        assertThat(row.conflicts()).isEmpty();
    }

    @Test
    void aSentenceWithOneCountStillConflicts() {
        FigureGroup row = killed("The fatalities included 40 people who drowned in the river.", "Officials said 52 people were killed.");
        assertThat(row.agreement()).isEqualTo(Agreement.CONFLICT);
    }

    @Test
    void aTotalBeforeItsPartStillConflicts() {
        FigureGroup row = killed("The blast killed 52 people, including 40 people in the market.",
                "Officials said 60 people were killed.");
        assertThat(row.values()).filteredOn(v -> v.quantity().text().equals("40"))
                .allSatisfy(v -> assertThat(v.quantity().partial()).isTrue());
        assertThat(row.agreement()).isEqualTo(Agreement.CONFLICT);
        assertThat(row.conflicts()).flatExtracting(c -> c.values()).extracting(v -> v.quantity().text())
                .containsExactlyInAnyOrder("52", "60");
    }
}
