package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.Stories;

class AnniversariesTest {

    private static List<List<String>> killedRows(Document... story) {
        return new FigureReconciler().reconcile(List.of(story)).groups().stream()
                .filter(g -> g.concept().equals("killed"))
                .map(g -> g.values().stream().map(v -> v.quantity().text()).toList()).toList();
    }

    private static Document on(String id, int day, String text) {
        return Stories.document(id, LocalDate.of(2021, 3, day), text);
    }

    @Test
    void aTollOfTheEventAnAnniversaryMarksIsOfThatEventsYear() {
        assertThat(Anniversaries.year("on sunday they mark the tenth anniversary of a flood in which 80 people died.", 60,
                LocalDate.of(2021, 3, 2))).isEqualTo("2011");
        assertThat(Anniversaries.year("the anniversary of the 1994 flood, in which 80 people died.", 45,
                LocalDate.of(2021, 3, 2))).isEqualTo("1994");
        assertThat(killedRows(
                on("a", 2, "On Sunday, vigils will mark the tenth anniversary of a flood in which 80 people died."),
                on("b", 2, "Floods killed 45 people on Monday."),
                on("c", 3, "Floods have killed 52 people, officials said.")))
                .containsExactlyInAnyOrder(List.of("45", "52"), List.of("80"));
    }
}
