package org.newsbrief.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the photo captions that some scraped agency pages carry in their text, each cut short
 * at a fixed length with an ellipsis and closed by the agency's credit: "File - in this may 4,
 * 2015 file photo, a ferry leaves the pier. The line said... ( associated press ) portsmouth
 * ( ap ) — the ferry line ..." opens "Portsmouth ( ap ) — the ferry line ...". A caption is no
 * article prose: its photo's date misleads the timeline ("in this may 4, 2015 file photo") and its
 * cut-short sentence opened summaries. Only an ellipsis right before the credit marks a caption,
 * so an article that names the agency keeps its words. The page cuts each caption to about
 * {@value #SHORT} characters (a longer form to about {@value #LONG}), so the caption is taken to
 * start at the sentence start that lies about that far before its ellipsis (or where the text or
 * the caption before it starts); where no sentence starts there, the caption stays, since the text
 * before it is the article's. A caption that ends the text stays too. The text then opens with a
 * capital, as the article's first sentence did. Stateless and thread-safe.
 */
final class CaptionTeasers {

    /** The length the page cuts a caption to, and the slack around it. */
    private static final int SHORT = 205;
    private static final int LONG = 302;
    private static final int SLACK = 20;

    /** The ellipsis that cuts a caption short and the credit after it. */
    private static final Pattern TEASER_END = Pattern.compile("(?i)(?:\\.\\.\\.|\u2026)\\s*\\(\\s*associated press\\s*\\)\\s*");

    private CaptionTeasers() {
    }

    /** The paragraph without its cut-short captions; the paragraph itself when it holds none. */
    static String cut(String paragraph) {
        if (paragraph.indexOf('(') < 0 || paragraph.indexOf("..") < 0 && paragraph.indexOf('\u2026') < 0) {
            return paragraph;
        }
        Matcher matcher = TEASER_END.matcher(paragraph);
        StringBuilder out = null;
        int kept = 0;
        while (matcher.find() && matcher.end() < paragraph.length()) {
            int start = captionStart(paragraph, kept, matcher.start());
            if (start < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(paragraph.length());
            }
            out.append(paragraph, kept, start);
            kept = matcher.end();
        }
        if (out == null) {
            return paragraph;
        }
        out.append(paragraph, kept, paragraph.length());
        return TextNormalizer.capitalized(out.toString());
    }

    /** Where the caption whose ellipsis stands at {@code end} starts, or -1 where no sentence starts at its length. */
    private static int captionStart(String text, int from, int end) {
        for (int length : new int[] {SHORT, LONG}) {
            int best = -1;
            for (int s = Math.max(from, end - length - SLACK); s <= end - length + SLACK; s++) {
                if (isSentenceStart(text, from, s) && (best < 0 || Math.abs(end - s - length) < Math.abs(end - best - length))) {
                    best = s;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    /** The text's start, the end of the caption cut before, or a capital or digit after a sentence end and a space. */
    private static boolean isSentenceStart(String text, int from, int at) {
        if (at == from) {
            return true;
        }
        if (at < 2 || !(Character.isUpperCase(text.charAt(at)) || Character.isDigit(text.charAt(at)))) {
            return false;
        }
        char end = text.charAt(at - 2);
        return text.charAt(at - 1) == ' ' && (end == '.' || end == '!' || end == '?' || end == '"' || end == '\u201D');
    }
}
