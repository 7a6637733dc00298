package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.testing.Stories;

class TollLevelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    private static FigureGroup killed(FigureTable table) {
        return table.groups().stream().filter(g -> g.concept().equals("killed")).findFirst()
                .orElseThrow(() -> new AssertionError("no killed row"));
    }

    private static List<String> texts(List<FigureValue> values) {
        return values.stream().map(v -> v.quantity().text()).toList();
    }

    @Test
    void aCountTheTextSaysWasReportedEarlierChangedOverTime() {
        // written for this test after DUC 2003's "Earlier police said 32 people ... had died", the 32 another
        // outlet gave that day
        FigureTable table = new FigureReconciler().reconcile(List.of(
                Stories.document("a", DAY, "In Lakemont, 30 people died in the flood."),
                Stories.document("b", DAY, "In Lakemont, 34 people died in the flood. Officials initially said 30 people"
                        + " had died there, but more bodies were found by evening.")));
        FigureGroup row = killed(table);
        assertThat(row.agreement()).isEqualTo(Agreement.CHANGED);
        assertThat(row.conflicts()).isEmpty();
        assertThat(texts(row.earlier())).containsExactly("30", "30");
    }

    @Test
    void aTollTakenBeforeMoreDiedLaterIsAnEarlierCount() {
        // written for this test after DUC 2003's "59 bodies were found at the scene and one other died later"
        FigureTable table = new FigureReconciler().reconcile(List.of(
                Stories.document("a", DAY, "The fire killed 41 people. Rescuers said 40 bodies were found in the hall"
                        + " and one other died later."),
                Stories.document("b", DAY, "The fire killed 41 people.")));
        FigureGroup row = killed(table);
        assertThat(row.agreement()).isEqualTo(Agreement.CHANGED);
        assertThat(texts(row.earlier())).containsExactly("40");
    }

    @Test
    void anEarlierKillingAndAnEarlierMonthAreNoEarlierCount() {
        // written for this test after DUC 2003's "The storm earlier killed at least 156 people": "earlier" dates the deaths
        String storm = "The storm earlier killed 150 people.";
        String month = "Earlier this month, officials said 150 people had died.";
        for (String sentence : List.of(storm, month)) {
            assertThat(QuantityExtractor.withoutTagger().extract(sentence)).filteredOn(q -> q.text().contains("150"))
                    .singleElement().satisfies(q -> assertThat(TollLevels.superseded(sentence, q)).isFalse());
        }
        FigureTable table = new FigureReconciler().reconcile(List.of(
                Stories.document("a", DAY, "The storm killed 140 people."), Stories.document("b", DAY, storm)));
        assertThat(killed(table).agreement()).isEqualTo(Agreement.CONFLICT);
        assertThat(killed(table).earlier()).isEmpty();
    }

    @Test
    void onlyTollsOfTheDeadAndInjuredAreReadAsRevised() {
        // written for this test after DUC 2003's "The British Foreign Office initially said the four were seized early
        // Sunday morning, but later said ...": the time was revised, not the count
        FigureTable table = new FigureReconciler().reconcile(List.of(Stories.document("a", DAY,
                "The ministry initially said three engineers were kidnapped near the border, but later said it was in town.")));
        assertThat(table.groups()).filteredOn(g -> g.concept().equals("captured")).singleElement()
                .satisfies(g -> assertThat(g.earlier()).isEmpty());
    }
}
