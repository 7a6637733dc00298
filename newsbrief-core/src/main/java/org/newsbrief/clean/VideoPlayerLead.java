package org.newsbrief.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the video player that some news sites' scraped pages glue before the article: the player's
 * "Close" button and its "Skip in Skip x Embed x Share" controls, the video's description and the
 * lead photo's caption, up to the photo's bracketed credit ("Close police say a man shot himself
 * ... Buzz60 officers close the park ... ( photo: jan roe, ap ) washington — a man fatally shot
 * himself ..." opens "Washington — a man ..."). The description and caption are no article prose:
 * they open summaries with "Close", repeat the lead and name the video's reporter ("Matt Hoffman
 * reports."). Only a paragraph that opens with the button is touched; the credit must follow
 * within {@value #WINDOW} characters, or else only the button and its controls go when the
 * controls are there, since a plain "Close" may open a sentence. A kept paragraph opens with a
 * capital, as the article's first sentence did. Stateless and thread-safe.
 */
final class VideoPlayerLead {

    /** How far into the paragraph the photo credit may close. */
    private static final int WINDOW = 1_200;

    /** "Close" as news prose opens a sentence with it: "Close to 300 people", "Close by", "Close behind". */
    private static final Pattern PROSE = Pattern.compile("(?i)close\\s+(?:to|by|behind)\\b");

    /** The button and the player's controls. */
    private static final Pattern CONTROLS = Pattern.compile("(?i)close\\s+skip\\s+in\\s+skip\\s+x\\s+embed\\s+x\\s+share\\s+");

    /** The photo's credit closing its caption, and the "Buy photo" link that may follow it. */
    private static final Pattern CREDIT = Pattern.compile("(?i)\\(\\s*photo\\s*:[^()]{0,120}\\)\\s*(?:buy photo\\s+)?");

    private VideoPlayerLead() {
    }

    /** The paragraph without the player before its article; the paragraph itself when it opens with none. */
    static String cut(String paragraph) {
        if (!paragraph.regionMatches(true, 0, "close ", 0, 6) || PROSE.matcher(paragraph).lookingAt()) {
            return paragraph;
        }
        Matcher credit = CREDIT.matcher(paragraph);
        credit.region(0, Math.min(paragraph.length(), WINDOW));
        if (credit.find() && credit.end() < paragraph.length()) {
            return TextNormalizer.capitalized(paragraph.substring(credit.end()));
        }
        Matcher controls = CONTROLS.matcher(paragraph);
        return controls.lookingAt() ? TextNormalizer.capitalized(paragraph.substring(controls.end())) : paragraph;
    }
}
