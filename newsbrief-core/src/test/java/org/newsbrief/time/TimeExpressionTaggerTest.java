package org.newsbrief.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeExpressionTaggerTest {

    private static final LocalDate SUNDAY = LocalDate.of(2016, 11, 27);
    private final TimeExpressionTagger tagger = new TimeExpressionTagger();

    private List<String> labels(String text, TimeAnchor anchor) {
        return tagger.tag(text, anchor).stream()
                .map(m -> m.text() + "=" + m.resolved().map(TimeValue::label).orElse("?")).toList();
    }

    @Test
    void resolvesWrittenDatesWithAndWithoutYear() {
        assertThat(labels("The assault began on November 15 and 2016-11-27 was quiet; 15 Nov 2016 too.",
                TimeAnchor.of(SUNDAY))).containsExactly("November 15=2016-11-15", "2016-11-27=2016-11-27",
                        "15 Nov 2016=2016-11-15");
        assertThat(labels("A ceasefire expired on September 19.", TimeAnchor.of(SUNDAY)))
                .containsExactly("September 19=2016-09-19");
        // without a year: the publication year, unless that puts the date over 60 days ahead
        assertThat(labels("Talks resumed on October 3.", TimeAnchor.of(LocalDate.of(2017, 1, 10))))
                .containsExactly("October 3=2016-10-03");
        assertThat(labels("Talks will resume on December 5.", TimeAnchor.of(SUNDAY)))
                .containsExactly("December 5=2016-12-05");
    }

    @Test
    void readsTokenisedAbbreviationsAndBareMonths() {
        assertThat(labels("Protests began on Jan . 25 and grew in October ; talks resume next March .",
                TimeAnchor.of(SUNDAY))).containsExactly("Jan . 25=2016-01-25", "in October=2016-10", "next March=2017-03");
        assertThat(labels("He arrived in December.", TimeAnchor.of(SUNDAY))).containsExactly("in December=2015-12");
        assertThat(labels("It was Tuesday, January 25.", TimeAnchor.of(SUNDAY))).containsExactly(
                "Tuesday, January 25=2016-01-25");
    }

    @Test
    void twoYearsJoinedByADashAreASpanNotTheLaterYear() {
        assertThat(labels("Under the general's 1973-1990 rule, thousands disappeared.", TimeAnchor.of(SUNDAY)))
                .containsExactly("1973-1990=1973-1990");
        assertThat(labels("The club's 2010\u20132011 season was its best.", TimeAnchor.of(SUNDAY)))
                .containsExactly("2010\u20132011=2010-2011");
        // a year alone keeps its reading
        assertThat(labels("The 1989 spill was worse.", TimeAnchor.of(SUNDAY))).containsExactly("1989=1989");
    }

    @Test
    void aWeekdayBeforeADayAndMonthIsPartOfThatDate() {
        // written for this rule: "Wednesday" and "Monday" were also read on their own, as days of the article's week
        assertThat(labels("The pipeline burst on Wednesday, 3 March 2021 and was mended by Monday 8th March, a week later.",
                TimeAnchor.of(LocalDate.of(2021, 3, 17)))).containsExactly("Wednesday, 3 March 2021=2021-03-03",
                        "Monday 8th March=2021-03-08", "a week later=week of 2021-03-15");
    }

    @Test
    void resolvesWeekdaysToTheMostRecentOneInPastTense() {
        assertThat(labels("The capture on Saturday of Masaken Hanano was a breakthrough.", TimeAnchor.of(SUNDAY)))
                .containsExactly("Saturday=2016-11-26");
        assertThat(labels("On Sunday, regime forces took two areas.", TimeAnchor.of(SUNDAY)))
                .containsExactly("Sunday=2016-11-27");
        assertThat(labels("Thursday night's meeting in NY brought them together.", TimeAnchor.of(SUNDAY)))
                .containsExactly("Thursday night's=2016-11-24");
        assertThat(labels("The envoy will meet them on Monday.", TimeAnchor.of(SUNDAY)))
                .containsExactly("Monday=2016-11-28");
    }

    @Test
    void leavesRelativeExpressionsUnresolvedWithoutAPublicationDate() {
        assertThat(labels("On Saturday, dozens fled; last week a truce was proposed.", TimeAnchor.NONE))
                .containsExactly("Saturday=?", "last week=?");
        assertThat(labels("On Saturday, dozens fled.", new TimeAnchor(null, SUNDAY))).containsExactly("Saturday=?");
        TimeMention inferred = tagger.tag("It expired on September 19.", new TimeAnchor(null, SUNDAY)).get(0);
        assertThat(inferred.inferred()).isTrue();
        assertThat(inferred.value().label()).isEqualTo("2016-09-19");
    }

    @Test
    void resolvesYearsMonthsSeasonsAndRanges() {
        assertThat(labels("Rebels took it in the summer of 2012, held it since 2012, between 2012 and 2014, "
                + "after a war that started in March 2011.", TimeAnchor.NONE)).containsExactly(
                        "the summer of 2012=summer 2012", "since 2012=2012",
                        "between 2012 and 2014=2012-2014", "March 2011=2011-03");
    }

    @Test
    void aCommaBetweenMonthAndYearKeepsTheYear() {
        // written for this test: "June, 2009" in an article of 2011 was read as June 2011
        assertThat(labels("The singer died in June, 2009, and the tribute came in October , 2011.",
                TimeAnchor.of(LocalDate.of(2011, 9, 30)))).containsExactly("June, 2009=2009-06", "October , 2011=2011-10");
    }

    @Test
    void resolvesRelativePeriodsAgainstPublication() {
        assertThat(labels("Nearly 1,700 fled over the past 24 hours, three days ago, earlier this week, yesterday"
                + " and overnight.", TimeAnchor.of(SUNDAY))).containsExactly(
                        "over the past 24 hours=2016-11-26/2016-11-27", "three days ago=2016-11-24",
                        "earlier this week=week of 2016-11-21", "yesterday=2016-11-26", "overnight=2016-11-26/2016-11-27");
    }

    @Test
    void ignoresCountsThatLookLikeYearsAndModalMay() {
        assertThat(labels("Some 2016 people fled; 1,700 left; they may return; Room 2012 is closed.", TimeAnchor.of(SUNDAY)))
                .isEmpty();
        assertThat(labels("Civilians have been besieged for months.", TimeAnchor.of(SUNDAY))).containsExactly("for months=?");
    }

    @Test
    void readsTenseFromTheSentenceOfEachMentionWhenTaggingAWholeArticle() {
        // bpoil_bbc: "BP hopes it will collect ... but on Saturday it said ..." in one text
        assertThat(labels("Officials will visit the rig next week. The rig sank on Thursday in deep water.",
                TimeAnchor.of(SUNDAY))).containsExactly("next week=week of 2016-11-28", "Thursday=2016-11-24");
    }

    @Test
    void futureWeekdayNamingThePublicationDayIsThatDay() {
        // "Later on Sunday, Louisiana's governor will meet Mr Obama", published on a Sunday
        assertThat(labels("Later on Sunday, the governor will meet the president.", TimeAnchor.of(SUNDAY)))
                .containsExactly("Sunday=2016-11-27");
    }

    @Test
    void resolvesBareMonthNamesByTense() {
        // "began when a drilling rig exploded and sank in April"; "not expected to be ready before August"
        assertThat(labels("The rig sank in April.", TimeAnchor.of(SUNDAY))).containsExactly("in April=2016-04");
        assertThat(labels("The rig sank in December.", TimeAnchor.of(SUNDAY))).containsExactly("in December=2015-12");
        assertThat(labels("The well is not expected to be ready before August.", TimeAnchor.of(SUNDAY)))
                .containsExactly("before August=2017-08");
        assertThat(labels("Talks failed last November.", TimeAnchor.of(SUNDAY))).containsExactly("last November=2015-11");
        assertThat(labels("Scientists say the oil may spread.", TimeAnchor.of(SUNDAY))).isEmpty();
        assertThat(labels("The rig sank in April.", TimeAnchor.NONE)).containsExactly("in April=?");
    }

    @Test
    void aBareMonthInASentenceOfUnclearTenseIsTheOccurrenceNearestPublication() {
        LocalDate november5 = LocalDate.of(1998, 11, 5);
        LocalDate october10 = LocalDate.of(1998, 10, 10);
        // "cannot vote for him for speaker in January", published in November: the coming January
        assertThat(labels("Two members say they cannot back her for chair in January.", TimeAnchor.of(november5)))
                .containsExactly("in January=1999-01");
        // "under Republican control after November", published in October: this November
        assertThat(labels("The party is almost sure to hold the chamber after November, analysts say.",
                TimeAnchor.of(october10))).containsExactly("after November=1998-11");
        // a verb that reports or plans says nothing of the tense of what it introduces
        assertThat(labels("She announced she would run for the seat in March.", TimeAnchor.of(SUNDAY)))
                .containsExactly("in March=2017-03");
        assertThat(labels("Turnout in December matters to both parties.", TimeAnchor.of(SUNDAY)))
                .containsExactly("in December=2016-12");
    }

    @Test
    void aBareMonthInAPastSentenceIsTheLastOccurrence() {
        LocalDate october10 = LocalDate.of(1998, 10, 10);
        assertThat(labels("The plant was closed in November.", TimeAnchor.of(october10))).containsExactly("in November=1997-11");
        assertThat(labels("Voters chose a new mayor in December.", TimeAnchor.of(SUNDAY))).containsExactly("in December=2015-12");
        assertThat(labels("The mayor resigned in December.", TimeAnchor.of(SUNDAY))).containsExactly("in December=2015-12");
        assertThat(labels("Prices have risen since December.", TimeAnchor.of(SUNDAY))).containsExactly("since December=2015-12");
        // the verb of a long sentence may stand far before its month
        assertThat(labels("The inquiry centred on what it called a turning point in the dispute, the raid by troops on two "
                + "border towns and their markets in late April.", TimeAnchor.of(LocalDate.of(1998, 10, 15))))
                .containsExactly("late April=1998-04");
        // names ending in -ed are no verbs
        assertThat(labels("United and Ahmed Air expand in December.", TimeAnchor.of(SUNDAY)))
                .containsExactly("in December=2016-12");
    }

    @Test
    void aDayAndMonthInAFutureSentenceMayLieUpToSixMonthsAhead() {
        // published in November: "will resume on April 3" is next April, not last April
        assertThat(labels("Talks will resume on April 3.", TimeAnchor.of(SUNDAY))).containsExactly("April 3=2017-04-03");
        // a future sentence dating a past event keeps it in the past
        assertThat(labels("Since the blast on September 19, the firm will pay all costs.", TimeAnchor.of(SUNDAY)))
                .containsExactly("September 19=2016-09-19");
    }

    @Test
    void acceptsBareYearsButNotCounts() {
        // "the 1989 Exxon Valdez disaster"; "some 2000 troops"
        assertThat(labels("It could rival the 1989 Exxon Valdez disaster.", TimeAnchor.of(SUNDAY)))
                .containsExactly("1989=1989");
        assertThat(labels("Some 2000 troops and about 1990 people; 2015 civilians fled.", TimeAnchor.of(SUNDAY))).isEmpty();
        assertThat(labels("Model 2050 was sold.", TimeAnchor.of(LocalDate.of(2010, 1, 1)))).isEmpty();
    }

    @Test
    void readsTokenisedNewswireDates() {
        // Timeline17 text: "Tuesday , May 25 , 2010 , in Washington"
        assertThat(labels("Tuesday , May 25 , 2010 , in Washington", TimeAnchor.of(LocalDate.of(2010, 5, 26))))
                .containsExactly("Tuesday , May 25 , 2010=2010-05-25");
    }

    @Test
    void theTenseMarkerNearestBeforeABareMonthDecidesItsYear() {
        // written for this rule: the past "had" far before won over the modal "may" that governs the month (August 2009)
        assertThat(labels("BP had made efforts and accepts it may not be contained until relief wells become ready in August.",
                TimeAnchor.of(LocalDate.of(2010, 6, 4)))).containsExactly("in August=2010-08");
        // the nearest past verb wins over an earlier future: before, any future marker in the sentence won (April 2017)
        assertThat(labels("The firm will pay for the blast, which sank the rig in April.", TimeAnchor.of(SUNDAY)))
                .containsExactly("in April=2016-04");
        // a present "is" after a past verb leaves the month to the nearest occurrence (before: the last October)
        assertThat(labels("The rig sank, and the well is to be capped in October.", TimeAnchor.of(LocalDate.of(2010, 7, 27))))
                .containsExactly("in October=2010-10");
    }

    @Test
    void aModalPerfectLooksBackAndAPassiveStaysUnclear() {
        LocalDate july31 = LocalDate.of(2010, 7, 31);
        assertThat(labels("The oil washing up now might have leaked in April.", TimeAnchor.of(july31)))
                .containsExactly("in April=2010-04");
        // "should have" with a noun is no perfect: the modal decides
        assertThat(labels("Novartis should have the vaccine ready in September.", TimeAnchor.of(LocalDate.of(2009, 6, 12))))
                .containsExactly("in September=2009-09");
        // "is not stopped" is a passive, no simple past
        assertThat(labels("If the flow is not stopped in August when relief wells are done, it will spread.",
                TimeAnchor.of(LocalDate.of(2010, 6, 24)))).containsExactly("in August=2010-08");
        // "will be held": an irregular past after "be" is a participle
        assertThat(labels("Elections will be held July 24.", TimeAnchor.of(LocalDate.of(2011, 1, 31))))
                .containsExactly("July 24=2011-07-24");
    }

    @Test
    void aFutureAfterAWeekdayDecidesWhenNothingStandsBeforeIt() {
        // "is" right after the weekday no longer hides the "expected to" that follows it (before: last Wednesday)
        assertThat(labels("Erdogan has talks in Tunisia on Wednesday and is then expected to hold meetings in Libya.",
                TimeAnchor.of(LocalDate.of(2011, 9, 13)))).containsExactly("Wednesday=2011-09-14");
    }

    @Test
    void anchoredExpressionsCountFromTheLatestWrittenDateBeforeThem() {
        LocalDate may20 = LocalDate.of(2010, 5, 20);
        // written for this rule: HeidelTime's "the next day" and "two days later" that newsbrief left unresolved
        assertThat(labels("The rig exploded on 20 April and sank two days later.", TimeAnchor.of(may20)))
                .containsExactly("20 April=2010-04-20", "two days later=2010-04-22");
        assertThat(labels("The refinery blew up in 2005; pipelines leaked the following year.", TimeAnchor.of(may20)))
                .containsExactly("in 2005=2005", "the following year=2006");
        assertThat(labels("Talks opened on 3 March 2021. The following month they failed; a week earlier, hope was high.",
                TimeAnchor.of(may20))).containsExactly("3 March 2021=2021-03-03", "The following month=2021-04",
                        "a week earlier=week of 2021-02-22");
        assertThat(labels("Talks opened on 3 March 2021 and collapsed the day before.", TimeAnchor.of(may20)))
                .containsExactly("3 March 2021=2021-03-03", "the day before=2021-03-02");
    }

    @Test
    void anchoredExpressionsCarryAcrossTheSentencesOfOneArticle() {
        NarrativeAnchor narrative = new NarrativeAnchor();
        TimeAnchor anchor = TimeAnchor.of(LocalDate.of(2021, 3, 20));
        tagger.tag("Talks opened in Geneva on 3 March 2021.", anchor, narrative);
        assertThat(tagger.tag("The next day, they broke down.", anchor, narrative)).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo(TimeValue.day(LocalDate.of(2021, 3, 4))));
        // a new article starts without an anchor
        assertThat(tagger.tag("The next day, they broke down.", anchor, new NarrativeAnchor())).singleElement()
                .satisfies(m -> assertThat(m.value()).isNull());
    }

    @Test
    void anchoredExpressionsAreNeverGuessed() {
        // no written date before: not the publication date
        assertThat(labels("The next day, talks broke down.", TimeAnchor.of(SUNDAY))).containsExactly("The next day=?");
        // a weekday after the written date moves the story to a day of its own
        assertThat(labels("Talks opened on 3 March 2021. On Saturday he left; a day earlier he had warned them.",
                TimeAnchor.of(LocalDate.of(2021, 3, 20)))).containsExactly("3 March 2021=2021-03-03", "Saturday=2021-03-20",
                        "a day earlier=?");
        // a year anchors no day
        assertThat(labels("In 2005 the refinery blew up and the next day it burned.", TimeAnchor.of(SUNDAY)))
                .containsExactly("In 2005=2005", "the next day=?");
        // a posting stamp is when the text was written, no event to count from
        assertThat(labels("Page last updated at 07:12 GMT, Monday, 4 October 2021\nThe next day, talks broke down.",
                TimeAnchor.of(LocalDate.of(2021, 10, 15)))).containsExactly("Monday, 4 October 2021=2021-10-04",
                        "The next day=?");
    }

    @Test
    void comparisonsHyphenatedNumbersAndEventsAreNoAnchoredExpressions() {
        LocalDate april = LocalDate.of(2011, 4, 26);
        assertThat(labels("In 2010 the loss was wider than a year earlier.", TimeAnchor.of(april))).containsExactly("In 2010=2010");
        assertThat(labels("It did not stop in 1989. Twenty-one years later, oil remains.", TimeAnchor.of(april)))
                .containsExactly("in 1989=1989");
        // "the day before the vote" counts from the vote, not from the last date
        assertThat(labels("On 3 March 2021 he spoke, the day before the vote.", TimeAnchor.of(april)))
                .containsExactly("3 March 2021=2021-03-03");
        // a headline's "One Year Later" is no narrative
        assertThat(labels("It sank in 2010. Oil Spill Washes Ashore One Year Later", TimeAnchor.of(april)))
                .containsExactly("in 2010=2010");
    }
}
