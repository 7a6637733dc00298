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

    /**
     * A name found in a sentence, with its position in the article's text, the two words before it
     * ({@code before} then {@code previous}) and after it ({@code next} then {@code after}), lower
     * case ("" past the sentence's ends), and whether it follows the name found before it in the
     * sentence with only a list separator between them ("Jabal Badra and Baadeen", "Sakhur,
     * Haidariya": {@code listed}).
     */
    record Found(String text, Span span, String before, String previous, String next, String after,
            boolean sentenceInitial, boolean listed) {
    }

    /** What may stand between two names of one list: "X, Y", "X and Y", "X, and Y", "X or Y". */
    private static final java.util.Set<java.util.List<String>> LIST_SEPARATORS = java.util.Set.of(List.of(","),
            List.of("and"), List.of(",", "and"), List.of("or"));

    List<Found> find(Sentence sentence) {
        List<String> tokens = sentence.tokens();
        int[] starts = offsets(sentence.text(), tokens);
        List<Found> found = new ArrayList<>();
        int lastEnd = -1;
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameToken(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && (joinsAcrossAnd(tokens, i, j) || !breaksRun(tokens, j) && (isNameToken(tokens.get(j))
                    || (NameRules.JOINERS.contains(lower(tokens.get(j))) && j + 1 < tokens.size() && isNameToken(tokens.get(j + 1)))))) {
                j++;
            }
            int from = afterInnerTitle(tokens, i, j);
            while (from < j && (isNotName(tokens.get(from)) || isTitle(tokens.get(from)))) {
                from++;
            }
            if (from < j && !isLoneAdjective(tokens, from, j)) {
                int start = starts[from];
                String lastToken = tokens.get(j - 1);
                int end = starts[j - 1] + lastToken.length()
                        - (lastToken.endsWith("'s") || lastToken.endsWith("\u2019s") ? 2 : 0);
                boolean listed = lastEnd >= 0 && from - lastEnd <= 2 && LIST_SEPARATORS.contains(tokens.subList(lastEnd, from).stream()
                        .map(NameFinder::lower).toList());
                found.add(new Found(sentence.text().substring(start, end),
                        new Span(sentence.span().start() + start, sentence.span().start() + end), word(tokens, from - 2),
                        word(tokens, from - 1), word(tokens, j), word(tokens, j + 1), from == 0 && j == 1, listed));
                lastEnd = j;
            }
            i = j;
        }
        return found;
    }

    /**
     * Whether "and" or "&" at {@code j} stands inside the name the run from {@code i} begins: "&"
     * between capitalised words always ("Procter & Gamble"); "and" when one or two words without an
     * organisation or place word stand before it and two or more capitalised words after it end with
     * the head of an institution ("Truth and Reconciliation Commission"), so that "Russia and United
     * Nations" or "Britain and France" stay two names.
     */
    private static boolean joinsAcrossAnd(List<String> tokens, int i, int j) {
        String word = tokens.get(j);
        if (j == i || j + 1 >= tokens.size() || !isNameToken(tokens.get(j + 1)) || !word.equals("and") && !word.equals("&")) {
            return false;
        }
        if (word.equals("&")) {
            return true;
        }
        int end = j + 1;
        while (end < tokens.size() && isNameToken(tokens.get(end)) && !breaksRun(tokens, end)) {
            end++;
        }
        boolean plainBefore = j - i <= 2 && tokens.subList(i, j).stream().map(NameFinder::lower)
                .noneMatch(w -> NameRules.ORGANIZATION_WORDS.contains(w) || NameRules.LOCATION_WORDS.contains(w));
        return plainBefore && end - (j + 1) >= 2 && NameRules.INSTITUTION_HEADS.contains(lower(tokens.get(end - 1)));
    }

    /**
     * Whether a run of capitalised words ends before token {@code j} although it is capitalised: a
     * function or number word inside a run marks a lost sentence or heading break ("Health Minister
     * Tony Ryall In France ...", "Canada Ten New Zealand"), and a company designator ends its name
     * ("Iambic Media LTD Michael Jackson"), unless another designator follows ("Co Ltd").
     */
    private static boolean breaksRun(List<String> tokens, int j) {
        String word = lower(tokens.get(j)).replace(".", "");
        String before = lower(tokens.get(j - 1)).replace(".", "");
        return NameRules.RUN_BREAKS.contains(word)
                || NameRules.RUN_ENDING_DESIGNATORS.contains(before) && !NameRules.RUN_ENDING_DESIGNATORS.contains(word);
    }

    /** A word that opens a run without being a name, also with a possessive or a dot: "Monday's", "Nov.". */
    private static boolean isNotName(String token) {
        String word = POSSESSIVE_OR_DOT.matcher(lower(token)).replaceAll("");
        return NameRules.NOT_NAMES.contains(word) || NameRules.RUN_BREAKS.contains(word);
    }

    private static final java.util.regex.Pattern POSSESSIVE_OR_DOT = java.util.regex.Pattern.compile("(?:['\u2019]s|\\.)$");

    /** "President", "Dr.", "Secretary-General": a title, every part of a hyphenated one a title word. */
    static boolean isTitle(String token) {
        String word = lower(token).replace(".", "");
        return NameRules.TITLES.contains(word)
                || word.contains("-") && java.util.Arrays.stream(word.split("-")).allMatch(NameRules.TITLES::contains);
    }

    /**
     * Where the name of a run starts when a title stands inside it: after the last title ("Cuban
     * President Fidel Castro", "U.N. Secretary-General Kofi Annan", "Mexican Health Secretary Jose
     * Angel Cordova" name the person after it) and the "of State" of a title ("Secretary of State
     * Nobutaka Machimura"), as long as a name follows that holds no organisation or place word
     * ("the U.N. General Assembly" stays whole). Else the run's start.
     */
    private static int afterInnerTitle(List<String> tokens, int from, int to) {
        int start = from;
        for (int k = from; k < to - 1; k++) {
            if (isTitle(tokens.get(k))) {
                int next = k + 1;
                if (next + 2 < to && lower(tokens.get(next)).equals("of")) {
                    next += 2; // "Secretary of State Nobutaka Machimura"
                }
                if (personAfter(tokens, next, to)) {
                    start = next;
                }
            }
        }
        return start;
    }

    private static boolean personAfter(List<String> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = lower(tokens.get(k));
            if (!isNameToken(tokens.get(k)) && !NameRules.JOINERS.contains(word) || NameRules.ORGANIZATION_WORDS.contains(word)
                    || NameRules.LOCATION_WORDS.contains(word) || isTitle(tokens.get(k))) {
                return false;
            }
        }
        return from < to;
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

    /** The token at {@code at} in lower case, "" outside the sentence. */
    private static String word(List<String> tokens, int at) {
        return at >= 0 && at < tokens.size() ? lower(tokens.get(at)) : "";
    }

    static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}
