package org.newsbrief.facts;

import java.util.regex.Pattern;

/**
 * Counts of a rate: a number followed within its next six words (a possessive one too) by "a day", "per year", "each
 * winter", "every week" ("There are 4,000 babies a day being killed", "Cold claims dozens of lives in Moscow each
 * winter", "about 33,000 people die on america's roads every year", "800,000 people die of cardiovascular disease each
 * year") says how many in each such period, not how many in the value's window, so it is no key figure: a row compares
 * totals. Not a period that says when or how long ("in a day", "within a week", "for a year", "a day after", "a year
 * ago", "a day of mourning"). Stateless and thread-safe.
 */
final class Rates {

    private static final Pattern RATE = Pattern.compile("(?i)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?"
            + "(?<!\\b(?:in|within|for|over|on|by|of|than|to|into|about|once|twice|nearly|almost|half)\\s)"
            + "(?:a|an|per|each|every)\\s+(?:day|night|week|month|year|winter|summer|hour)\\b"
            + "(?!\\s+(?:ago|earlier|later|before|after|apart|when|of|or|and)\\b)(?!-)");

    private Rates() {
    }

    /** Whether the words after {@code quantity} in {@code sentence} make it a rate. */
    static boolean rate(String sentence, Quantity quantity) {
        return RATE.matcher(sentence).region(quantity.span().end(), sentence.length()).lookingAt();
    }
}
