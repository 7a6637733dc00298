package org.newsbrief.summarize;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence opens with a pronoun or connective that points at a sentence the reader
 * may not see ("He said", "However,", "But"). A sentence opening with a quotation is not
 * judged by the quote's first word. Stateless.
 */
public final class SentenceOpenings {

    private static final Set<String> DEPENDENT_OPENERS = Set.of(
            "he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its", "him",
            "them", "we", "our", "i", "however", "but", "and", "also", "meanwhile", "moreover", "still", "yet",
            "so", "then", "such", "thus", "therefore", "furthermore", "besides", "instead", "otherwise",
            "nevertheless", "nonetheless", "there", "here", "first", "second", "finally", "later", "both");

    private SentenceOpenings() {
    }

    /** True when {@code sentence} opens with a dependent pronoun or connective. */
    public static boolean opensDependently(String sentence) {
        String text = sentence.strip();
        if (text.isEmpty() || text.charAt(0) == '"') {
            return false;
        }
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return DEPENDENT_OPENERS.contains(text.substring(0, end).toLowerCase(Locale.ROOT));
    }
}
