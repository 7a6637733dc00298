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
        assertThat(WebFurniture.cut("This feature is not available right now. Please try again later.")).isEmpty();
        assertThat(WebFurniture.cut("An error has occurred. Please try again later. " + NEWS)).isEqualTo(NEWS);
        assertThat(WebFurniture.cut("This feature is not available right now. " + NEWS)).isEqualTo(NEWS);
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
                .isEqualTo("The mayor visited."); // the caption's label goes too (aVideoCaptionsLabelGoesAndItsWordsStay)
    }

    @Test
    void removesNoticesInsideAParagraphWhateverTheirCase() {
        String page = NEWS + " DOW JONES REPRINTS: this copy is for your personal use only. The mayor thanked the crews.";
        assertThat(WebFurniture.cut(page)).isEqualTo(NEWS + " The mayor thanked the crews.");
    }

    @Test
    void aNumberedNoticeGoesWithItsNumber() {
        assertThat(WebFurniture.cut(NEWS + " 1. Turned off duplicate detection. 2. For the first time, did all the different"
                + " wikis.")).isEqualTo(NEWS);
        String list = "The plan has two parts: 1. New buses. 2. Fewer cars.";
        assertThat(WebFurniture.cut(list)).isSameAs(list);
    }

    @Test
    void removesNewsletterFormsAroundTheArticle() {
        String page = "Newsletter sign up continue reading the main story sign up for the evening briefing, delivered to"
                + " your inbox. Invalid email address. Please re-enter. Thank you for subscribing. " + NEWS;
        assertThat(WebFurniture.cut(page)).isEqualTo(NEWS);
    }

    @Test
    void removesAnAuthorAlertSignUpWithItsPromise() {
        String page = "Close get email notifications on ann lee daily! your notification has been saved. Whenever ann lee"
                + " posts new content, you ' ll get an email delivered to your inbox with a link. " + NEWS;
        assertThat(WebFurniture.cut(page)).isEqualTo(NEWS);
        String news = "Whenever the mayor posts new content on the city site, reporters read it first.";
        assertThat(WebFurniture.cut(news)).isSameAs(news);
    }

    @Test
    void aRatingWidgetRunIntoThePostTakesOnlyItsOwnWords() {
        assertThat(WebFurniture.cut("Vn: f [ 2.1.3_880 ] rating: 4.5/5 ( 12 votes cast ) the ferry ran aground at dawn."))
                .isEqualTo("the ferry ran aground at dawn.");
        String news = "Rating: 4.5/5 from 12 votes cast, the film leads the list.";
        assertThat(WebFurniture.cut(news)).isSameAs(news);
    }

    @Test
    void removesRegistrationAndSupportPitchesAndArchiveNotes() {
        String page = "Looking for news you can trust? Subscribe to our free newsletters. Please sign in why are we asking"
                + " this? by submitting your registration information, you agree to our terms. Thank you for registering!"
                + " Our journalism takes a lot of time, effort, and hard work to produce. This is a set of web collections"
                + " curated by a librarian. Archive-it partner 42: the ad archive collects ads. " + NEWS
                + " This material may not be published, broadcast, rewritten, or redistributed.";
        assertThat(WebFurniture.cut(page)).isEqualTo(NEWS);
    }

    @Test
    void aVideoPlayerOrNewsletterBoxRunIntoTheArticleTakesOnlyItsOwnWords() {
        assertThat(WebFurniture.cut("The budget passed. Play facebook twitter google plus embed mayor signs the budget 2: 07"
                + " the mayor signed it on friday.")).isEqualTo("The budget passed. the mayor signed it on friday.");
        assertThat(WebFurniture.cut("The video will start in 8 cancel get daily updates directly to your inbox subscribe"
                + " thank you for subscribing we have more newsletters show me see our privacy notice could not subscribe,"
                + " try again later invalid email hordes of crabs left the beach.")).isEqualTo("hordes of crabs left the beach.");
        assertThat(WebFurniture.cut("Share this article facebook twitter linkedin email the mayor signed it. This article"
                + " is over 1 year old the court ruled.")).isEqualTo("the mayor signed it. the court ruled.");
        assertThat(WebFurniture.cut("Skip ad ad loading... X embed x share the mayor signed it."))
                .isEqualTo("the mayor signed it.");
        String news = "Play resumed on friday, and the video will start the show.";
        assertThat(WebFurniture.cut(news)).isSameAs(news);
    }

    @Test
    void anAdvertisementSlotGoesWhereNoSentenceCanGoOn() {
        assertThat(WebFurniture.cut("The bridge closed. Advertisement continue reading the main story the detour adds"
                + " an hour.")).isEqualTo("The bridge closed. the detour adds an hour.");
        assertThat(WebFurniture.cut("The bridge closed. Advertisement - continue reading below the detour adds an hour."))
                .isEqualTo("The bridge closed. the detour adds an hour.");
        assertThat(WebFurniture.cut("The bridge closed. Advertisement advertisement the detour adds an hour."))
                .isEqualTo("The bridge closed. the detour adds an hour.");
        assertThat(WebFurniture.cut("The bridge closed. Advertisement \"it adds an hour,\" she said."))
                .isEqualTo("The bridge closed. \"it adds an hour,\" she said.");
        String news = "Advertisement spending fell. Advertisement for the new line ran on radio. Advertisement that mocked"
                + " rivals was pulled.";
        assertThat(WebFurniture.cut(news)).isSameAs(news);
    }

    @Test
    void removesSubscriptionPitchesAndTopicAlertOffers() {
        String page = NEWS + " Be the first to know. No one covers what is happening in our community better than we do. And with a digital"
                + " subscription, you'll never miss a local story. Sign me up! The ferry resumed.";
        assertThat(WebFurniture.cut(page)).isEqualTo(NEWS + " The ferry resumed.");
        assertThat(WebFurniture.cut(NEWS + " Interested in ferries? add ferries as an interest to stay up to date on the"
                + " latest ferries news, video, and analysis from city news. Add interest the ferry resumed."))
                .isEqualTo(NEWS + " the ferry resumed.");
        assertThat(WebFurniture.cut(NEWS + " Interested in? add as an interest to stay up to date on the latest news, video,"
                + " and analysis from city news. Add interest the ferry resumed.")).isEqualTo(NEWS + " the ferry resumed.");
        String news = "Be the first to know when the ferry runs, the mayor said.";
        assertThat(WebFurniture.cut(news)).isSameAs(news);
        assertThat(WebFurniture.cut(NEWS + " Get the harbour times' daily edition by email and never miss our top stories"
                + " free sign up the ferry resumed.")).isEqualTo(NEWS + " the ferry resumed.");
    }

    @Test
    void aVideoPagesStampAndLinkListGoAndItsDescriptionStays() {
        String page = "Published on mar 3, 2016 the mayor opens the new ferry terminal. Subscribe to the channel here:"
                + " http://bit.ly/ab12 for more, click here: http://bit.ly/cd34 watch at 9 pm. The ferry resumed.";
        assertThat(WebFurniture.cut(page)).isEqualTo("the mayor opens the new ferry terminal. The ferry resumed.");
        String news = "Published on March 3, 2016, the report found more delays. Lunch is at Lido (www.lido.example) or"
                + " Ria (www.ria.example), the guide says.";
        assertThat(WebFurniture.cut(news)).isSameAs(news);
    }

    @Test
    void anEmailAFriendFormBeforeTheArticleGoes() {
        assertThat(WebFurniture.cut("You must enter the characters with black color that stand out from the other"
                + " characters message: * a friend wanted you to see this item from example.com: http://ex.am/q1 \u2014"
                + " the river rose overnight.")).isEqualTo("the river rose overnight.");
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

    @Test
    void aStorysUpdateNoteGoes() {
        assertThat(WebFurniture.cut("Editor's note: this story has been updated to include the mayor's reply. The bridge"
                + " closed on Friday.")).isEqualTo("The bridge closed on Friday.");
        assertThat(WebFurniture.cut("This article was updated with new figures from the port. The bridge closed on Friday."))
                .isEqualTo("The bridge closed on Friday.");
        assertThat(WebFurniture.cut("Editor's note: this story was updated at 4: 10 p.m. E.t. Who owns the old mill?"))
                .isEqualTo("Who owns the old mill?");
        String news = "The council said this story has been updated by rumours for years. The mill stays shut.";
        assertThat(WebFurniture.cut(news)).isSameAs(news);
    }

    @Test
    void aVideoCaptionsLabelGoesAndItsWordsStay() {
        assertThat(WebFurniture.cut("Media playback is unsupported on your device media caption the ferry leaves the"
                + " harbour the port reopened on monday.")).isEqualTo("the ferry leaves the harbour the port reopened on monday.");
        String news = "The museum's media caption contest drew 40 entries.";
        assertThat(WebFurniture.cut(news)).isSameAs(news);
    }
}

