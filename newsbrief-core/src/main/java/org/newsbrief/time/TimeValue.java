package org.newsbrief.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A resolved time: the days from {@code start} to {@code end} inclusive, at a granularity.
 *
 * @param start first day
 * @param end last day, not before {@code start}
 * @param granularity day, week, month, season, year or a free interval
 */
public record TimeValue(LocalDate start, LocalDate end, Granularity granularity) implements Comparable<TimeValue> {

    public TimeValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("time value ends before it starts: " + start + " > " + end);
        }
    }

    public static TimeValue day(LocalDate day) {
        return new TimeValue(day, day, Granularity.DAY);
    }

    public static TimeValue month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new TimeValue(first, first.plusMonths(1).minusDays(1), Granularity.MONTH);
    }

    public static TimeValue year(int year) {
        return new TimeValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR);
    }

    /**
     * A label for people, sortable within a granularity: {@code 2016-11-27}, {@code 2016-11},
     * {@code 2016}, {@code summer 2012}, {@code week of 2016-11-21}, {@code 2012-2014} or
     * {@code start/end}.
     */
    public String label() {
        return switch (granularity) {
            case DAY -> start.toString();
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            case YEAR -> String.valueOf(start.getYear());
            case SEASON -> SEASONS[(start.getMonthValue() / 3) % 4] + " " + start.getYear();
            case WEEK -> "week of " + start;
            case INTERVAL -> wholeYears() ? start.getYear() + "-" + end.getYear() : start + "/" + end;
        };
    }

    private static final String[] SEASONS = {"winter", "spring", "summer", "autumn"};

    private boolean wholeYears() {
        return start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31;
    }

    /** Rank of precision: days first. */
    int precision() {
        return switch (granularity) {
            case DAY -> 0;
            case WEEK, INTERVAL -> 1;
            case MONTH -> 2;
            case SEASON -> 3;
            case YEAR -> 4;
        };
    }

    @Override
    public int compareTo(TimeValue other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
