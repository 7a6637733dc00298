package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.Stories;

class ParagraphPlacesTest {

    private static List<String> killedRows(Document... story) {
        return new FigureReconciler().reconcile(List.of(story)).groups().stream()
                .filter(g -> g.concept().equals("killed"))
                .map(g -> g.incident().label() + ": " + g.values().stream().map(v -> v.quantity().text()).toList())
                .toList();
    }

    private static Document on(String id, String text) {
        return Stories.document(id, LocalDate.of(2021, 3, 2), text);
    }

    @Test
    void aTollTakesThePlaceAnEarlierSentenceOfItsParagraphNamed() {
        assertThat(killedRows(
                on("a", "Snow trapped hundreds of drivers on the roads in southern Ostria. Six people froze to death in"
                        + " their cars. The nationwide death toll of 40 people was given later.\nPolice counted 7 people dead"
                        + " on Monday."),
                on("b", "In Ostria, 20 people have died of the cold."),
                on("c", "In Valdia, 9 people died of the cold.")))
                .containsExactlyInAnyOrder("Ostria: [Six, 20]", "Valdia: [9]", ": [40, 7]");
    }
}
