package org.newsbrief.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons' initials in found names ("James N. Smith", "P. W. Botha"), kept apart from initials that spell a place
 * ("U. S.", "N. Y.") or a street's compass point ("W. American Blvd"); {@link NameFinder} runs a name on across an
 * initial's dot, {@link TypeCues} types a name written with initials a person (issue 5, sixteenth names round).
 * Stateless.
 */
final class NameInitials {

    private NameInitials() {
    }

    /**
     * A person's name with initials ({@link NameFinder}'s runs): a word or none, one initial or more, then one or two
     * words: "James N. Smith", "P. W. Botha", "J. Robert Hunter".
     */
    private static final Pattern INITIALLED_NAME = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'\u2019-]+\\s+)?(?:[\\p{Lu}&&[^I]]\\.\\s+)+\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)?");

    /**
     * Whether a found name's text is a person's name written with initials: "James N. Smith". Not where the initials
     * spell a place ("U. S. Geological Survey", "N. Y."), nor a street's compass point ("W. American Blvd"), as ECB+
     * writes them.
     */
    static boolean initialled(String text) {
        if (!INITIALLED_NAME.matcher(text).matches()) {
            return false;
        }
        String[] words = text.split("\\s+");
        StringBuilder letters = new StringBuilder();
        for (String word : words) {
            if (word.length() == 2 && word.charAt(1) == '.') {
                letters.append(word.charAt(0));
            }
        }
        return !PLACE_INITIALS.contains(letters.toString())
                && !STREET_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the initials at {@code first} and {@code second} spell a place ({@link #PLACE_INITIALS}): "U. S." as
     * ECB+ writes "U.S.", which stays cut as before ("U. S. Fish and Wildlife Service" had lost its "and").
     */
    static boolean spellsPlace(List<String> tokens, int first, int second) {
        return first >= 0 && isInitialsDot(tokens, first + 1) && isInitialsDot(tokens, second + 1)
                && PLACE_INITIALS.contains(tokens.get(first) + tokens.get(second));
    }

    /** Initials that spell a place rather than a person's names. */
    private static final Set<String> PLACE_INITIALS = Set.of("US", "UK", "UN", "NY", "NJ", "DC", "LA", "EU");

    /** A street's last word, abbreviated or not: "W. American Blvd" is an address. */
    private static final Set<String> STREET_WORDS = Set.of("ave", "avenue", "blvd", "boulevard", "rd",
            "road", "st", "street", "dr", "drive", "lane", "ln", "hwy", "highway", "pkwy", "parkway");

    /** What follows a found name's last initial ("Smith" of "James N. Smith"), "" where it holds none. */
    static String afterInitials(String text) {
        Matcher m = LAST_INITIAL.matcher(text);
        return m.find() ? text.substring(m.end()) : "";
    }

    private static final Pattern LAST_INITIAL = Pattern.compile("^.*(?:^|\\s)[\\p{Lu}&&[^I]]\\.\\s+",
            Pattern.DOTALL);

    /** Whether the token at {@code at} is the dot after a capital letter standing alone, other than "I": "N." of "James N.". */
    static boolean isInitialsDot(List<String> tokens, int at) {
        if (at < 1 || at >= tokens.size() || !tokens.get(at).equals(".")) {
            return false;
        }
        String letter = tokens.get(at - 1);
        return letter.length() == 1 && Character.isUpperCase(letter.charAt(0)) && !letter.equals("I");
    }

    /**
     * Whether two names' keys ({@link NameKeys#tokens}) are one person's with a leading initial written out in one of
     * them: three words or more, the same words after the first, and a first word that is the other's initial ("W.
     * Mark Felt" / "William Mark Felt", ECB+ topic 28; issue 5, eighteenth round). "J. Smith" and "John Smith" are
     * not: the rest must be a given name and a surname at least.
     */
    static boolean initialWrittenOut(List<String> a, List<String> b) {
        return a.size() == b.size() && a.size() >= 3 && a.subList(1, a.size()).equals(b.subList(1, b.size()))
                && (initialOf(a.get(0), b.get(0)) || initialOf(b.get(0), a.get(0)));
    }

    private static boolean initialOf(String initial, String word) {
        return initial.length() == 1 && Character.isLetter(initial.charAt(0)) && word.length() > 1 && word.charAt(0) == initial.charAt(0);
    }
}
