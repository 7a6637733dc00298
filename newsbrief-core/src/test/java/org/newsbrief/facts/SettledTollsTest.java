package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.testing.Stories;

class SettledTollsTest {

    /** The row of the incident labelled {@code label} in a story with a second incident, so that the figure is split. */
    private static FigureGroup row(String label, String kind, int lateDay, int laterDay) {
        String place = " in Nairobi";
        FigureTable table = new FigureReconciler().reconcile(List.of(
                Stories.document("a", LocalDate.of(2021, 3, 2), "The " + kind + place + " on Monday killed 40 people."),
                Stories.document("b", LocalDate.of(2021, 3, 2), "The bombing in Mombasa killed 12 people."),
                Stories.document("c", LocalDate.of(2021, 3, lateDay), "The " + kind + place + " killed 41 people, officials said."),
                Stories.document("d", LocalDate.of(2021, 3, laterDay), "The " + kind + place + " killed 40 people.")));
        return table.groups().stream().filter(g -> g.incident().label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void undatedTollsOfACrashWeeksLaterAreComparedWhateverTheirArticlesDay() {
        FigureGroup crash = row("crash, Nairobi", "crash", 20, 28);
        assertThat(crash.agreement()).isEqualTo(Agreement.CONFLICT);
        assertThat(crash.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.window()).isEqualTo(SettledTolls.WINDOW);
            assertThat(c.values()).extracting(v -> v.quantity().text()).containsExactly("41", "40");
        });
    }

    @Test
    void tollsOfTheIncidentsFirstWeekAreNotSettled() {
        assertThat(row("crash, Nairobi", "crash", 5, 6).agreement()).isEqualTo(Agreement.COMPATIBLE);
    }

    @Test
    void aStormsTollIsCountedForWeeksAndNeverSettled() {
        assertThat(row("storm, Nairobi", "storm", 20, 28).agreement()).isEqualTo(Agreement.COMPATIBLE);
    }

    @Test
    void aRowNamingNoIncidentTakesTheOneKindItsValuesName() {
        FigureTable table = new FigureReconciler().reconcile(List.of(
                Stories.document("a", LocalDate.of(2021, 3, 2), "The crash on Monday killed 40 people."),
                Stories.document("c", LocalDate.of(2021, 3, 20), "The crash killed 41 people, officials said."),
                Stories.document("d", LocalDate.of(2021, 3, 27), "The crash killed 40 people.")));
        FigureGroup row = table.groups().stream().filter(g -> g.concept().equals("killed")).findFirst().orElseThrow();
        assertThat(row.incident()).isEqualTo(Incident.NONE);
        assertThat(row.conflicts()).singleElement().satisfies(c -> assertThat(c.window()).isEqualTo(SettledTolls.WINDOW));
    }

    @Test
    void aRowNamingNoIncidentOfAStormIsNotSettled() {
        FigureTable table = new FigureReconciler().reconcile(List.of(
                Stories.document("a", LocalDate.of(2021, 3, 2), "The storm on Monday killed 40 people."),
                Stories.document("c", LocalDate.of(2021, 3, 20), "The storm killed 41 people, officials said."),
                Stories.document("d", LocalDate.of(2021, 3, 27), "The storm killed 40 people.")));
        FigureGroup row = table.groups().stream().filter(g -> g.concept().equals("killed")).findFirst().orElseThrow();
        assertThat(row.conflicts()).isEmpty();
    }
}
