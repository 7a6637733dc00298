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
    void strikeAsAVerbNamesNoIncident() {
        assertThat(incident("Citing the 40 people killed in the attacks, she said all are victims when terrorists strike.", "40"))
                .isEqualTo(Incident.NONE);
        assertThat(incident("Officials said 12 people died in the missile strike.", "12").kind()).isEqualTo("air strike");
    }

    @Test
    void generalWordsForFightingNameNoKind() {
        assertThat(incident("The offensive has killed 410 civilians since May.", "410")).isEqualTo(Incident.NONE);
        assertThat(incident("The attack killed 395 civilians, the monitors said.", "395")).isEqualTo(Incident.NONE);
        assertThat(incident("Artillery fire killed at least 7 villagers.", "7")).isEqualTo(Incident.NONE);
    }

    @Test
    void aPrepositionOpeningTheSentenceIsNoPartOfThePlaceBeforeWhere() {
        assertThat(incident("In Lakemont, where 18 people died, schools closed.", "18").place()).isEqualTo("Lakemont");
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
        assertThat(incident("Since the quake, Arn Volk told the Tamsford Herald newspaper in Ostria that 300 people died.",
                "300")).isEqualTo(new Incident("earthquake", ""));
    }

    @Test
    void aRegionAfterThroughoutOrAcrossIsThePlace() {
        assertThat(incident("The frost has killed 48 people throughout Varnland, officials said.", "48").place())
                .isEqualTo("Varnland");
        assertThat(incident("The storm across Ostria left 30 people dead.", "30")).isEqualTo(new Incident("storm", "Ostria"));
        assertThat(incident("The storm across the valley left 30 people dead.", "30")).isEqualTo(new Incident("storm", ""));
    }

    @Test
    void anAirportAFlightLeavesFromOrIsBoundForIsNoPlaceOfTheIncident() {
        assertThat(incident("The jet crashed on a flight from Brenfield International Airport in Ostria, killing 88 people.",
                "88")).isEqualTo(Incident.NONE);
        assertThat(incident("The plane bound for the airport near Tamsford crashed into the sea with 41 people aboard.",
                "41")).isEqualTo(Incident.NONE);
        assertThat(incident("The jet took off out of Velm airport in Ostria and 12 people died.", "12")).isEqualTo(Incident.NONE);
        assertThat(incident("The crash at the airport in Tamsford killed 41 people.", "41"))
                .isEqualTo(new Incident("crash", "Tamsford"));
        assertThat(incident("Fog closed Velm Airport in Ostria, where 9 people died in a crash.", "9"))
                .isEqualTo(new Incident("crash", "Ostria"));
    }

    @Test
    void aMonthsAbbreviationIsNoPlace() {
        assertThat(incident("Her son died in the Sept. 3 crash that took 140 lives.", "140")).isEqualTo(new Incident("crash", ""));
        assertThat(incident("In Oct. 2019 the blast killed 12 people.", "12")).isEqualTo(new Incident("bombing", ""));
    }

    @Test
    void aNameBeforeWhereWithoutACommaIsThePlace() {
        assertThat(incident("He moved to Brindle where the bomb had killed 14 people.", "14"))
                .isEqualTo(new Incident("bombing", "Brindle"));
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
                .allMatch(g -> g.agreement() == Agreement.ONE_SOURCE && g.values().size() == 1)
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

    private static FigureTable reconcile(LocalDate day, String... texts) {
        List<org.newsbrief.model.Document> documents = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            documents.add(Stories.document("d" + i, day, texts[i]));
        }
        return new FigureReconciler().reconcile(documents);
    }

    private static List<String> killedRows(FigureTable table) {
        return table.groups().stream().filter(g -> g.concept().equals("killed"))
                .map(g -> g.incident().label() + ": " + String.join(" ", g.values().stream().map(v -> v.quantity().text()).toList()))
                .sorted().toList();
    }

    private static final LocalDate DAY = LocalDate.of(2022, 4, 9);

    @Test
    void anAreaIncidentInAPlaceWithinAnotherIsOne() {
        assertThat(killedRows(reconcile(DAY, "The quake in Vellmar killed 300 people.",
                "The earthquake in Ostria killed 320 people.", "The quake in Dorn killed 40 people.",
                "Rescuers reached Vellmar, Ostria, on Tuesday.", "Dorn, 40km west of Vellmar, was flattened.",
                "The 1990 earthquake in Kessel killed 2,000 people.")))
                .containsExactly("earthquake, Kessel: 2,000", "earthquake, Ostria: 300 320 40");
        FigureTable table = reconcile(DAY, "The quake in Vellmar killed 300 people.", "The earthquake in Ostria killed 20,000 people.",
                "The earthquake in Ostria killed 19,000 people.", "Rescuers reached Vellmar, Ostria, on Tuesday.",
                "The 1990 earthquake in Kessel killed 2,000 people.");
        assertThat(table.groups()).filteredOn(g -> g.incident().place().equals("Ostria")).singleElement().satisfies(g ->
                assertThat(g.conflicts()).singleElement().satisfies(c -> assertThat(c.values())
                        .extracting(v -> v.quantity().text()).containsExactly("20,000", "19,000"))); // Vellmar's 300 is a part
        FigureTable whole = reconcile(DAY, "The quake in Vellmar killed 300 people.", "The earthquake in Ostria killed 20,000 people.",
                "Rescuers reached Vellmar, Ostria, on Tuesday.");
        assertThat(whole.groups()).filteredOn(g -> g.concept().equals("killed")).singleElement()
                .satisfies(g -> assertThat(g.agreement()).isEqualTo(Agreement.COMPATIBLE));
    }

    @Test
    void aPointIncidentInTwoPlacesWithinOneIsTwo() {
        assertThat(killedRows(reconcile(DAY, "The blast in Vellmar killed 30 people.", "The blast in Dorn killed 12 people.",
                "The bombing in Ostria killed 40 people.", "Vellmar, Ostria, mourned.", "Dorn, Ostria, mourned.")))
                .containsExactly("bombing, Dorn: 12", "bombing, Ostria: 40", "bombing, Vellmar: 30");
        assertThat(killedRows(reconcile(DAY, "The blast in Vellmar killed 30 people.", "The bombing in Ostria killed 34 people.",
                "Missiles fired at a camp in Kessel killed 17 people.", "Vellmar, Ostria, mourned.")))
                .containsExactly("air strike, Kessel: 17", "bombing, Ostria: 30 34");
    }

    @Test
    void aKindAloneJoinsTheOnePlaceOfThatKind() {
        assertThat(killedRows(reconcile(DAY, "The earthquake killed 290 people.", "The quake in Vellmar killed 300 people.",
                "Missiles fired at a camp in Kessel killed 17 people.", "The 1990 earthquake in Dorn killed 2,000 people.")))
                .containsExactly("air strike, Kessel: 17", "earthquake, Dorn: 2,000", "earthquake, Vellmar: 290 300");
        assertThat(killedRows(reconcile(DAY, "The earthquake killed 290 people.", "The quake in Vellmar killed 300 people.",
                "Missiles fired at a camp in Kessel killed 17 people.", "The earthquake in Dorn killed 20 people.")))
                .containsExactly("air strike, Kessel: 17", "earthquake, Dorn: 20", "earthquake, Vellmar: 300", "earthquake: 290");
    }

    @Test
    void aValueNamingNoIncidentJoinsTheOneIncidentOfItsDays() {
        assertThat(killedRows(reconcile(DAY, "The quake in Vellmar killed 300 people.", "Officials said 310 people had died.",
                "The 1990 earthquake in Dorn killed 2,000 people.", "In 1995 some 80 people died.")))
                .containsExactly(": some 80", "earthquake, Dorn: 2,000", "earthquake, Vellmar: 300 310");
        FigureTable later = new FigureReconciler().reconcile(List.of(
                Stories.document("a", DAY, "The quake in Vellmar killed 300 people."),
                Stories.document("b", DAY.plusDays(1), "The earthquake in Vellmar killed 305 people."),
                Stories.document("c", DAY.plusDays(20), "Officials said 25 people had died."),
                Stories.document("d", DAY, "The 1990 earthquake in Dorn killed 2,000 people.")));
        assertThat(killedRows(later)).containsExactly(": 25", "earthquake, Dorn: 2,000", "earthquake, Vellmar: 300 305");
    }

    @Test
    void aValueNamingNoIncidentStaysApartFromTwo() {
        assertThat(killedRows(reconcile(DAY, "The blast in Vellmar killed 30 people.",
                "Missiles fired at a camp in Kessel killed 17 people.", "Officials said 25 people had died.")))
                .containsExactly(": 25", "air strike, Kessel: 17", "bombing, Vellmar: 30");
    }

    @Test
    void aPlaceAroundTheIncidentsIsTheSettingAndNamesNone() {
        assertThat(killedRows(reconcile(DAY, "Shelling killed 12 people in Ostria.", "The blast in Vellmar killed 30 people.",
                "Missiles fired at a camp in Dorn killed 9 people.", "Vellmar, Ostria, mourned.", "Dorn, Ostria, mourned.")))
                .containsExactly(": 12", "air strike, Dorn: 9", "bombing, Vellmar: 30");
    }

    @Test
    void aPastValueNamingAKindJoinsTheStorysIncidentOfThatKind() {
        LocalDate november = LocalDate.of(2022, 11, 2);
        assertThat(killedRows(reconcile(november, "The blast in Vellmar killed 213 people.",
                "On 7 August 2022 the bomb killed more than 200 people.",
                "Missiles fired at a camp in Kessel killed 17 people.")))
                .containsExactly("air strike, Kessel: 17", "bombing, Vellmar: 213 more than 200");
        assertThat(killedRows(reconcile(november, "The blast in Vellmar on 2 November killed 213 people.",
                "On 7 August 2022 the bomb killed more than 200 people.",
                "Missiles fired at a camp in Kessel killed 17 people.")))
                .containsExactly("air strike, Kessel: 17", "bombing, Vellmar: 213", "bombing: more than 200");
    }

    @Test
    void aPartOfAPastIncidentWithItsCountFromAnotherOutletJoinsIt() {
        assertThat(killedRows(reconcile(DAY, "The 1995 bombing in Kessel killed 180 people.", "The blast killed 180 people.",
                "Missiles fired at a camp in Dorn killed 17 people.")))
                .containsExactly("air strike, Dorn: 17", "bombing, Kessel: 180 180");
        assertThat(killedRows(reconcile(DAY, "The 1995 bombing in Kessel killed 180 people.", "The blast killed 40 people.",
                "Missiles fired at a camp in Dorn killed 17 people.")))
                .containsExactly("air strike, Dorn: 17", "bombing, Kessel: 180", "bombing: 40");
        assertThat(killedRows(reconcile(DAY, "The 1995 bombing in Kessel killed 180 people.",
                "The 1997 bombing in Vellmar killed 180 people.", "The blast killed 180 people.")))
                .containsExactly("bombing, Kessel: 180", "bombing, Vellmar: 180", "bombing: 180");
    }

    @Test
    void aValueIsPastWhenItsWindowEndedAMonthBeforeTheStory() {
        LocalDate start = LocalDate.of(2010, 1, 12);
        assertThat(IncidentSplit.isPast(value("2008"), start)).isTrue();
        assertThat(IncidentSplit.isPast(value("2009-11"), start)).isTrue();
        assertThat(IncidentSplit.isPast(value("2009-12-20"), start)).isFalse();
        assertThat(IncidentSplit.isPast(value("since 2008-05-12"), start)).isFalse();
        assertThat(IncidentSplit.isPast(value("2008"), null)).isFalse();
        assertThat(IncidentSplit.dates("1980-1988")[1]).isEqualTo(LocalDate.of(1988, 12, 31));
    }

    private static FigureValue value(String window) {
        Quantity quantity = QuantityExtractor.withoutTagger().extract("They counted 12 dead.").get(0);
        return new FigureValue(quantity, new org.newsbrief.model.SentenceRef("a", 0, new Span(0, 10)), window,
                LocalDate.of(2010, 1, 20));
    }
}
