package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebFurnitureTest {

    private static final String NEWS = "The harbour reopened on Monday after the storm. Fishing boats left at dawn.";

    @Test
    void removesATweetBoxNoticeAndKeepsTheArticle() {
        String page = NEWS + " Tweet with a location you can add location information to your tweets, such as your town,"
                + " from the web. You always have the option to delete your tweet location history. Learn more";
        assertThat(WebFurniture.cut(page)).isEqualTo(NEWS);
    }

    @Test
    void removesAnArchiveNoteBeforeTheArchivedArticle() {
        String page = "Starting in 2001, Alexa Internet has been donating their crawl data to the archive."
                + " Flowing in every day, these data are added to the Wayback Machine after a delay. " + NEWS;
        assertThat(WebFurniture.cut(page)).isEqualTo(NEWS);
        assertThat(WebFurniture.cut("Crawl of outlinks from example.org started june, 2017. " + NEWS)).isEqualTo(NEWS);
    }

    @Test
    void aPageOfNoticesAloneLeavesNothing() {
        assertThat(WebFurniture.cut("Add this tweet to your website by copying the code below. Learn more"
                + " add this video to your website by copying the code below. Learn more")).isEmpty();
        assertThat(WebFurniture.cut("This feature is not available right now. Please try again later."))
                .isEqualTo("Please try again later.");
    }

    @Test
    void removesMissingPageAndConsentNotices() {
        assertThat(WebFurniture.cut("Sorry, the page you requested was not found. " + NEWS)).isEqualTo(NEWS);
        assertThat(WebFurniture.cut("By clicking \"I agree\" below, you consent to the use of cookies by us. " + NEWS))
                .isEqualTo(NEWS);
    }

    @Test
    void aPlayerNoticeRunIntoTheNextSentenceTakesOnlyItsOwnWords() {
        assertThat(WebFurniture.cut("Please enable JavaScript to watch this video tulsa, okla. -- the river rose"
                + " overnight. Schools closed.")).isEqualTo("tulsa, okla. -- the river rose overnight. Schools closed.");
        assertThat(WebFurniture.cut("Media playback is unsupported on your device Media caption The mayor visited."))
                .isEqualTo("Media caption The mayor visited.");
    }

    @Test
    void removesNoticesInsideAParagraphWhateverTheirCase() {
        String page = NEWS + " DOW JONES REPRINTS: this copy is for your personal use only. The mayor thanked the crews.";
        assertThat(WebFurniture.cut(page)).isEqualTo(NEWS + " The mayor thanked the crews.");
    }

    @Test
    void newsThatMentionsTheseWordsStays() {
        String text = "Starting in 2019, the city has been donating old buses to schools. Learn more about the plan"
                + " at the town hall, the mayor said. He will sign in person. You always have a choice, she said.";
        assertThat(WebFurniture.cut(text)).isSameAs(text);
        assertThat(WebFurniture.cut(NEWS)).isSameAs(NEWS);
    }

    @Test
    void aNoticeOnlyCountsAtASentenceStart() {
        String text = "He said that this feature is not available right now in the new cars.";
        assertThat(WebFurniture.cut(text)).isSameAs(text);
    }
}
