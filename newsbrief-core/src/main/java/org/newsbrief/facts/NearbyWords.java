package org.newsbrief.facts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and short windows of text around a number that the quantity rules read: the word before
 * or after it, forty characters either side of a match. Shared by the readers, traps and unit rules of
 * {@link QuantityExtractor} so that each reads words the same way. Stateless and thread-safe (the
 * patterns are compiled once and only matched).
 */
final class NearbyWords {

    private NearbyWords() {
    }

    /** Punctuation that ends a word before its unit is read; a hyphen before a space too ("287 miles- and"). */
    static final Pattern TRAILING_PUNCT = Pattern.compile("[,.;:)!?-]+$");

    static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");

    private static final Pattern NON_LETTER_DOT = Pattern.compile("[^\\p{L}.]");

    static final Pattern SPACES = Pattern.compile("\\s+");

    /** The forty characters before a match (fewer at the start of the text). */
    static String before(String input, Matcher m) {
        return input.substring(Math.max(0, m.start() - 40), m.start());
    }

    /** The forty characters after a match (fewer at the end of the text). */
    static String after(String input, Matcher m) {
        return input.substring(m.end(), Math.min(input.length(), m.end() + 40));
    }

    /** The word before a position, in lower case, read from a short window. */
    static String wordBefore(String sentence, int position) {
        return lastWord(sentence.substring(Math.max(0, position - 24), position)).toLowerCase(Locale.ROOT);
    }

    /** The last word of a text, letters and dots only ("U.S." keeps its dots). */
    static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return NON_LETTER_DOT.matcher(text.substring(start, end)).replaceAll("");
    }

    /** The first word of a text, letters and dots only. */
    static String firstWord(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return NON_LETTER_DOT.matcher(text.substring(start, end)).replaceAll("");
    }
}
