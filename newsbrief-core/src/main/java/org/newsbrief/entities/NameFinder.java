package org.newsbrief.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Span;

/**
 * Finds names in a sentence: runs of capitalised tokens (and "al-Assad"-style particles), joined
 * across small words when a capitalised word follows ("Observatory for Human Rights"), without
 * leading titles ("President") or capitalised function words ("The", "On"), and without lone
 * nationality adjectives ("Syrian government"). Stateless and thread-safe.
 */
final class NameFinder {

    /** A name found in a sentence, with its position in the article's text and the word before it. */
    record Found(String text, Span span, String previous, String next, boolean sentenceInitial) {
    }

    List<Found> find(Sentence sentence) {
        List<String> tokens = sentence.tokens();
        int[] starts = offsets(sentence.text(), tokens);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameToken(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && (isNameToken(tokens.get(j)) || (NameRules.JOINERS.contains(lower(tokens.get(j)))
                    && j + 1 < tokens.size() && isNameToken(tokens.get(j + 1))))) {
                j++;
            }
            int from = i;
            while (from < j && (NameRules.NOT_NAMES.contains(lower(tokens.get(from)))
                    || NameRules.TITLES.contains(lower(tokens.get(from)).replace(".", "")))) {
                from++;
            }
            if (from < j && !isLoneAdjective(tokens, from, j)) {
                int start = starts[from];
                String lastToken = tokens.get(j - 1);
                int end = starts[j - 1] + lastToken.length()
                        - (lastToken.endsWith("'s") || lastToken.endsWith("\u2019s") ? 2 : 0);
                String previous = from > 0 ? lower(tokens.get(from - 1)) : "";
                String next = j < tokens.size() ? lower(tokens.get(j)) : "";
                found.add(new Found(sentence.text().substring(start, end),
                        new Span(sentence.span().start() + start, sentence.span().start() + end), previous, next,
                        from == 0 && j == 1));
            }
            i = j;
        }
        return found;
    }

    private static boolean isNameToken(String token) {
        if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
            return false;
        }
        if (token.matches("(?:al|el|ad|as|ash)-\\p{Lu}.*")) {
            return true;
        }
        if (!Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        int dash = token.indexOf('-');
        return dash < 0 || dash + 1 >= token.length() || Character.isUpperCase(token.charAt(dash + 1));
    }

    private static boolean isLoneAdjective(List<String> tokens, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        String word = lower(tokens.get(from));
        return NameRules.ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith);
    }

    private static int[] offsets(String text, List<String> tokens) {
        int[] starts = new int[tokens.size()];
        int at = 0;
        for (int t = 0; t < tokens.size(); t++) {
            int found = text.indexOf(tokens.get(t), at);
            starts[t] = found < 0 ? at : found;
            at = found < 0 ? at : found + tokens.get(t).length();
        }
        return starts;
    }

    static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}
