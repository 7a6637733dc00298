package org.newsbrief.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.Stories;

class TimelineBuilderTest {

    private final TimelineBuilder builder = new TimelineBuilder(TimelineBuilder.Options.DEFAULTS);

    private static TimelineEntry at(Timeline timeline, String label) {
        return timeline.entries().stream().filter(e -> e.when().label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no timeline entry for " + label + " in "
                        + timeline.entries().stream().map(e -> e.when().label() + " " + e.text()).toList()));
    }

    @Test
    void placesTheEventsOfTheExampleStoryOnTheirDates() {
        Timeline timeline = builder.build(Stories.aleppo());
        assertThat(at(timeline, "summer 2012").text()).contains("the first district the rebels took");
        assertThat(at(timeline, "2016-09-19").text()).contains("ceasefire", "September 19");
        assertThat(at(timeline, "2016-09-22").text()).contains("offensive on September 22");
        assertThat(at(timeline, "2016-11-15").text()).contains("November 15");
        assertThat(at(timeline, "2016-11-26").text()).contains("Masaken Hanano");
        assertThat(at(timeline, "2016-11-27").text()).contains("Jabal Badra and Baadeen");
        assertThat(timeline.entries()).extracting(TimelineEntry::when).isSorted();
        timeline.entries().forEach(entry -> assertThat(entry.support().get(0)).isEqualTo(entry.sentence()));
    }

    @Test
    void marksDatesThatNeededTheStorysDate() {
        Timeline timeline = builder.build(Stories.aleppo());
        assertThat(at(timeline, "2016-09-19").inferred()).isTrue();
        assertThat(at(timeline, "2016-11-26").inferred()).isFalse();
    }

    @Test
    void citesEveryArticleReportingTheSameEventOnTheSameDate() {
        Document a = Stories.document("a", LocalDate.of(2016, 11, 27),
                "Government forces captured the Masaken Hanano district of Aleppo on Saturday after heavy fighting.");
        Document b = Stories.document("b", LocalDate.of(2016, 11, 28),
                "Masaken Hanano district of Aleppo was captured by government forces on November 26.");
        Timeline timeline = builder.build(List.of(a, b));
        assertThat(at(timeline, "2016-11-26").support()).extracting(r -> r.articleId()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aLongPeriodUpToTheArticlesDateIsNoEventDateButAShortOneIs() {
        // written for this rule (DUC 2003 d31002t): "for the last 10 years" tells how long, not when
        Document a = Stories.document("a", LocalDate.of(1998, 10, 3),
                "Refugees returned to the valley on Friday. "
                        + "Religion has for the last 10 years been a main ingredient of the nationalist hatreds. "
                        + "Floods killed 24 people over the past three days.");
        assertThat(builder.build(List.of(a)).entries()).extracting(e -> e.when().label())
                .containsExactly("1998-09-30/1998-10-03", "1998-10-02");
    }

    @Test
    void anEntryIsShownByASentenceThatStandsAloneAndSuchDatesGoFirstAmongEquals() {
        // written for this rule (DUC 2003 d30050t, d31041t): "He has historically prepared for each election ..." names nobody
        Document a = Stories.document("a", LocalDate.of(1998, 10, 5),
                "The senator opened his campaign in Albany on Monday with a speech on taxes and schools. "
                        + "He ran against the state attorney general in 1992 and won by a wide margin. "
                        + "But the harbour bridge was closed in 1994 for repairs to its rusted cables.");
        Document b = Stories.document("b", LocalDate.of(1998, 10, 6),
                "The senator first ran against the state attorney general in 1992 and won that race. "
                        + "The harbour authority sold the ferry line in 1993 to a company from the coast.");
        assertThat(at(builder.build(List.of(a, b)), "1992").text()).startsWith("The senator first ran");
        Timeline two = new TimelineBuilder(new TimelineBuilder.Options(2, 0.25)).build(List.of(a, b));
        assertThat(two.entries()).extracting(e -> e.when().label()).containsExactly("1992", "1993");
    }

    @Test
    void aPostingStampDatesNoEntry() {
        // written for this rule: the stamp above a blog entry is when it was posted, no event of that day
        Document blog = Stories.document("blog", LocalDate.of(2021, 6, 7),
                "Ann Lee | 10:15 UK time, Friday, 4 June 2021\nThe slick has reached the beaches of the bay. "
                        + "Divers capped the well on 2 June.");
        assertThat(builder.build(List.of(blog)).entries()).extracting(e -> e.when().label())
                .containsExactly("2021-06-02", "2021-06-07");
    }

    @Test
    void undatedStoryWithoutWrittenDatesHasOnlyYears() {
        Document undated = Stories.document("u", null, "On Sunday the army advanced. Rebels have held the east since 2012.");
        assertThat(builder.build(List.of(undated)).entries()).extracting(e -> e.when().label()).containsExactly("2012");
    }

    @Test
    void prefersTheDateThatLaterReportsLookBackOnAmongDatesWithAsManyArticles() {
        Document sameDay = Stories.document("a", LocalDate.of(2016, 11, 20),
                "Government forces captured the hospital of Aleppo on November 20 after heavy fighting.");
        Document later = Stories.document("b", LocalDate.of(2016, 11, 28),
                "Rebels shelled the western districts of Aleppo on November 25, killing nine people.");
        Timeline timeline = new TimelineBuilder(new TimelineBuilder.Options(1, 0.25)).build(List.of(sameDay, later));
        assertThat(timeline.entries()).extracting(e -> e.when().label()).containsExactly("2016-11-25");
    }
}
