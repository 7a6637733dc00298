package org.newsbrief.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Gives a month named without a year its year from the publication date, the way HeidelTime
 * (Str&ouml;tgen and Gertz 2013) does for news: the occurrence nearest the publication month
 * ("the vote for speaker in January", published in November: the coming January; "after
 * November", published in October: this November), shifted by the {@link Tense} marker nearest before
 * it when there is one: the next occurrence from the publication month on after a future ("will ...
 * in January"), the last one up to it after a past verb ("was ... in November", "since May"); a modal
 * or a present "is" or "are" leaves the nearest ("may not be contained until ... August"), since a
 * modal as often speaks of the past ("there must be no repeat of the last round in January"). Modifiers decide before tense: "last" is the latest before the publication month, "next"
 * the first after it, "this" the publication year. Six months either way is a tie, resolved to the
 * past, as news mostly reports what happened. A day and month without a year ("on March 3") in a
 * future-tense sentence may lie up to six months ahead ({@link #futureDay}). Unresolved without a
 * publication date, since the month name alone says nothing about the year. Measured by agreement
 * with HeidelTime on Timeline17 ({@code newsbrief bench timex}, bench/README.md). Stateless.
 */
final class MonthResolver {

    private MonthResolver() {
    }

    static TimeValue resolve(String modifier, String monthName, TimeAnchor anchor, Tense tense) {
        LocalDate published = anchor.published();
        if (published == null) {
            return null;
        }
        int month = TimeRules.month(monthName);
        YearMonth now = YearMonth.from(published);
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        YearMonth chosen = switch (mod) {
            case "this" -> sameYear;
            case "next" -> sameYear.isAfter(now) ? sameYear : sameYear.plusYears(1);
            case "last" -> sameYear.isBefore(now) ? sameYear : sameYear.minusYears(1);
            case "since" -> behind(sameYear, now);
            default -> switch (tense) {
                case FUTURE -> ahead(sameYear, now);
                case PAST -> behind(sameYear, now);
                case UNCLEAR, PRESENT, MODAL -> nearest(sameYear, now);
            };
        };
        return TimeValue.month(chosen.getYear(), chosen.getMonthValue());
    }

    /**
     * A day and month without a year in a future-tense sentence: the occurrence nearest the
     * publication date, up to six months ahead ("talks will resume on March 3", published in
     * November: next March). Not the next one on or after publication, since a future-tense sentence
     * often dates a past event ("since the April 20 blast, BP will ...").
     */
    static TimeValue futureDay(int month, int day, LocalDate published) {
        try {
            LocalDate sameYear = LocalDate.of(published.getYear(), month, day);
            if (sameYear.isAfter(published.plusMonths(6))) {
                return TimeValue.day(LocalDate.of(published.getYear() - 1, month, day));
            }
            if (sameYear.isBefore(published.minusMonths(6))) {
                return TimeValue.day(LocalDate.of(published.getYear() + 1, month, day));
            }
            return TimeValue.day(sameYear);
        } catch (DateTimeException e) {
            return null; // "February 30", or February 29 of a common year
        }
    }

    private static YearMonth ahead(YearMonth sameYear, YearMonth now) {
        return sameYear.isBefore(now) ? sameYear.plusYears(1) : sameYear;
    }

    private static YearMonth behind(YearMonth sameYear, YearMonth now) {
        return sameYear.isAfter(now) ? sameYear.minusYears(1) : sameYear;
    }

    /** The occurrence within six months of the publication month; six months either way goes to the past. */
    private static YearMonth nearest(YearMonth sameYear, YearMonth now) {
        int monthsAhead = sameYear.getMonthValue() - now.getMonthValue();
        if (monthsAhead >= 6) {
            return sameYear.minusYears(1);
        }
        if (monthsAhead < -6) {
            return sameYear.plusYears(1);
        }
        return sameYear;
    }
}
