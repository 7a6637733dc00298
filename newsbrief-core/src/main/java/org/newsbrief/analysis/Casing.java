package org.newsbrief.analysis;

/**
 * Whether a text has lost its capitals: in edited English news about one word in ten inside a
 * sentence is capitalised (names, places, titles); in lower-cased text (tokenised research
 * corpora such as Multi-News, where at most each sentence's first letter was restored) almost
 * none is. Such a text cannot be split or filtered by capitalisation: a sentence may open with
 * a lower-case name ("the remarks ...", "democratic national committee ..."). Counts only words
 * that do not follow sentence-final punctuation, so restored sentence openings do not count.
 * Stateless.
 */
public final class Casing {

    /** Fewer words than this say nothing about casing. */
    static final int MIN_WORDS = 20;
    /** Below this share of capitalised inner words a text is taken as lower-cased. */
    static final double MAX_LOWER_CASED_SHARE = 0.01;

    private Casing() {
    }

    /** True when {@code text} has at least {@link #MIN_WORDS} inner words and almost none capitalised. */
    public static boolean isLowerCased(String text) {
        int words = 0;
        int capitalised = 0;
        boolean afterEnd = true;
        int i = 0;
        int n = text.length();
        // a text has at most (n + 1) / 2 words: once this many are capitalised, it is not lower-cased
        double enough = MAX_LOWER_CASED_SHARE * (n + 1) / 2.0;
        while (i < n && capitalised < enough) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            char first = text.charAt(start);
            if (Character.isLetter(first)) {
                if (!afterEnd) {
                    words++;
                    if (Character.isUpperCase(first)) {
                        capitalised++;
                    }
                }
                afterEnd = endsSentence(text, start, i);
            } else if (i - start > 1 || ".!?".indexOf(first) < 0) {
                // a stand-alone quote, dash or bracket keeps the state; a lone "." or "?" ends a sentence
                afterEnd = afterEnd && !Character.isLetterOrDigit(first) || endsSentence(text, start, i);
            } else {
                afterEnd = true;
            }
        }
        return words >= MIN_WORDS && capitalised < MAX_LOWER_CASED_SHARE * words;
    }

    private static boolean endsSentence(String text, int start, int end) {
        for (int j = end - 1; j >= start; j--) {
            char c = text.charAt(j);
            if (c == '.' || c == '!' || c == '?' || c == ':') {
                return true;
            }
            if (c != '"' && c != '\'' && c != ')' && c != '\u201d' && c != '\u2019') {
                return false;
            }
        }
        return false;
    }
}
