package org.newsbrief.summarize;

import org.newsbrief.model.Sentence;

/**
 * Which sentences may stand in a summary on their own: whole sentences of reasonable length
 * that open with a capital (any letter in a lower-cased article), with balanced quotes, and that do not open with a pronoun or a
 * connective pointing at a sentence the reader will not see ("He said", "However,", "But").
 * Stateless.
 */
final class CandidateFilter {

    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 60;

    private CandidateFilter() {
    }

    static boolean accepts(Sentence sentence, boolean lowerCased) {
        return acceptsAfterItsPredecessor(sentence, lowerCased) && !SentenceOpenings.opensDependently(sentence.text().strip());
    }

    /**
     * Whether the sentence may stand in a summary right after the sentence that precedes it in
     * its article: every rule but the dependent opening, whose referent the reader then sees.
     * In a lower-cased article ({@link org.newsbrief.analysis.Casing}) a sentence may open with a
     * lower-case letter, but still not with punctuation.
     */
    static boolean acceptsAfterItsPredecessor(Sentence sentence, boolean lowerCased) {
        String text = sentence.text().strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return words <= MAX_WORDS && acceptsOfAnyLength(text, words, lowerCased);
    }

    /**
     * Every rule but the upper length bound: a whole, readable sentence that may be long, the
     * fallback where the candidates cannot fill a budget ({@link BudgetFillSelector}).
     */
    static boolean acceptsOfAnyLength(Sentence sentence, boolean lowerCased) {
        String text = sentence.text().strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return acceptsOfAnyLength(text, words, lowerCased) && endsWhole(text) && !SentenceOpenings.opensDependently(text);
    }

    /**
     * Whether a sentence ends as a sentence does, with its final punctuation (and perhaps a
     * closing quote or bracket); a long run that does not is a cut piece or a truncated article.
     */
    static boolean endsWhole(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (c != '"' && c != '\'' && c != ')' && c != '\u201d' && c != '\u2019' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean acceptsOfAnyLength(String text, int words, boolean lowerCased) {
        if (words < MIN_WORDS) {
            return false;
        }
        char first = text.charAt(0);
        if (!(lowerCased ? Character.isLetter(first) : Character.isUpperCase(first)) && !Character.isDigit(first) && first != '"') {
            return false;
        }
        return count(text, '"') % 2 == 0;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
