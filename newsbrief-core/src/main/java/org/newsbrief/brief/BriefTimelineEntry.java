package org.newsbrief.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated event in the brief's timeline.
 *
 * @param date the date as written for people: {@code 2016-11-26}, {@code 2016-09}, {@code 2012},
 *     or {@code start/end}
 * @param start the first day it covers
 * @param end the last day it covers
 * @param granularity DAY, WEEK, MONTH, SEASON, YEAR or INTERVAL
 * @param text the sentence that tells it
 * @param citations its own source first, then every other source reporting the same event that day
 * @param inferred whether the date's year came from the story because the article is undated
 */
public record BriefTimelineEntry(String date, LocalDate start, LocalDate end, String granularity, String text,
        List<Citation> citations, boolean inferred) {

    public BriefTimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a timeline entry cites at least its own article");
        }
    }

    /** The cited source numbers, own first. */
    public List<Integer> sourceNumbers() {
        return citations.stream().map(Citation::source).toList();
    }
}
