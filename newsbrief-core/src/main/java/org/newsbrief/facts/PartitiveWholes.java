package org.newsbrief.facts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The whole of a partitive after a cue: in "a fire killed seven of the family's eight children" the concept's verb takes
 * the part (seven); the number after "of the" counts the group the part was taken from, not those killed, so it is no
 * key figure. Only when the cue stands before the part, within three words of it: in "13 of the 20 children killed" or
 * "two of the three victims were killed" the whole is the one the cue takes, and it stays. Stateless and thread-safe.
 */
final class PartitiveWholes {

    /** A cue word, at most two words, a number (the part), "of" and a determiner, up to two words, then the count. */
    private static final Pattern PART_BEFORE = Pattern.compile("(?<!\\p{L})(?:"
            + String.join("|", new java.util.TreeSet<>(QuantityRules.CUE_WORDS)) + ")\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)"
            + "\\s+of\\s+(?:the|his|her|their|its|our|those|these)\\s+(?:[\\p{L}'’.-]+\\s+){0,2}$");

    private PartitiveWholes() {
    }

    /** Whether {@code quantity} is the whole of a part a cue before it takes ("killed seven of the eight children"). */
    static boolean whole(String sentence, Quantity quantity) {
        int start = quantity.span().start();
        String before = sentence.substring(Math.max(0, start - 120), start).toLowerCase(Locale.ROOT);
        return PART_BEFORE.matcher(before).find();
    }
}
