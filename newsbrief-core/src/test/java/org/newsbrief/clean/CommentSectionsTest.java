package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentSectionsTest {

    private static final String BODY = "The council voted on Tuesday to extend the curfew .";

    @Test
    void cutsACommentSectionAtItsFirstStamp() {
        String text = BODY + " Good riddance to the curfew , say I . April 3 , 2012 at 9:05 pm | Nobody asked you ."
                + " Four hundred people died for this . April 3 , 2012 at 9:41 pm | Sort by newest";
        assertThat(CommentSections.cut(text)).isEqualTo(BODY + " Good riddance to the curfew , say I .");
    }

    @Test
    void cutsAtAStampWithTheClockTwice() {
        String text = BODY + " April 3 , 2012 08:05 pm at 8:05 pm | Five mayors resigned . April 4 , 2012 10:10 am at 10:10 am |";
        assertThat(CommentSections.cut(text)).isEqualTo(BODY);
    }

    @Test
    void cutsASingleStampThatTheCommentButtonsFollow() {
        String text = BODY + " 3 April, 2012 at 9:05 PM | Report abuse | Twelve ministers should resign .";
        assertThat(CommentSections.cut(text)).isEqualTo(BODY);
        assertThat(CommentSections.cut(BODY + " April 3, 2012 at 9:05 pm | Reply")).isEqualTo(BODY);
    }

    @Test
    void keepsASingleStampWithoutButtons() {
        String text = "Council extends curfew April 3 , 2012 at 9:05 pm | " + BODY;
        assertThat(CommentSections.cut(text)).isEqualTo(text);
    }

    @Test
    void keepsLiveBlogStampsAndChronologies() {
        String liveBlog = "-LRB- Updated : 9:05 p.m. Tuesday ; 3:05 p.m. ET -RRB- : " + BODY
                + " -LRB- Updated : 9:41 p.m. Tuesday ; 3:41 p.m. ET -RRB- : The mayor resigned .";
        String chronology = "April 3 , 2012 , 9:05 pm : " + BODY + " April 4 , 2012 , 10:10 am : The mayor resigned .";
        String prose = "On April 3 , 2012 at 9:05 pm the council voted | a vote that April 4 , 2012 at 10:10 am was annulled .";
        assertThat(CommentSections.cut(liveBlog)).isEqualTo(liveBlog);
        assertThat(CommentSections.cut(chronology)).isEqualTo(chronology);
        assertThat(CommentSections.cut("April 3, 2012 - " + BODY)).isEqualTo("April 3, 2012 - " + BODY);
        assertThat(CommentSections.cut(prose)).isEqualTo(prose);
    }

    @Test
    void cutsATweetWidgetAtItsFirstStampAndLink() {
        String text = BODY + " Ferry delayed by fog in the harbour ! t.co\\/Ab12Cd 7:15 am ET May 2 , 2012 RETWEET"
                + " Three killed in the storm . 6:50 am ET May 2 , 2012 RETWEET";
        assertThat(CommentSections.cut(text)).isEqualTo(BODY + " Ferry delayed by fog in the harbour !");
    }

    @Test
    void keepsTheWordRetweetInProse() {
        String text = "Users may RETWEET a post at 7:15 am ET , May 2 , 2012 , the company said .";
        assertThat(CommentSections.cut(text)).isEqualTo(text);
    }

    @Test
    void theCleanerDropsTheCommentSection() {
        String text = BODY + " April 3, 2012 at 9:05 pm | Report abuse | Two thousand soldiers were killed .\n"
                + "The curfew starts at 9:05 pm.";
        assertThat(new NewsTextCleaner().clean(text)).isEqualTo(BODY + "\nThe curfew starts at 9:05 pm.");
    }
}
