package org.newsbrief.facts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that the words right after them make no count of their concept, though a cue of it stands in their
 * clause. Each rule reads the words after the number:
 * <ol>
 * <li><b>A member of a group.</b> A spelled one followed by "of": "one of the dead bombers was identified" counts
 * no bombers ("dozens of people" is a count).</li>
 * <li><b>A difference.</b> "more", "fewer" or "less" and then "than": "has claimed 20 more lives than last
 * winter" is no toll of 20.</li>
 * <li><b>The missing.</b> "missing" or "unaccounted", at most two words and a verb between: "left 10,000 dead and
 * thousands missing", "3,197 died and 1,102 people remain unaccounted for" count no one killed.</li>
 * <li><b>A reporter.</b> A verb of saying within three words, no cue word, "and", "or" or "but" between: "one
 * official report says 3,197 died", "two witnesses said 14 were killed" count sources, not the dead ("wounded 24
 * people but said" is a count).</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class NotCounts {

    private static final Pattern MEMBER = Pattern.compile("(?i)\\s+of\\b");
    private static final Pattern DIFFERENCE = Pattern.compile("(?i)\\s+(?:more|fewer|less)\\s+(?:[\\p{L}-]+\\s+){0,2}?than\\b");
    private static final Pattern MISSING = Pattern.compile("(?i)\\s+(?:(?!(?:and|or)\\s)[\\p{L}-]+\\s+){0,2}?(?:(?:are|were"
            + "|remain|remained|is|was|still|listed|as|reported)\\s+)*(?:missing|unaccounted)\\b");
    private static final Pattern REPORTER = Pattern.compile("(?i)\\s+((?:(?!(?:and|or|but)\\s)[\\p{L}-]+\\s+){0,3}?)(?:says|said|say|tells|told"
            + "|reports|reported|estimates|estimated|believes|believed|claims|claimed)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    private NotCounts() {
    }

    /** Whether the words after {@code quantity} in {@code sentence} make it no count of its concept. */
    static boolean notCount(String sentence, Quantity quantity) {
        int end = quantity.span().end();
        if (MEMBER.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return quantity.text().equalsIgnoreCase("one");
        }
        if (DIFFERENCE.matcher(sentence).region(end, sentence.length()).lookingAt()
                || MISSING.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return true;
        }
        Matcher reporter = REPORTER.matcher(sentence).region(end, sentence.length());
        return reporter.lookingAt() && noCue(reporter.group(1));
    }

    private static boolean noCue(String words) {
        Matcher word = WORD.matcher(words);
        while (word.find()) {
            if (QuantityRules.CUE_WORDS.contains(word.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
