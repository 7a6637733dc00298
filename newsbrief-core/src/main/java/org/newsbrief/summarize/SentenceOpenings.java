package org.newsbrief.summarize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence opens with a pronoun or connective that points at a sentence the reader
 * may not see ("He said", "However,", "But"), or gives its words to a pronoun that does
 * ("Seventeen others died in landslides, he said."). A sentence opening with a quotation is not
 * judged by the quote's first word. Stateless.
 */
public final class SentenceOpenings {

    private static final Set<String> DEPENDENT_OPENERS = Set.of(
            "he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its", "him",
            "them", "we", "our", "i", "however", "but", "and", "also", "meanwhile", "moreover", "still", "yet",
            "so", "then", "such", "thus", "therefore", "furthermore", "besides", "instead", "otherwise",
            "nevertheless", "nonetheless", "there", "here", "first", "second", "finally", "later", "both");

    /** A pronoun as the speaker, after a comma or a closing quote: ", he said", "\" she told reporters". */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile("(?:,|,?[\"\u201d])\\s+(?:he|she|they)\\s+"
            + "(?:said|says|added|adds|told|tells|noted|wrote|explained|asked|declared|insisted|argued|warned|stated"
            + "|recalled|replied|continued|acknowledged|conceded|predicted)\\b", Pattern.CASE_INSENSITIVE);

    private SentenceOpenings() {
    }

    /**
     * True when {@code sentence} reports the words of a bare pronoun ("…, he said.", "\"…,\" she
     * told reporters"), who the reader learns only from a sentence before it.
     */
    public static boolean quotesAPronoun(String sentence) {
        return PRONOUN_SPEAKER.matcher(sentence).find();
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
