package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Span;
import org.newsbrief.testing.Stories;

/** Every phrase here was written for these tests. */
class IncidentsTest {

    private static Incident incident(String sentence, String number) {
        int at = sentence.indexOf(number);
        String lower = sentence.toLowerCase(Locale.ROOT);
        return Incidents.of(sentence, lower, ClauseBoundaries.of(sentence, lower).hard(), new Span(at, at + number.length()));
    }

    @Test
    void theKindIsTheEventNounOfTheClause() {
        assertThat(incident("The blast outside the depot killed 31 workers.", "31")).isEqualTo(new Incident("bombing", ""));
        assertThat(incident("A quake near the coast left 80 people dead.", "80").kind()).isEqualTo("earthquake");
        assertThat(incident("Two airstrikes on the bridge killed 9 people.", "9").kind()).isEqualTo("air strike");
    }

    @Test
    void generalWordsForFightingNameNoKind() {
        assertThat(incident("The offensive has killed 410 civilians since May.", "410")).isEqualTo(Incident.NONE);
        assertThat(incident("The attack killed 395 civilians, the monitors said.", "395")).isEqualTo(Incident.NONE);
        assertThat(incident("Artillery fire killed at least 7 villagers.", "7")).isEqualTo(Incident.NONE);
    }

    @Test
    void thePlaceIsTheNameAfterInAtOrNear() {
        assertThat(incident("The explosion in downtown Tamsford killed 64 people.", "64"))
                .isEqualTo(new Incident("bombing", "Tamsford"));
        assertThat(incident("At the consulate in Port es Vallon, 9 people were killed.", "9").place())
                .isEqualTo("Port es Vallon");
        assertThat(incident("In Orvania, around 300 people died in the floods.", "300"))
                .isEqualTo(new Incident("storm", "Orvania"));
        assertThat(incident("Lakemont, where 18 people died, declared an emergency.", "18").place()).isEqualTo("Lakemont");
        assertThat(incident("Lakemont, where 18 died, closed its schools, as did Brindle, where 6 died.", "6").place())
                .isEqualTo("Brindle");
        assertThat(incident("The quake in Tamsford Lt Gen Arn Volk said had killed 70 people.", "70").place())
                .isEqualTo("Tamsford");
        assertThat(incident("In March the rebels killed 40 soldiers.", "40")).isEqualTo(Incident.NONE);
    }

    @Test
    void aParticipleClauseTakesTheClauseBeforeAndAWhenClauseAfter() {
        assertThat(incident("The navy fired missiles at a base in northern Korvath, killing 17 people.", "17"))
                .isEqualTo(new Incident("air strike", "Korvath"));
        assertThat(incident("Nine hikers died when a landslide buried the trail.", "Nine").kind()).isEqualTo("storm");
    }

    private static FigureTable reconcile(String a, String b, String c) {
        LocalDate day = LocalDate.of(2022, 4, 9);
        return new FigureReconciler().reconcile(List.of(Stories.document("a", day, a), Stories.document("b", day, b),
                Stories.document("c", day, c)));
    }

    @Test
    void tollsOfDifferentIncidentsAreNeverCompared() {
        FigureTable table = reconcile("The blast at the station in Tamsford killed 64 people.",
                "Missiles fired at a camp in Korvath killed 17 people.",
                "At the harbour in Port es Vallon, 9 people were killed.");
        assertThat(table.groups()).filteredOn(g -> g.concept().equals("killed")).hasSize(3)
                .allMatch(g -> g.agreement() == Agreement.AGREE && g.values().size() == 1)
                .extracting(g -> g.incident().label())
                .containsExactly("bombing, Tamsford", "air strike, Korvath", "Port es Vallon");
    }

    @Test
    void aValueNamingItsIncidentInPartJoinsTheOneIncidentItIsPartOf() {
        FigureTable table = reconcile("The blast at the station in Tamsford killed 64 people.",
                "The bomb killed 70 people, the police said.",
                "Missiles fired at a camp in Korvath killed 17 people.");
        assertThat(table.groups()).filteredOn(g -> g.incident().place().equals("Tamsford")).singleElement()
                .satisfies(g -> assertThat(g.values()).extracting(v -> v.quantity().text()).containsExactly("64", "70"))
                .satisfies(g -> assertThat(g.agreement()).isEqualTo(Agreement.CONFLICT));
    }

    @Test
    void oneIncidentNamedOrNoneKeepsTheFigureWhole() {
        FigureTable table = reconcile("The offensive on east Vardenburg has killed 410 civilians.",
                "The attack has killed at least 440 civilians, monitors said.",
                "Monitors counted 400 civilians killed in Vardenburg.");
        assertThat(table.groups()).filteredOn(g -> g.concept().equals("killed")).singleElement().satisfies(g -> {
            assertThat(g.incident()).isEqualTo(Incident.NONE);
            assertThat(g.agreement()).isEqualTo(Agreement.CONFLICT);
        });
    }
}
