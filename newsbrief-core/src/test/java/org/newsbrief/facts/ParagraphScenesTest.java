package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.testing.Stories;

class ParagraphScenesTest {

    @Test
    void aTollWithNoPlaceTakesTheSceneItsParagraphsOpenWith() {
        var story = List.of(
                Stories.document("a", LocalDate.of(2021, 1, 11), "In Norway, 20 people have died in the cold since Friday.\n"
                        + "About 100 drivers were stranded on roads in northern Norway. Four people froze to death in their cars.\n"
                        + "In Spain, the cold killed nine people, and officials said two of them were climbers."),
                Stories.document("b", LocalDate.of(2021, 1, 11), "In Norway, the cold has killed 22 people since Friday."));
        List<String> rows = new FigureReconciler().reconcile(story).groups().stream()
                .filter(g -> g.concept().equals("killed"))
                .map(g -> g.incident().place() + ": " + g.values().stream().map(v -> v.quantity().text()).toList()).toList();
        assertThat(rows).anyMatch(row -> row.startsWith("Norway: ") && row.contains("Four"))
                .noneMatch(row -> row.startsWith(": ") && row.contains("Four"));
    }
}
