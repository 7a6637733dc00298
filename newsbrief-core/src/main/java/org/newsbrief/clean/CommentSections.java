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
     * ("February 24, 2011 04:37 pm at 4:37 pm |"), and the comment's buttons after it.
     */
    private static final Pattern COMMENT_STAMP = Pattern.compile(
            DATE + "(?:\\s+" + CLOCK + ")?\\s+at\\s+" + CLOCK + "\\s*\\|(\\s*(?:Report abuse|Reply)\\b)?");

    /** A tweet's stamp in a widget, "8:41 pm ET February 11, 2013 RETWEET", and the short link glued before it. */
    private static final Pattern TWEET_STAMP = Pattern.compile(
            "(?:\\S+/\\S+\\s+)?" + CLOCK + "\\s+ET\\s+" + DATE + "\\s+RETWEET\\b");

    private CommentSections() {
    }

    /** The paragraph without its comment section or tweet widget; the paragraph itself when it holds neither. */
    static String cut(String paragraph) {
        int cut = Math.min(commentSectionStart(paragraph), tweetWidgetStart(paragraph));
        return cut == Integer.MAX_VALUE ? paragraph : paragraph.substring(0, cut).stripTrailing();
    }

    private static int commentSectionStart(String paragraph) {
        if (paragraph.indexOf('|') < 0) {
            return Integer.MAX_VALUE; // spares most paragraphs the pattern
        }
        Matcher stamp = COMMENT_STAMP.matcher(paragraph);
        if (!stamp.find()) {
            return Integer.MAX_VALUE;
        }
        int first = stamp.start();
        return stamp.group(1) != null || stamp.find() ? first : Integer.MAX_VALUE;
    }

    private static int tweetWidgetStart(String paragraph) {
        if (!paragraph.contains("RETWEET")) {
            return Integer.MAX_VALUE;
        }
        Matcher stamp = TWEET_STAMP.matcher(paragraph);
        return stamp.find() ? stamp.start() : Integer.MAX_VALUE;
    }
}
