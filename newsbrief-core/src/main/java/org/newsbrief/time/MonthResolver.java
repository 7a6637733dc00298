package org.newsbrief.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Resolves a month name without day or year ("in March", "last September") against the
 * publication date: the most recent such month up to the publication month in a past-tense
 * sentence, the next one from it in a future-tense sentence; "last" excludes the current month,
 * "next" is always ahead, "this" is the publication year. Unresolved without a publication date,
 * since the month name alone says nothing about the year. Stateless.
 */
final class MonthResolver {

    private MonthResolver() {
    }

    static TimeValue resolve(String modifier, String monthName, TimeAnchor anchor, boolean future) {
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
            case "until", "till", "by", "before" -> future || !sameYear.isBefore(now) ? ahead(sameYear, now) : sameYear;
            default -> future ? ahead(sameYear, now) : (sameYear.isAfter(now) ? sameYear.minusYears(1) : sameYear);
        };
        return TimeValue.month(chosen.getYear(), chosen.getMonthValue());
    }

    private static YearMonth ahead(YearMonth sameYear, YearMonth now) {
        return sameYear.isBefore(now) ? sameYear.plusYears(1) : sameYear;
    }
}
