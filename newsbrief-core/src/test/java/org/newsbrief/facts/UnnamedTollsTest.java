package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.Stories;

class UnnamedTollsTest {

    private static List<List<String>> killedRows(Document... story) {
        return new FigureReconciler().reconcile(List.of(story)).groups().stream()
                .filter(g -> g.concept().equals("killed"))
                .map(g -> g.values().stream().map(v -> v.quantity().text()).toList()).toList();
    }

    private static Document on(String id, int month, int day, String text) {
        return Stories.document(id, LocalDate.of(2021, month, day), text);
    }

    @Test
    void tollsThatNameNoIncidentWeeksApartAreTwoRows() {
        assertThat(killedRows(on("a", 3, 2, "At least 12 people died, police said."),
                on("b", 3, 24, "A stampede at the stadium killed 40 people.")))
                .containsExactlyInAnyOrder(List.of("At least 12"), List.of("40"));
    }

    @Test
    void tollsWithinAWeekStayOneRowAsDoesAChainOfThem() {
        assertThat(killedRows(on("a", 3, 1, "At least 12 people died, police said."),
                on("b", 3, 6, "At least 20 people have died, police said."),
                on("c", 3, 11, "At least 31 people have died, police said."),
                on("d", 3, 16, "At least 40 people have died, police said.")))
                .singleElement().isEqualTo(List.of("At least 12", "At least 20", "At least 31", "At least 40"));
    }

    @Test
    void theSameCountWeeksApartStaysOneRow() {
        assertThat(killedRows(on("a", 3, 2, "The sinking killed 31 people."),
                on("b", 4, 20, "All 31 people aboard died when it sank.")))
                .singleElement().isEqualTo(List.of("31", "31"));
    }

    @Test
    void aTollOfAnEarlierYearIsNotTheStorysToll() {
        assertThat(killedRows(on("a", 3, 2, "The stampede killed 12 people on Saturday."),
                on("b", 3, 3, "The stampede killed 14 people on Saturday."),
                on("c", 3, 3, "In 1994, 60 people died in a similar stampede.")))
                .containsExactlyInAnyOrder(List.of("12", "14"), List.of("60"));
    }

    @Test
    void aRunningTotalIsOneRowHoweverFarApartItsValues() {
        assertThat(killedRows(on("a", 3, 2, "The war has killed 500 people."),
                on("b", 5, 20, "The war has killed 900 people.")))
                .singleElement().isEqualTo(List.of("500", "900"));
    }

    @Test
    void aValueWithoutADayLeavesTheFigureWhole() {
        assertThat(killedRows(on("a", 3, 2, "At least 12 people died, police said."),
                Stories.document("b", null, "A stampede at the stadium killed 40 people."),
                on("c", 4, 24, "A stampede at the stadium killed 40 people.")))
                .hasSize(1);
    }

    @Test
    void aClearlySmallerTollOfALaterDayIsAnotherRow() {
        assertThat(killedRows(on("a", 3, 2, "The floods killed at least 300 people, officials said."),
                on("b", 3, 3, "Besides killing two people on the island, the floods ruined the harvest."),
                on("c", 3, 4, "The floods have killed at least 340 people, officials said.")))
                .containsExactlyInAnyOrder(List.of("at least 300", "at least 340"), List.of("two"));
    }

    @Test
    void aTollOfAWeekAgoIsDatedToThatWeek() {
        assertThat(killedRows(on("a", 3, 15, "A cold spell that set in a week ago has killed 40 people, police said."),
                on("b", 3, 15, "Five people froze to death over the weekend in their cars.")))
                .containsExactlyInAnyOrder(List.of("40"), List.of("Five"));
    }
}
