package org.newsbrief.summarize;

import org.newsbrief.model.Sentence;

/**
 * Which sentences may stand in a summary on their own: whole sentences of reasonable length
 * that open with a capital, with balanced quotes, and that do not open with a pronoun or a
 * connective pointing at a sentence the reader will not see ("He said", "However,", "But").
 * Stateless.
 */
final class CandidateFilter {

    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 60;

    private CandidateFilter() {
    }

    static boolean accepts(Sentence sentence) {
        return acceptsAfterItsPredecessor(sentence) && !SentenceOpenings.opensDependently(sentence.text().strip());
    }

    /**
     * Whether the sentence may stand in a summary right after the sentence that precedes it in
     * its article: every rule but the dependent opening, whose referent the reader then sees.
     */
    static boolean acceptsAfterItsPredecessor(Sentence sentence) {
        String text = sentence.text().strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return false;
        }
        if (!Character.isUpperCase(text.charAt(0)) && !Character.isDigit(text.charAt(0)) && text.charAt(0) != '"') {
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
