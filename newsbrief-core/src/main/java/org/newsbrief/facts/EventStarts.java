package org.newsbrief.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows that start when an event started, for the windows of {@link FigureReconciler}:
 * <ul>
 * <li>"since" an event's start in words, with no date after it: "have killed 27 civilians since the offensive
 * began", "since the start of the war", "since the army began its assault" (the event, not "since the army began"); the value's window is those words ("since the offensive began"), not
 * empty;</li>
 * <li>a date the sentence gives as an event's start: "the conflict, which started in March 2011, has claimed ...",
 * "the offensive, which began on November 15, has killed"; a count then runs since that date ("since 2011-03"),
 * like one after "since".</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class EventStarts {

    private static final String STARTED = "(?:began|begun|started|erupted|broke\\s+out)";
    private static final String WORD = "[\\p{L}'’-]+";
    private static final String EVENT = "(?:war|conflict|uprising|offensive|assault|campaign|siege|operation|crisis"
            + "|protests|revolt|revolution|insurgency|bombardment|strikes|raids|fighting|violence|unrest|crackdown|outbreak)";
    private static final Pattern SINCE_EVENT = Pattern.compile("\\bsince\\s+(?:(?:the|its|their|this|that|his|her)\\s+(?:"
            + WORD + "\\s+){0,3}?" + STARTED + "(?:\\s+(?:its|their|the|a|an)\\s+(?:" + WORD + "\\s+){0,2}?" + EVENT + ")?"
            + "|the\\s+(?:start|beginning|outbreak|onset)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:"
            + WORD + "\\s+){0,2}?(?:" + EVENT + "|year|month))\\b");
    private static final Pattern STARTED_ON = Pattern.compile("\\b" + STARTED + "\\s+(?:in|on)\\s+(?:(?:early|mid|late)\\s+)?$");

    private EventStarts() {
    }

    /**
     * The first "since" phrase of an event's start within {@code [from, to)} of the lower-cased sentence, as
     * {@code [start, end)}, or null.
     */
    static int[] sinceEvent(String lower, int from, int to) {
        if (lower.indexOf("since ", from) < 0) {
            return null;
        }
        Matcher since = SINCE_EVENT.matcher(lower).region(from, to);
        return since.find() ? new int[] {since.start(), since.end()} : null;
    }

    /** Whether the time mention starting at {@code mentionStart} is given as when something started ("began in"). */
    static boolean startDate(String lower, int mentionStart) {
        return STARTED_ON.matcher(lower).region(Math.max(0, mentionStart - 30), mentionStart).find();
    }
}
