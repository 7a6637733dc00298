package org.newsbrief.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latest explicit date an article has written so far, in reading order, and what an anchored
 * expression ("the next day", "the following week", "the day before", "two days later", "a week
 * earlier") resolves to against it, as HeidelTime (Str&ouml;tgen and Gertz 2013) resolves such
 * expressions in narratives against the last mentioned date. Explicit dates are written ones: a day
 * ("April 20", "2010-04-20", "Friday, 28 May 2010"), a month with its year ("March 2011") or a year
 * after a preposition ("in 2005"); not a weekday, a bare month or a relative expression, which are
 * themselves resolved against publication, and never a posting stamp ({@link PostingStamps}), the time
 * a text was posted rather than an event it reports. An anchored expression stays unresolved when no
 * explicit date precedes it in the article or the latest one is coarser than its unit ("the next day"
 * after "in 2005"): it is never guessed from the publication date. One per article; not thread-safe.
 */
public final class NarrativeAnchor {

    /** The anchored expressions, matched case-insensitively by {@link TimeRules}'s "anchored" rule. */
    static final String PATTERN = "\\b(?<!\\bthan\\s{1,3})(?:the\\s+(?:(next)\\s+(day|morning|afternoon|evening|night)"
            + "|(following|previous|preceding)\\s+(day|morning|afternoon|evening|night|week|month|year)"
            + "|(day|week|month|year)\\s+(before|after)(?=\\s*(?:[.,;:!?)]|$)))"
            + "|(?<!-)(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
            + "(days?|weeks?|months?|years?)\\s+((?-i:later|earlier)))\\b";
    static final Pattern COMPILED = Pattern.compile(PATTERN, Pattern.CASE_INSENSITIVE);

    /** The rules whose dates are explicit, written with their day, month or year. */
    private static final Set<String> EXPLICIT = Set.of("iso", "weekday-date", "weekday-day-month", "month-day",
            "day-month", "month-year", "year");
    private static final Set<String> FORWARD = Set.of("next", "following", "after", "later");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private TimeMention latest;

    /**
     * Takes {@code mention} as the latest explicit date when it is one (resolved, written, no stamp);
     * any other resolved date but a stamp ("on Saturday", "yesterday", "in March") moves the narrative
     * to a time of its own, so the explicit date before it anchors nothing after it ("Obama on Saturday
     * reassured ... But a day earlier"): the anchor would be a guess.
     */
    void note(TimeMention mention) {
        if (mention.value() == null || mention.stamp()) {
            return;
        }
        Granularity g = mention.value().granularity();
        boolean explicit = EXPLICIT.contains(mention.rule())
                && (g == Granularity.DAY || g == Granularity.MONTH || g == Granularity.YEAR);
        latest = explicit ? mention : null;
    }

    /** {@code mention}, an anchored expression, resolved against the latest explicit date (value null when it cannot be). */
    TimeMention resolve(TimeMention mention) {
        Matcher m = COMPILED.matcher(mention.text());
        TimeValue value = latest == null || !m.matches() ? null : shift(m, latest.value());
        return new TimeMention(mention.span(), mention.text(), value, value != null && latest.inferred(), mention.rule(),
                false);
    }

    private static TimeValue shift(Matcher m, TimeValue anchor) {
        String direction;
        String unit;
        int count = 1;
        if (m.group(1) != null) {
            direction = m.group(1);
            unit = m.group(2);
        } else if (m.group(3) != null) {
            direction = m.group(3);
            unit = m.group(4);
        } else if (m.group(5) != null) {
            unit = m.group(5);
            direction = m.group(6);
        } else {
            String number = m.group(7).toLowerCase(Locale.ROOT);
            count = NUMBERS.containsKey(number) ? NUMBERS.get(number) : Integer.parseInt(number);
            unit = m.group(8);
            direction = m.group(9);
        }
        int n = FORWARD.contains(direction.toLowerCase(Locale.ROOT)) ? count : -count;
        return shift(anchor, unit.toLowerCase(Locale.ROOT), n);
    }

    /** The anchor moved by {@code n} units; null when the anchor is coarser than the unit. */
    private static TimeValue shift(TimeValue anchor, String unit, int n) {
        LocalDate start = anchor.start();
        Granularity g = anchor.granularity();
        if (unit.startsWith("year")) {
            return TimeValue.year(start.getYear() + n);
        }
        if (unit.startsWith("month")) {
            if (g == Granularity.YEAR) {
                return null;
            }
            LocalDate month = start.plusMonths(n);
            return TimeValue.month(month.getYear(), month.getMonthValue());
        }
        if (g != Granularity.DAY) {
            return null;
        }
        if (unit.startsWith("week")) {
            LocalDate monday = start.plusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new TimeValue(monday, monday.plusDays(6), Granularity.WEEK);
        }
        return TimeValue.day(start.plusDays(n)); // day, morning, afternoon, evening, night
    }
}
