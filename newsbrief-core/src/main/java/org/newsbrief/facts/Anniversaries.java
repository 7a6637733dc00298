package org.newsbrief.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a past event whose anniversary a sentence marks, for a toll told of that event: "the seventh
 * anniversary of a massacre in which at least 50 people were killed" (in an article of 1998) counts the dead of
 * 1991, not of the days the anniversary's Masses are held on; "the anniversary of the 1991 massacre, in which 50 died"
 * likewise. The year is the one written after "anniversary of" (within three words), else the article's year less
 * the ordinal before "anniversary" ("seventh", "25th"); with neither, none. The toll must stand after "anniversary
 * of", within {@value #REACH} characters and no ";" between. Stateless.
 */
final class Anniversaries {

    private Anniversaries() {
    }

    /** How far after "anniversary of" a toll may stand. */
    static final int REACH = 120;

    private static final Pattern YEAR_AFTER = Pattern.compile("\\s+(?:[\\w'-]+\\s+){0,3}?(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern NUMERIC_ORDINAL = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final String OF = "anniversary of";

    /** The year the toll at {@code at} in the lower-cased sentence tells of, or null. */
    static String year(String lower, int at, LocalDate published) {
        int from = lower.lastIndexOf(OF, at);
        if (from < 0 || at - from > REACH || lower.substring(from, at).indexOf(';') >= 0) {
            return null;
        }
        Matcher year = YEAR_AFTER.matcher(lower).region(from + OF.length(), at);
        if (year.lookingAt()) {
            return year.group(1);
        }
        String before = lower.substring(0, from).trim();
        String word = before.substring(before.lastIndexOf(' ') + 1);
        Matcher numeric = NUMERIC_ORDINAL.matcher(word);
        int years = numeric.matches() ? Integer.parseInt(numeric.group(1)) : ORDINALS.indexOf(word) + 1;
        return years > 0 && published != null ? String.valueOf(published.getYear() - years) : null;
    }
}
