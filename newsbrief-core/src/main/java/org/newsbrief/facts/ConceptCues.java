package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The concept of a quantity from the cue words of its sentence ({@link QuantityRules#CONCEPTS}): the
 * cues are found once per sentence, and each quantity takes the concept of the nearest one.
 * Stateless and thread-safe.
 */
final class ConceptCues {

    private ConceptCues() {
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** A concept's cue word and where it stands. */
    record Cue(int position, String concept) {
    }

    /** The cue words of a sentence, in text order, found once per sentence. */
    static List<Cue> cues(String sentence) {
        List<Cue> cues = new ArrayList<>();
        Matcher words = LETTERS.matcher(sentence.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            for (Map.Entry<String, Set<String>> concept : QuantityRules.CONCEPTS.entrySet()) {
                if (concept.getValue().contains(word)) {
                    cues.add(new Cue(words.start(), concept.getKey()));
                }
            }
        }
        return cues;
    }

    /** The concept whose cue word is nearest to the quantity (alphabetically first on a tie). */
    static String concept(List<Cue> cues, int position) {
        String best = "-";
        int bestDistance = Integer.MAX_VALUE;
        for (Cue cue : cues) {
            int distance = Math.abs(cue.position() - position);
            if (distance < bestDistance || (distance == bestDistance && cue.concept().compareTo(best) < 0)) {
                bestDistance = distance;
                best = cue.concept();
            }
        }
        return best;
    }
}
