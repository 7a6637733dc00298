package org.newsbrief.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts readers' comment sections and tweet widgets off a paragraph. Pages extracted as one
 * paragraph (the CNN pages of Timeline17) carry, after the article, the readers' comments, each
 * closed by its stamp ("March 3, 2011 at 5:26 pm | Report abuse |"), and a widget of the outlet's
 * tweets, each closed by "8:41 pm ET March 3, 2011 RETWEET". Comments are not the article: their
 * numbers and names must not reach a brief. The paragraph is cut at the first stamp of a comment
 * section, told by two or more comment stamps in the paragraph or by one that the comment's
 * buttons follow ("| Report abuse", "| Reply"), or at the first tweet stamp, and the rest of the
 * paragraph goes: a page prints nothing of the article after these sections. A single stamp with
 * no buttons stays (a blog's own entry may be stamped so), as do live-blog stamps ("(Updated: 1:38
 * a.m. Monday)") and chronologies, which print no bar after the clock. The comment written
 * above the first stamp stays: nothing marks where it begins. Stateless and thread-safe.
 */
final class CommentSections {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String DATE = "(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + ")\\s*,?\\s*\\d{4}";
    private static final String CLOCK = "\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\.?";

    /**
     * A comment's stamp, "February 21, 2011 at 12:12 am |", perhaps with the clock twice
     * ("February 24, 2011 04:37 pm at 4:37 pm |"), found in the text before a bar.
     */
    private static final Pattern COMMENT_STAMP = Pattern.compile(
            "(?<!\\S)" + DATE + "(?:\\s+" + CLOCK + ")?\\s+at\\s+" + CLOCK + "\\s*\\|");
    /** The buttons after a comment's stamp ("| Report abuse |", "| Reply"). */
    private static final Pattern BUTTONS = Pattern.compile("\\s*(?:Report abuse|Reply)\\b");

    /** A tweet's stamp in a widget, "8:41 pm ET February 11, 2013 RETWEET", and the short link glued before it. */
    private static final Pattern TWEET_STAMP = Pattern.compile(
            "(?<!\\S)(?:\\S+/\\S+\\s+)?" + CLOCK + "\\s+ET\\s+" + DATE + "\\s+RETWEET(?!\\w)");
    private static final String RETWEET = "RETWEET";

    /** How far before its bar or its "RETWEET" a stamp is looked for: the longest stamp and a short link. */
    private static final int LOOK_BACK = 100;

    private CommentSections() {
    }

    /** The paragraph without its comment section or tweet widget; the paragraph itself when it holds neither. */
    static String cut(String paragraph) {
        int cut = Math.min(commentSectionStart(paragraph), tweetWidgetStart(paragraph));
        return cut == Integer.MAX_VALUE ? paragraph : paragraph.substring(0, cut).stripTrailing();
    }

    /**
     * Where the comment section starts: the first stamp, when a second follows or the buttons
     * follow it. The pattern is tried only on the text before a bar that an "am"/"pm" precedes (a
     * pattern searched along a whole page made the cleaner half as slow again on Timeline17).
     */
    private static int commentSectionStart(String paragraph) {
        int first = -1;
        for (int bar = paragraph.indexOf('|'); bar >= 0; bar = paragraph.indexOf('|', bar + 1)) {
            if (!followsClock(paragraph, bar)) {
                continue;
            }
            Matcher stamp = endingBefore(COMMENT_STAMP, paragraph, bar + 1);
            if (stamp == null) {
                continue;
            }
            if (first >= 0) {
                return first;
            }
            first = stamp.start();
            if (BUTTONS.matcher(paragraph).region(bar + 1, paragraph.length()).lookingAt()) {
                return first;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Where the tweet widget starts: its first stamp, looked for before each "RETWEET". */
    private static int tweetWidgetStart(String paragraph) {
        for (int word = paragraph.indexOf(RETWEET); word >= 0; word = paragraph.indexOf(RETWEET, word + 1)) {
            Matcher stamp = endingBefore(TWEET_STAMP, paragraph, word + RETWEET.length());
            if (stamp != null) {
                return stamp.start();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether "am"/"pm" (perhaps "p.m.") stands before the bar at {@code bar}, past white space. */
    private static boolean followsClock(String text, int bar) {
        int i = bar - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == 'm' || text.charAt(i) == 'M' || text.charAt(i) == '.');
    }

    /** The match of {@code pattern} that ends at {@code end}, found in the {@link #LOOK_BACK} characters before; null if none. */
    private static Matcher endingBefore(Pattern pattern, String text, int end) {
        Matcher matcher = pattern.matcher(text).region(Math.max(0, end - LOOK_BACK), end).useTransparentBounds(true);
        while (matcher.find()) {
            if (matcher.end() == end) {
                return matcher;
            }
        }
        return null;
    }
}
