package org.newsbrief.facts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count with no counted thing that is the subject of its own concept's verb: "at least 14 died",
 * "dozens more fled", "more than 190 were seriously injured", "27,000 homeless"; or that a death toll is
 * put at, rises to or is brought to: "the death toll from the floods has reached 83", "bringing the town's death
 * toll to 102", "put the death toll at 50". In news such a number counts people, so the key figures group it with
 * the people counts of its concept instead of dropping it or naming the verb as what is counted. Stateless and
 * thread-safe.
 */
final class CueSubjects {

    private CueSubjects() {
    }

    /** What may stand between the number and its verb: "more", auxiliaries and degree adverbs, then the cue word. */
    private static final Pattern BEFORE_CUE = Pattern.compile("(?:\\s+more)?(?:\\s+(?:have|has|had|were|was|are|is|been"
            + "|being|reportedly|also|all|later|seriously|badly|critically|lightly|slightly|severely|mortally|fatally"
            + "|still|now))*\\s+(\\p{L}+)");

    /**
     * "death toll", then (no comma, colon or full stop between) a verb of reaching or a preposition of the level it
     * is put at, right before the number: "the death toll from Babs has risen to 151", "raising the death toll from
     * two weeks of frost to at least 74", "pushing the national death toll past 150", "a death toll of 60"; not "to
     * 85 from 83", which names the toll it rose from.
     */
    private static final Pattern TOLL_AT = Pattern.compile("(?i)\\bdeath[- ]toll\\b(?:[^,;:.!?\"]{0,80}?\\s(?:to|at|past|above"
            + "|over|of|reached|reaches|hit|hits|topped|tops|passed|passes|exceeded|exceeds|neared|nears))?\\s+$");

    /** How far before a number its death toll may start, in characters. */
    private static final int TOLL_REACH = 110;

    /**
     * Whether {@code quantity} of {@code sentence} is followed by a cue word of its concept, as that verb's subject,
     * or is the level a death toll is put at.
     */
    static boolean countsPeople(String sentence, Quantity quantity) {
        Set<String> cues = QuantityRules.CONCEPTS.get(quantity.concept());
        if (cues == null || !quantity.unit().equals("-")) {
            return false;
        }
        Matcher cue = BEFORE_CUE.matcher(sentence).region(quantity.span().end(), sentence.length());
        return cue.lookingAt() && cues.contains(cue.group(1).toLowerCase(Locale.ROOT)) || tollLevel(sentence, quantity);
    }

    /** Whether the number is what a death toll is put at ({@link #TOLL_AT}): a count of the killed. */
    private static boolean tollLevel(String sentence, Quantity quantity) {
        int start = quantity.span().start();
        return quantity.concept().equals("killed")
                && TOLL_AT.matcher(sentence).region(Math.max(0, start - TOLL_REACH), start).find();
    }
}
