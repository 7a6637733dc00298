package org.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewsSentencesTest {

    @Test
    void stripsTheReutersDateline() {
        assertThat(NewsSentences.clean("RABAT | Sun Feb 20 , 2011 6:47 pm EST RABAT -LRB- Reuters -RRB- - A son of Libyan"
                + " leader Muammar Gaddafi promised a program of reforms on Sunday ."))
                .isEqualTo("A son of Libyan leader Muammar Gaddafi promised a program of reforms on Sunday .");
    }

    @Test
    void stripsTheCnnCredit() {
        assertThat(NewsSentences.clean("Washington -LRB- CNN -RRB- -- The Obama administration is considering sanctions ."))
                .isEqualTo("The Obama administration is considering sanctions .");
    }

    @Test
    void stripsTheGuardianTimeStamp() {
        assertThat(NewsSentences.clean("Wednesday 20 July 2005 09.33 BST Three British soldiers are to stand trial ."))
                .isEqualTo("Three British soldiers are to stand trial .");
    }

    @Test
    void stripsTheTimeStampOfAReadersComment() {
        assertThat(NewsSentences.clean("March 24 , 2011 at 11:48 am | Reply The Libyan civil war is not in America 's interest ."))
                .isEqualTo("The Libyan civil war is not in America 's interest .");
    }

    @Test
    void leavesDatesInTheTextAlone() {
        String sentence = "March 19 - The first air strikes halt the advance of Gaddafi 's forces on Benghazi .";
        assertThat(NewsSentences.clean(sentence)).isEqualTo(sentence);
    }
}
