package org.newsbrief.facts;

import java.util.Set;

/**
 * The change label of a quantity from the verb before it: "rose 3%" and "increased by 2 percent" are
 * {@code up}, "fell 5%" {@code down}; phrasal verbs ("gave up 517 yards") are no change. The verb lists
 * are {@link QuantityRules#UP} and {@link QuantityRules#DOWN}. Stateless and thread-safe.
 */
final class ChangeLabels {

    private ChangeLabels() {
    }

    /** "rose", "fell", "up", "down" right before the number, or before "by": the change it reports. */
    static String changeVerb(String before) {
        String trimmed = before.stripTrailing();
        if (trimmed.endsWith(" by")) { // "increased by 2 percent", "grow sales by 35 per cent"
            String[] words = NearbyWords.SPACES.split(trimmed.substring(0, trimmed.length() - 3).strip());
            for (int i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
                String w = NearbyWords.NON_LETTER.matcher(words[i]).replaceAll("");
                if (QuantityRules.UP.contains(w) || QuantityRules.DOWN.contains(w)) {
                    return QuantityRules.UP.contains(w) ? "up" : "down";
                }
            }
            return null;
        }
        String verb = NearbyWords.lastWord(trimmed);
        String particleOf = NearbyWords.lastWord(trimmed.substring(0, trimmed.length() - verb.length()));
        if ((verb.equals("up") || verb.equals("down")) && PHRASAL.contains(particleOf)
                && !(verb.equals("down") && CLOSING.contains(particleOf))) {
            return null; // "gave up 517 rushing yards", "turned down 3 offers": phrasal verbs, not changes
        }
        return QuantityRules.UP.contains(verb) ? "up" : QuantityRules.DOWN.contains(verb) ? "down" : null;
    }

    /** Verbs that make "up" or "down" a particle rather than a change. */
    private static final Set<String> PHRASAL = Set.of("give", "gave", "given", "gives", "giving",
            "set", "sets", "put", "puts", "pick", "picked", "make", "made", "end", "ended", "turn", "turned", "shut",
            "break", "broke", "back", "backed", "sign", "signed", "step", "stepped", "take", "took", "taken");

    /**
     * Verbs of a market close: "ended up" is phrasal, but "the index ended down 1%" reports a fall, as
     * "closed down 2%" does.
     */
    private static final Set<String> CLOSING = Set.of("end", "ended", "ends", "ending");
}
