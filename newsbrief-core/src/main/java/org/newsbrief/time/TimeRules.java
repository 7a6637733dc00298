package org.newsbrief.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of {@link TimeExpressionTagger}, in priority order: each a pattern and how its match
 * resolves. Comments name the phrase that motivated each rule; each has a test. Stateless.
 */
final class TimeRules {

    /**
     * One rule: a pattern and its resolution (null when it cannot resolve).
     *
     * @param dropUnresolved whether a match that does not resolve is no time expression at all (a count)
     */
    record Rule(String name, Pattern pattern, Resolver resolver, boolean dropUnresolved, List<String> cues) {

        /**
         * Whether the rule can match at all: one of its cues (lower-case words, or {@link #DIGIT})
         * occurs in the text. Most sentences hold no time expression, and scanning them with every
         * pattern was most of the cost of dating a story.
         */
        boolean mayMatch(String lowerCaseText, boolean hasDigit) {
            for (String cue : cues) {
                if (cue.equals(DIGIT) ? hasDigit : lowerCaseText.contains(cue)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The cue that stands for any ASCII digit. */
    static final String DIGIT = "0-9";

    /** Per rule, words one of which every match contains (lower-case), so that the pattern is only run where it can match. */
    private static final Map<String, List<String>> CUES = Map.ofEntries(
            Map.entry("iso", List.of(DIGIT)), Map.entry("weekday-date", List.of("day")),
            Map.entry("weekday-day-month", List.of(DIGIT)), Map.entry("month-day", List.of(DIGIT)),
            Map.entry("day-month", List.of(DIGIT)), Map.entry("year-range", List.of("between")),
            Map.entry("year-dash-range", List.of(DIGIT)),
            Map.entry("season", List.of("spring", "summer", "autumn", "fall", "winter")), Map.entry("month-year", List.of(DIGIT)),
            Map.entry("year", List.of(DIGIT)), Map.entry("bare-year", List.of(DIGIT)),
            Map.entry("month", List.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december")),
            Map.entry("deictic", List.of("yesterday", "today", "tomorrow", "tonight", "last night", "this ")),
            Map.entry("weekday", List.of("day")), Map.entry("ago", List.of("ago")),
            Map.entry("past-period", List.of("past", "last", "previous")),
            Map.entry("relative-period", List.of("last", "this", "next", "past")), Map.entry("overnight", List.of("overnight")),
            Map.entry("anchored", List.of("the next", "the following", "the previous", "the preceding", "day before",
                    "day after", "week before", "week after", "month before", "month after", "year before", "year after",
                    "later", "earlier")),
            Map.entry("duration", List.of("for")));

    @FunctionalInterface
    interface Resolver {
        /** The value, or null when it cannot be resolved; {@code tense} that of the sentence around the match, read on demand. */
        TimeValue resolve(Matcher m, TimeAnchor anchor, Supplier<Tense> tense);
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\s?\\.)?";
    private static final String NUMBER = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a few|few|several)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("a few", 3), Map.entry("few", 3),
            Map.entry("several", 3));
    private static final String FULL_MONTH = "January|February|March|April|June|July|August|September|October"
            + "|November|December";
    /** Words after a four-digit number that make it a count, not a year ("some 2000 troops"). */
    private static final String COUNTED = "(?:people|persons|troops|soldiers|dead|deaths|cases|barrels|gallons|workers"
            + "|protesters|civilians|residents|homes|houses|families|feet|ft|km|kilometres|kilometers|miles|metres|meters"
            + "|tonnes|tons|men|women|children|lives|bodies|refugees|prisoners|pages|words|units|votes|jobs|members)";
    /** Words before a four-digit number that make it a count ("about 2000", "flight 1549"). */
    private static final String COUNT_BEFORE = "(?<!(?i:about|some|nearly|almost|around|over|than|least|to|up|number"
            + "|approximately|roughly|No\\.|room|flight|\\d)\\s{1,3})";
    /** Written dates up to this many days after the reference still count as this year ("talks on December 5"). */
    private static final int FUTURE_WINDOW_DAYS = 60;

    private TimeRules() {
    }

    static final List<Rule> RULES = List.of(
            // "2016-11-27"
            rule("iso", "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", 0, (m, a, f) -> date(m.group(1), m.group(2), m.group(3))),
            // "November 15", "Sept. 22, 2016", "Nov 27 2016"
            // "Tuesday, January 25": the written date decides, not the weekday
            rule("weekday-date", "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s*,?\\s+" + MONTH
                    + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*,?\\s+(\\d{4})\\b)?", 0,
                    (m, a, f) -> writtenDate(m.group(3), month(m.group(1)), m.group(2), a, f)),
            // "Friday, 28 May 2010", "Tuesday 12 January, 2010": the weekday is part of the written date, not a day
            // of the article's own week (on its own it was resolved to that week's Tuesday, a second, wrong date)
            rule("weekday-day-month", "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s*,?\\s+(\\d{1,2})"
                    + "(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s*,?\\s+(\\d{4})\\b)?", 0,
                    (m, a, f) -> writtenDate(m.group(3), month(m.group(2)), m.group(1), a, f)),
            rule("month-day", "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*,?\\s+(\\d{4})\\b)?", 0,
                    (m, a, f) -> writtenDate(m.group(3), month(m.group(1)), m.group(2), a, f)),
            // "15 Nov 2016", "22 September"
            rule("day-month", "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s*,?\\s+(\\d{4})\\b)?", 0,
                    (m, a, f) -> writtenDate(m.group(3), month(m.group(2)), m.group(1), a, f)),
            // "between 2012 and 2014"
            rule("year-range", "\\bbetween\\s+((?:19|20)\\d{2})\\s+and\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE,
                    (m, a, f) -> range(m.group(1), m.group(2))),
            // "Pinochet's 1973-1990 dictatorship", "the 2010–2011 season": two years joined by a dash are a span,
            // not a date in the later year
            rule("year-dash-range", "\\b((?:19|20)\\d{2})\\s?[-\u2013]\\s?((?:19|20)\\d{2})\\b(?![-\u2013]\\d)", 0,
                    (m, a, f) -> range(m.group(1), m.group(2))),
            // "the summer of 2012"
            rule("season", "\\b(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+of\\s+((?:19|20)\\d{2})\\b",
                    Pattern.CASE_INSENSITIVE, (m, a, f) -> season(m.group(1), Integer.parseInt(m.group(2)))),
            // "March 2011", "in September of 2016", "in June, 2009" (a comma before the year does not make it this year's June)
            rule("month-year", "\\b" + MONTH + "(?:\\s*,)?\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b", 0,
                    (m, a, f) -> TimeValue.month(Integer.parseInt(m.group(2)), month(m.group(1)))),
            // "in 2012", "since 2014", "by 2020": a bare number only counts after a time preposition
            rule("year", "\\b(?:in|since|by|until|till|from|during|before|after|early|late|mid-?)\\s+((?:19|20)\\d{2})\\b(?!-)",
                    Pattern.CASE_INSENSITIVE, (m, a, f) -> TimeValue.year(Integer.parseInt(m.group(1)))),
            // "the 1989 Exxon Valdez spill", "1979 : 140m gallons": a bare year, unless it counts something
            rule("bare-year", "\\b(?=(?:19|20)\\d\\d\\b)(?<![$#£€\\d,.])" + COUNT_BEFORE + "((?:19|20)\\d{2})\\b(?![-,.]\\d|\\s*%|\\s+" + COUNTED + "\\b)",
                    0, (m, a, f) -> bareYear(m, a)),
            // "in March", "last September", "relief wells in May": a month name without a day or year
            rule("month", "\\b(?:(?:(in|since|by|until|till|from|during|early|late|mid-?|through|before|after|of"
                    + "|last|this|next)\\s+)(" + FULL_MONTH + "|May)|(" + FULL_MONTH + "))\\b(?!\\s*\\d)", 0,
                    (m, a, f) -> MonthResolver.resolve(m.group(1), m.group(2) != null ? m.group(2) : m.group(3), a, f.get())),
            // "yesterday", "last night", "this morning"
            rule("deictic", "\\b(yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\\b",
                    Pattern.CASE_INSENSITIVE, (m, a, f) -> deictic(m.group(1).toLowerCase(Locale.ROOT), a)),
            // "on Saturday", "Thursday night's meeting", "last Friday"
            rule("weekday", "\\b(?:(last|next|this)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "(?:'s)?(?:\\s+(?:night|morning|afternoon|evening)(?:'s)?)?\\b", 0,
                    (m, a, f) -> weekday(m.group(1), m.group(2), a, f.get().isFuture())),
            // "three days ago"
            rule("ago", "\\b" + NUMBER + "\\s+(days?|weeks?|months?|years?)\\s+ago\\b", Pattern.CASE_INSENSITIVE,
                    (m, a, f) -> ago(count(m.group(1)), m.group(2), a)),
            // "over the past 24 hours", "in the last two weeks"
            rule("past-period", "\\b(?:over|in|during|within|for)\\s+the\\s+(?:past|last|previous)\\s+(?:" + NUMBER
                    + "\\s+)?(hours?|days?|weeks?|months?|years?)\\b", Pattern.CASE_INSENSITIVE,
                    (m, a, f) -> pastPeriod(m.group(1) == null ? 1 : count(m.group(1)), m.group(2), a)),
            // "last week", "earlier this week", "next month"
            rule("relative-period", "\\b(?:(?:earlier|later)\\s+)?(last|this|next|past)\\s+(week|month|year)\\b",
                    Pattern.CASE_INSENSITIVE, (m, a, f) -> relativePeriod(m.group(1).toLowerCase(Locale.ROOT),
                            m.group(2).toLowerCase(Locale.ROOT), a)),
            // "overnight": the night before the report
            rule("overnight", "\\bovernight\\b", Pattern.CASE_INSENSITIVE, (m, a, f) -> a.published() == null ? null
                    : new TimeValue(a.published().minusDays(1), a.published(), Granularity.INTERVAL)),
            // "the next day", "the following week", "two days later": resolved against the article's latest explicit
            // date by the tagger (NarrativeAnchor), not against publication
            new Rule("anchored", NarrativeAnchor.COMPILED, (m, a, f) -> null, false, CUES.get("anchored")),
            // "for months": a duration, never a date
            rule("duration", "\\bfor\\s+(?:(?:several|many|a few|\\d+)\\s+)?(hours|days|weeks|months|years|decades)\\b",
                    Pattern.CASE_INSENSITIVE, (m, a, f) -> null));

    private static Rule rule(String name, String regex, int flags, Resolver resolver) {
        List<String> cues = CUES.get(name);
        if (cues == null) {
            throw new IllegalStateException("rule " + name + " has no cues");
        }
        return new Rule(name, Pattern.compile(regex, flags), resolver, name.equals("bare-year"), cues);
    }

    private static TimeValue date(String year, String month, String day) {
        try {
            return TimeValue.day(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * A written day and month; without a year, in a future-tense sentence the occurrence nearest
     * the publication date, up to six months ahead ({@link MonthResolver#futureDay}), else the year
     * that puts it nearest before the reference.
     */
    private static TimeValue writtenDate(String year, int month, String day, TimeAnchor anchor, Supplier<Tense> tense) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return null;
        }
        if (year != null) {
            return date(year, String.valueOf(month), day);
        }
        LocalDate reference = anchor.yearReference();
        if (reference == null) {
            return null;
        }
        if (anchor.published() != null && tense.get() == Tense.FUTURE) {
            return MonthResolver.futureDay(month, d, anchor.published());
        }
        TimeValue sameYear = date(String.valueOf(reference.getYear()), String.valueOf(month), day);
        if (sameYear != null && sameYear.start().isAfter(reference.plusDays(FUTURE_WINDOW_DAYS))) {
            return date(String.valueOf(reference.getYear() - 1), String.valueOf(month), day);
        }
        return sameYear;
    }

    /** A bare year counts unless it lies more than ten years after the article (a count, a model number). */
    private static TimeValue bareYear(Matcher m, TimeAnchor anchor) {
        int year = Integer.parseInt(m.group(1));
        LocalDate reference = anchor.yearReference();
        return reference != null && year > reference.getYear() + 10 ? null : TimeValue.year(year);
    }

    private static TimeValue range(String from, String to) {
        int a = Integer.parseInt(from);
        int b = Integer.parseInt(to);
        return a > b ? null : new TimeValue(LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31), Granularity.INTERVAL);
    }

    private static TimeValue season(String season, int year) {
        int startMonth = switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
        LocalDate start = LocalDate.of(year, startMonth, 1);
        return new TimeValue(start, start.plusMonths(3).minusDays(1), Granularity.SEASON);
    }

    private static TimeValue deictic(String word, TimeAnchor anchor) {
        LocalDate day = anchor.published();
        if (day == null) {
            return null;
        }
        return TimeValue.day(switch (word) {
            case "yesterday", "last night" -> day.minusDays(1);
            case "tomorrow" -> day.plusDays(1);
            default -> day;
        });
    }

    /** Past tense: the most recent such day on or before publication; future: the next one from publication on. */
    private static TimeValue weekday(String modifier, String name, TimeAnchor anchor, boolean future) {
        LocalDate day = anchor.published();
        if (day == null) {
            return null;
        }
        DayOfWeek weekday = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        if (mod.equals("next")) {
            return TimeValue.day(day.with(TemporalAdjusters.next(weekday)));
        }
        if (future && !mod.equals("last")) {
            // "the governor will meet him later on Sunday", published on a Sunday: that same day
            return TimeValue.day(day.with(TemporalAdjusters.nextOrSame(weekday)));
        }
        LocalDate past = day.with(TemporalAdjusters.previousOrSame(weekday));
        return TimeValue.day(mod.equals("last") && past.equals(day) ? past.minusWeeks(1) : past);
    }

    private static TimeValue ago(int count, String unit, TimeAnchor anchor) {
        LocalDate day = anchor.published();
        if (day == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day")) {
            return TimeValue.day(day.minusDays(count));
        }
        if (u.startsWith("week")) {
            LocalDate start = day.minusWeeks(count).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new TimeValue(start, start.plusDays(6), Granularity.WEEK);
        }
        if (u.startsWith("month")) {
            LocalDate month = day.minusMonths(count);
            return TimeValue.month(month.getYear(), month.getMonthValue());
        }
        return TimeValue.year(day.getYear() - count);
    }

    private static TimeValue pastPeriod(int count, String unit, TimeAnchor anchor) {
        LocalDate day = anchor.published();
        if (day == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        LocalDate start = u.startsWith("hour") ? day.minusDays(Math.max(1, (count + 23) / 24))
                : u.startsWith("day") ? day.minusDays(count)
                : u.startsWith("week") ? day.minusWeeks(count)
                : u.startsWith("month") ? day.minusMonths(count) : day.minusYears(count);
        return new TimeValue(start, day, Granularity.INTERVAL);
    }

    private static TimeValue relativePeriod(String which, String unit, TimeAnchor anchor) {
        LocalDate day = anchor.published();
        if (day == null) {
            return null;
        }
        int shift = which.equals("last") || which.equals("past") ? -1 : which.equals("next") ? 1 : 0;
        return switch (unit) {
            case "week" -> {
                LocalDate monday = day.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new TimeValue(monday, monday.plusDays(6), Granularity.WEEK);
            }
            case "month" -> {
                LocalDate month = day.plusMonths(shift);
                yield TimeValue.month(month.getYear(), month.getMonthValue());
            }
            default -> TimeValue.year(day.getYear() + shift);
        };
    }

    static int month(String name) {
        String key = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = NUMBERS.get(w);
        return n != null ? n : Integer.parseInt(w);
    }
}
