package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.testing.Stories;

/** The rules of {@link ConflictTotals} and {@link EventStarts}, each with phrases written for it. */
class ConflictTotalsTest {

    private static final LocalDate DAY = LocalDate.of(2020, 2, 10);

    /** "text scope window" of every figure value of a one-sentence article published on {@link #DAY}. */
    private static List<String> values(String sentence) {
        return new FigureReconciler().reconcile(List.of(Stories.document("a", DAY, sentence))).groups().stream()
                .flatMap(g -> g.values().stream())
                .map(v -> v.quantity().text() + " " + v.scope() + (v.window().isEmpty() ? "" : " " + v.window())).toList();
    }

    @Test
    void aConflictWordAsTheAgentMakesAWholeConflictTotal() {
        assertThat(values("The six-year insurgency has killed more than 40,000 people, the ministry says."))
                .containsExactly("more than 40,000 WHOLE_CONFLICT");
        assertThat(values("A border conflict that claimed the lives of 2,300 soldiers ended in a truce."))
                .containsExactly("2,300 WHOLE_CONFLICT");
        assertThat(values("The revolt, in which monitors say 5,200 people have died, goes on."))
                .containsExactly("5,200 WHOLE_CONFLICT");
    }

    @Test
    void aCountInOrSinceTheConflictIsAWholeConflictTotal() {
        assertThat(values("Some 12,000 people have died in the country's long civil war."))
                .containsExactly("Some 12,000 WHOLE_CONFLICT");
        assertThat(values("Nearly 9,000 people have been killed since the revolt began, monitors said."))
                .containsExactly("Nearly 9,000 WHOLE_CONFLICT since the revolt began");
        assertThat(values("Monitors say 4,700 people had died in 14 months of unrest.")).containsExactly("4,700 WHOLE_CONFLICT");
        assertThat(values("Some 850 people have been killed since protests erupted in the capital."))
                .containsExactly("Some 850 WHOLE_CONFLICT");
        assertThat(values("At least 2,600 marchers have been killed since the junta began its crackdown."))
                .containsExactly("At least 2,600 WHOLE_CONFLICT since the junta began its crackdown");
        assertThat(values("At least 1,500 people have been killed since the start of the war."))
                .containsExactly("At least 1,500 WHOLE_CONFLICT since the start of the war");
    }

    @Test
    void aWeakConflictWordNeedsThePerfect() {
        assertThat(values("The crackdown has killed 3,100 protesters, rights groups said."))
                .containsExactly("3,100 WHOLE_CONFLICT");
        assertThat(values("Unrest in the port left 12 people dead.")).containsExactly("12 EPISODE");
    }

    @Test
    void episodesAndModifiersAreNoConflict() {
        assertThat(values("Fighting killed 40 people in the north, medics said.")).containsExactly("40 EPISODE");
        assertThat(values("Three war crimes investigators were killed near the dam.")).containsExactly("Three EPISODE");
        assertThat(values("Eight soldiers died in the war's bloodiest week.")).containsExactly("Eight EPISODE");
        assertThat(values("Eight soldiers died in the worst ambush of the war.")).containsExactly("Eight EPISODE");
        assertThat(values("At least 60 people died on one of the deadliest days in the revolt, medics said."))
                .containsExactly("At least 60 EPISODE");
        assertThat(values("The insurgency claims about three lives daily.")).containsExactly("about three EPISODE");
    }

    @Test
    void aDatedCountOfTheConflictIsThatStretchsToll() {
        assertThat(values("In 2015 the war killed 55,000 people.")).containsExactly("55,000 EPISODE 2015");
        assertThat(values("The war killed 30 people on Saturday.")).containsExactly("30 EPISODE 2020-02-08");
    }

    @Test
    void theDateOfAReportIsNotTheDateOfTheCount() {
        assertThat(values("A hearing on Tuesday was told more than 3,900 had died in the rebellion."))
                .containsExactly("more than 3,900 WHOLE_CONFLICT 2020-02-04");
        assertThat(values("Monitors estimated in January that 2,800 people had been killed in the insurgency."))
                .containsExactly("2,800 WHOLE_CONFLICT 2020-01");
    }

    @Test
    void aWindowStartingHalfAYearBeforeTheArticleIsARunningTotal() {
        assertThat(values("More than 6,000 people have died since May 2019.")).containsExactly("More than 6,000 RUNNING_TOTAL since 2019-05");
        assertThat(values("More than 60 people have died since January 3.")).containsExactly("More than 60 EPISODE since 2020-01-03");
    }

    @Test
    void runningTotalsShareARowNamedForTheConflictWhenOneNamesIt() {
        FigureTable table = new FigureReconciler().reconcile(List.of(
                Stories.document("a", DAY, "More than 6,000 people have died since May 2019."),
                Stories.document("b", DAY, "The uprising has killed at least 6,500 people.")));
        assertThat(table.groups()).singleElement().satisfies(g -> assertThat(g.scope() + " " + g.values().size())
                .isEqualTo("WHOLE_CONFLICT 2"));
    }

    @Test
    void aDateGivenAsAStartStartsTheWindow() {
        assertThat(values("The siege, which began in December 2019, has killed 700 people."))
                .containsExactly("700 EPISODE since 2019-12");
        assertThat(values("Mortar fire has killed 14 civilians since the assault began on January 28."))
                .containsExactly("14 EPISODE since 2020-01-28");
    }

    @Test
    void aDateNearerTheCountThanTheStartInWordsIsItsWindow() {
        assertThat(values("Another 70 were killed on Saturday, the most in one day since the start of the revolt."))
                .containsExactly("70 EPISODE 2020-02-08");
    }

    @Test
    void livesAreCountedAsPeople() {
        FigureTable table = new FigureReconciler().reconcile(List.of(Stories.document("a", DAY,
                "The rebellion has cost 4,100 lives.")));
        assertThat(table.groups()).singleElement().satisfies(g -> assertThat(g.countedThing() + " " + g.label())
                .isEqualTo("people people"));
    }

    @Test
    void theStartOfAnEventInWordsIsTheWindow() {
        assertThat(values("Shelling has killed 31 civilians since the siege started, among them 9 children."))
                .containsExactly("31 EPISODE since the siege started", "9 EPISODE since the siege started");
    }

    @Test
    void aWholeConflictTotalIsNotComparedWithAnEpisodesToll() {
        FigureTable table = new FigureReconciler().reconcile(List.of(
                Stories.document("a", DAY, "A car bomb killed 35 people in the market."),
                Stories.document("b", DAY, "The insurgency has killed more than 40,000 people."),
                Stories.document("c", DAY, "The bomb in the market killed 35 people."),
                Stories.document("d", DAY, "About 38,000 people have died in the insurgency.")));
        assertThat(table.groups()).extracting(g -> g.scope() + " " + g.agreement() + " " + g.values().size())
                .containsExactlyInAnyOrder("EPISODE AGREE 2", "WHOLE_CONFLICT CONFLICT 2");
    }
}
