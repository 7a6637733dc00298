package org.newsbrief.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the page furniture that a scraped wire page glues before its first sentence: a headline, the
 * posting stamp ("Sun Feb 20, 2011 6:47 pm EST", after a place and a bar) and the agency dateline
 * that follows it ("RABAT | Sun Feb 20, 2011 6:47 pm EST RABAT (Reuters) - A son of ..." opens "A son
 * of ..."). Only a stamp with its clock and zone followed by a bracketed agency credit is cut, so a
 * sentence that mentions a date and an agency stays. Stateless and thread-safe.
 */
final class PageStampLead {

    /** How far into a paragraph the stamp and credit may end. */
    private static final int WINDOW = 300;

    private static final Pattern STAMP_AND_CREDIT = Pattern.compile(
            "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\s*,\\s*\\d{4}\\s+"
                    + "\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?\\s+[A-Z]{2,4}\\s+"
                    // an editor's note on the update: "(Adds foreign minister's quotes)"
                    + "(?:\\([^()]{1,80}\\)\\s+)?"
                    // the dateline after the stamp: a place in capitals, perhaps its country and a day ("RABAT Feb 26")
                    + "(?:[A-Z][\\p{L}./'\\-]*(?:\\s*,?\\s+(?:[A-Z][\\p{L}./'\\-]*|\\d{1,2})){0,4}\\s+)?"
                    + "\\((?:CNN|" + BoilerplateRules.AGENCIES + ")\\)\\s*(?:\u2014|\u2013|--|-|_)?\\s*(?=[\\p{Lu}0-9\"'])");

    private PageStampLead() {
    }

    /** Whether a clock ("6:47") stands within the first {@link #WINDOW} characters: most paragraphs have none. */
    private static boolean hasClock(String paragraph) {
        int end = Math.min(paragraph.length() - 2, WINDOW);
        for (int i = paragraph.indexOf(':', 1); i >= 1 && i < end; i = paragraph.indexOf(':', i + 1)) {
            if (Character.isDigit(paragraph.charAt(i - 1)) && Character.isDigit(paragraph.charAt(i + 1))
                    && Character.isDigit(paragraph.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph after the stamp and credit when it opens with them (within {@link #WINDOW}); else the paragraph. */
    static String cut(String paragraph) {
        if (!hasClock(paragraph) || paragraph.indexOf('(') < 0) {
            return paragraph;
        }
        Matcher matcher = STAMP_AND_CREDIT.matcher(paragraph);
        matcher.region(0, Math.min(paragraph.length(), WINDOW + 80));
        if (matcher.find() && matcher.start() <= WINDOW - 60) {
            return paragraph.substring(matcher.end());
        }
        return paragraph;
    }
}
