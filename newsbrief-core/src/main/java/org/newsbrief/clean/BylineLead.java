package org.newsbrief.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page furniture between a byline and an agency dateline at the start of a paragraph. News
 * pages flattened to one paragraph (as in Timeline17's CNN pages) open with the byline, a photo
 * caption and the story highlights, then the dateline and the body: "By the Example Wire Staff A
 * photo shows ... Officials say ... (CNN) -- The body ...". When a paragraph opens with a byline
 * and an agency dateline follows within {@link #WINDOW} characters, everything up to and including
 * the dateline goes; without such a dateline the paragraph is left alone. Stateless and thread-safe.
 */
final class BylineLead {

    /** How far into the paragraph the dateline may start: the furniture runs to about 1,000 characters. */
    static final int WINDOW = 1_500;

    /**
     * A byline opening the paragraph: "By the CNN Wire Staff", or two to four capitalised names
     * ("By Jane Q. Reporter"), so that "By Tuesday, the army ..." is no byline.
     */
    private static final Pattern OPENING = Pattern.compile(
            "By (?:the [A-Z][\\p{L}]*(?: [A-Z][\\p{L}]*){0,3} [Ss]taff\\b|[A-Z][\\p{L}'.-]+(?: [A-Z][\\p{L}'.-]+){1,3})");

    /**
     * An agency dateline, bracketed as printed or as the Penn Treebank tokens ("(CNN) --",
     * "-LRB- CNN -RRB- --", "(Reuters) -", "(AP) _"), then the dash and a body that opens with a
     * capital, a digit or a quote.
     */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "(?:\\(|-LRB- ?)(?:CNN|" + BoilerplateRules.AGENCIES + ")(?: ?\\)| ?-RRB-)\\s*(?:\u2014|\u2013|--|_|-)\\s+(?=[\\p{Lu}0-9\"'])");

    private BylineLead() {
    }

    /** The paragraph after the dateline when it opens with a byline that one follows; else the paragraph. */
    static String cut(String paragraph) {
        if (!paragraph.startsWith("By ") || !OPENING.matcher(paragraph).lookingAt()) {
            return paragraph;
        }
        Matcher dateline = AGENCY_DATELINE.matcher(paragraph);
        dateline.region(0, Math.min(paragraph.length(), WINDOW + 40));
        if (dateline.find() && dateline.start() <= WINDOW) {
            return paragraph.substring(dateline.end());
        }
        return paragraph;
    }
}
