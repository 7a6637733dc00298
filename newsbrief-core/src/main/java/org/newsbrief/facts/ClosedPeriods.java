package org.newsbrief.facts;

import java.util.regex.Pattern;

/**
 * Recognises a count of a finished period: a past ruler's or regime's time in power ("3,197 opponents died during his
 * rule", "were killed under the junta", "during Pinochet's 1973-90 regime"). Such a total is closed: it no longer
 * grows, so outlets that give it on different days are compared, in the window {@value #WINDOW}, and 3,197 against an
 * estimated 3,000 is a conflict, whereas an ongoing toll given on two days holds as of each day and is never compared.
 * A clause with a perfect auxiliary or "so far" ("under his rule 500 people have been jailed") counts a period still
 * running and is not closed. Stateless and thread-safe.
 */
final class ClosedPeriods {

    /** The window of a count of a finished regime: one for every outlet, whatever its publication date. */
    static final String WINDOW = "during the regime";

    /** "during his rule", "under the military junta", "throughout Pinochet's 1973-90 regime", "during his years in power". */
    private static final Pattern PERIOD = Pattern.compile("\\b(?:during|under|throughout)\\s+(?:his|her|their|its|the"
            + "|[\\p{L}.-]+['’]s?)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}?(?:rule|regime|reign|dictatorship|junta|term|tenure"
            + "|years\\s+in\\s+power|time\\s+in\\s+power)\\b");
    /** A period still running: "have been killed under his rule", "so far", "to date". */
    private static final Pattern RUNNING = Pattern.compile("\\b(?:has|have|so\\s+far|to\\s+date|still)\\b");

    private ClosedPeriods() {
    }

    /** Whether the clause {@code [from, to)} of the lower-cased sentence counts a finished regime's period. */
    static boolean closed(String lower, int from, int to) {
        String clause = lower.substring(from, to);
        return PERIOD.matcher(clause).find() && !RUNNING.matcher(clause).find();
    }
}
