package org.newsbrief.summarize;

import org.newsbrief.clean.NewsTextCleaner;
import org.newsbrief.model.Sentence;

/**
 * Which sentences may stand in a summary on their own: whole sentences of reasonable length
 * that open with a capital (any letter in a lower-cased article), with balanced quotes, and that do not open with a pronoun or a
 * connective pointing at a sentence the reader will not see ("He said", "However,", "But") nor quote a pronoun (", he said").
 * Stateless.
 */
final class CandidateFilter {

    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 60;

    private CandidateFilter() {
    }

    /**
     * What a sentence may do in a summary.
     *
     * @param alone it may stand anywhere: every rule holds
     * @param afterItsPredecessor it may stand right after the sentence that precedes it in its
     *     article: every rule but the dependent opening, whose referent the reader then sees
     * @param ofAnyLength every rule but the upper length bound, and it ends as a whole sentence:
     *     the fallback where the candidates cannot fill a budget ({@link BudgetFillSelector})
     */
    record Verdict(boolean alone, boolean afterItsPredecessor, boolean ofAnyLength) {
    }

    /**
     * Judges a sentence once for every use. In a lower-cased article ({@link org.newsbrief.analysis.Casing})
     * a sentence may open with a lower-case letter, but still not with punctuation.
     */
    static Verdict judge(Sentence sentence, boolean lowerCased) {
        String text = sentence.text().strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        boolean readable = readable(text, words, lowerCased);
        boolean afterItsPredecessor = readable && words <= MAX_WORDS;
        boolean independent = readable && !SentenceOpenings.opensDependently(text) && !SentenceOpenings.quotesAPronoun(text);
        boolean alone = afterItsPredecessor && independent;
        return new Verdict(alone, afterItsPredecessor, alone || independent && endsWhole(text));
    }

    /**
     * Whether a sentence is whole, of any length: it opens as a sentence does, with balanced quotes,
     * ends with its final punctuation, and is no byline or dateline. The last resort where no
     * sentence passes the rules of {@link #judge} ({@link BudgetFillSelector}), so judged only then.
     */
    static boolean isWhole(Sentence sentence, boolean lowerCased) {
        String text = sentence.text().strip();
        return !text.isEmpty() && opensAsSentence(text, lowerCased) && balancedQuotes(text) && endsWhole(text)
                && !NewsTextCleaner.isBylineOrDateline(text);
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

    /** Long enough, opening as a sentence does, with balanced quotes. */
    private static boolean readable(String text, int words, boolean lowerCased) {
        return words >= MIN_WORDS && opensAsSentence(text, lowerCased) && balancedQuotes(text);
    }

    /** Opens with a capital (any letter in a lower-cased article), a digit or a quote. */
    private static boolean opensAsSentence(String text, boolean lowerCased) {
        char first = text.charAt(0);
        return (lowerCased ? Character.isLetter(first) : Character.isUpperCase(first)) || Character.isDigit(first) || first == '"';
    }

    private static boolean balancedQuotes(String text) {
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
