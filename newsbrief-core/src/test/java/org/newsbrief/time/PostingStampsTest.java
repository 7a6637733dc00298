package org.newsbrief.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every phrase here was written for its rule (none is copied from a corpus). Before the rules, each
 * stamp below was an ordinary mention of its date, so a timeline counted it as an event.
 */
class PostingStampsTest {

    private static final TimeAnchor ANCHOR = TimeAnchor.of(LocalDate.of(2021, 10, 15));
    private final TimeExpressionTagger tagger = new TimeExpressionTagger();

    /** The stamps of the text, as "words=value". */
    private List<String> stamps(String text) {
        return tagger.tag(text, ANCHOR).stream().filter(TimeMention::stamp)
                .map(m -> m.text() + "=" + m.resolved().map(TimeValue::label).orElse("?")).toList();
    }

    /** The mentions of the text that are no stamps, as "words=value". */
    private List<String> events(String text) {
        return tagger.tag(text, ANCHOR).stream().filter(m -> !m.stamp())
                .map(m -> m.text() + "=" + m.resolved().map(TimeValue::label).orElse("?")).toList();
    }

    @Test
    void aClockAndACommaBeforeTheDateMakeAStamp() {
        assertThat(stamps("Ann Lee | 09:40 GMT, Wednesday, 13 October 2021\nThe minister resigned."))
                .containsExactly("Wednesday, 13 October 2021=2021-10-13");
        // a clock that a preposition introduces is the time of an event
        assertThat(stamps("The blast came at 21:49 GMT, Tuesday 12 October, and shook the town.")).isEmpty();
    }

    @Test
    void aClockJoinedByASpaceMakesAStampOnlyAfterFurniture() {
        assertThat(stamps("(Update 3:05 a.m. Friday in Lagos, 10:05 p.m. ET Thursday) Crowds grew."))
                .containsExactly("Friday=2021-10-15", "Thursday=2021-10-14");
        assertThat(stamps("It ran in the Herald on 07.15 BST on Sunday 10 October 2021.")).containsExactly(
                "Sunday 10 October 2021=2021-10-10");
        assertThat(stamps("Talks will resume 9:30 a.m. Tuesday in Geneva.")).isEmpty();
    }

    @Test
    void aPageLabelMakesAStamp() {
        assertThat(stamps("Updated: 3 June 2021")).containsExactly("3 June 2021=2021-06-03");
        assertThat(stamps("Added: Thursday, 7 October, 2021, 11:02 GMT")).containsExactly(
                "Thursday, 7 October, 2021=2021-10-07");
        assertThat(stamps("Page last updated at 07:12 GMT, Monday, 4 October 2021")).containsExactly(
                "Monday, 4 October 2021=2021-10-04");
        assertThat(stamps("12 October 2021 Last updated at 09:30 GMT")).containsExactly("12 October 2021=2021-10-12");
        // the publication of a report is news
        assertThat(stamps("The report was published on 3 June 2021.")).isEmpty();
    }

    @Test
    void aSeparatorBarMakesAStamp() {
        assertThat(stamps("posted on Sunday, 5 September 2021 | 12 comments")).containsExactly(
                "Sunday, 5 September 2021=2021-09-05");
        assertThat(stamps("September 9, 2021 at 6:12 pm | Reply")).containsExactly("September 9, 2021=2021-09-09");
    }

    @Test
    void aQuotedPostsHeaderIsAStampButAWriterInProseIsNot() {
        assertThat(stamps("On Tue, 2 Mar 2021 at 10:02, Jane Doe <jane@example.org> wrote:")).containsExactly(
                "2 Mar 2021=2021-03-02");
        assertThat(stamps("On 3 March 2021, hill_walker62 wrote: the path was shut.")).containsExactly(
                "3 March 2021=2021-03-03");
        assertThat(stamps("At 4:13 pm on 6 May 2021, a reader wrote: not again.")).containsExactly("6 May 2021=2021-05-06");
        assertThat(stamps("On 3 June, the minister wrote: we will not yield.")).isEmpty();
    }

    @Test
    void aClockRightAfterTheDateMakesAStampUnlessAPrepositionIntroducesTheDate() {
        assertThat(stamps("Thursday 14 October 2021 08.15 BST Floods closed the road.")).containsExactly(
                "Thursday 14 October 2021=2021-10-14");
        assertThat(stamps("September 2, 2021 - 6:10 PM | by: Ann Lee")).containsExactly("September 2, 2021=2021-09-02");
        assertThat(stamps("Posted by Ann on June 1, 2021 04:26 PM.")).containsExactly("June 1, 2021=2021-06-01");
        assertThat(stamps("The vote on 3 June 2021 10:00 GMT was delayed.")).isEmpty();
    }

    @Test
    void aWireDatelineIsAStamp() {
        assertThat(stamps("NAIROBI, March 3 (Reuters) - Kenya's central bank raised rates on Tuesday.")).containsExactly(
                "March 3=2021-03-03");
    }

    @Test
    void aDateAloneOnItsLineStaysAnEvent() {
        // a chronology's heading dates the event below it
        assertThat(events("20 April 2010\nThe rig explodes, killing 11 workers.")).containsExactly("20 April 2010=2010-04-20");
    }

    @Test
    void aRelativeExpressionIsNeverAStamp() {
        assertThat(stamps("Join us next Sunday morning, 11:00 a.m. Eastern, for the debate.")).isEmpty();
    }
}
