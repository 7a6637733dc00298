package org.newsbrief.facts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count with no counted thing that is the subject of its own concept's verb: "at least 14 died",
 * "dozens more fled", "more than 190 were seriously injured", "27,000 homeless", or the number a
 * death toll stands at: "bringing the death toll in the inferno to 62", "the death toll rose to 15".
 * In news such a number counts people, so the key figures group it with the people counts of its
 * concept instead of dropping it or naming the verb as what is counted. Stateless and thread-safe.
 */
final class CueSubjects {

    private CueSubjects() {
    }

    /** What may stand between the number and its verb: "more", auxiliaries and degree adverbs, then the cue word. */
    private static final Pattern BEFORE_CUE = Pattern.compile("(?:\\s+more)?(?:\\s+(?:have|has|had|were|was|are|is|been"
            + "|being|reportedly|also|all|later|seriously|badly|critically|lightly|slightly|severely|mortally|fatally"
            + "|still|now))*\\s+(\\p{L}+)");

    /**
     * A death toll and what sets it, ending right before the number (its modifier and "the" allowed): "the death toll in
     * the inferno to", "death toll has reached", "death toll stood at about" (no clause boundary between).
     */
    private static final Pattern TOLL_BEFORE = Pattern.compile("\\bdeath\\s+toll\\b[^,;:.]{0,50}?\\s(?:to|at|reached|reaches|of)"
            + "(?:\\s+(?:the|about|some|nearly|almost|around|at\\s+least|more\\s+than|over))*\\s+$");

    /** How far before its number a death toll may start. */
    private static final int TOLL_REACH = 80;

    /**
     * Whether {@code quantity} of {@code sentence} is followed by a cue word of its concept, as that verb's subject, or is
     * the number a death toll of the killed stands at.
     */
    static boolean countsPeople(String sentence, Quantity quantity) {
        Set<String> cues = QuantityRules.CONCEPTS.get(quantity.concept());
        if (cues == null || !quantity.unit().equals("-")) {
            return false;
        }
        Matcher cue = BEFORE_CUE.matcher(sentence).region(quantity.span().end(), sentence.length());
        if (cue.lookingAt() && cues.contains(cue.group(1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int start = quantity.span().start();
        return quantity.concept().equals("killed") && TOLL_BEFORE.matcher(
                sentence.substring(Math.max(0, start - TOLL_REACH), start).toLowerCase(Locale.ROOT)).find();
    }
}
