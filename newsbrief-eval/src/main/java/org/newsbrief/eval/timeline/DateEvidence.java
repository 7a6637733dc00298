package org.newsbrief.eval.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles behind each date of a span: those mentioning it and those published on it or the
 * next day (what its {@link DateFeatures} count), only articles published in the span. Two
 * neighbouring dates often owe their scores to the same articles (a report published on the 27th
 * counts for the 26th, as the day after, and for the 27th), which is why date-wise timelines pick
 * adjacent dates far more often than the references; {@link #sharedWithChosen} measures it.
 * Immutable.
 */
final class DateEvidence {

    private final Map<LocalDate, Set<Integer>> articles;

    private DateEvidence(Map<LocalDate, Set<Integer>> articles) {
        this.articles = articles;
    }

    /** The evidence of the dates from {@code from} to {@code to}; {@code published} gives each article's date by index. */
    static DateEvidence of(List<DateFeatures.Mention> mentions, List<LocalDate> published, LocalDate from, LocalDate to) {
        Map<LocalDate, Set<Integer>> articles = new HashMap<>();
        for (DateFeatures.Mention m : mentions) {
            if (inSpan(m.published(), from, to) && inSpan(m.day(), from, to)) {
                articles.computeIfAbsent(m.day(), k -> new HashSet<>()).add(m.article());
            }
        }
        for (int a = 0; a < published.size(); a++) {
            LocalDate p = published.get(a);
            if (inSpan(p, from, to)) {
                articles.computeIfAbsent(p, k -> new HashSet<>()).add(a);
                if (inSpan(p.minusDays(1), from, to)) {
                    articles.computeIfAbsent(p.minusDays(1), k -> new HashSet<>()).add(a);
                }
            }
        }
        return new DateEvidence(articles);
    }

    private static boolean inSpan(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The articles behind a date (empty when none). */
    Set<Integer> of(LocalDate date) {
        return articles.getOrDefault(date, Set.of());
    }

    /**
     * The largest share of the date's articles that are also behind one of its chosen neighbours
     * (the day before or after); 0 when it has no chosen neighbour or no articles.
     */
    double sharedWithChosen(LocalDate date, Set<LocalDate> chosen) {
        Set<Integer> own = of(date);
        if (own.isEmpty()) {
            return 0;
        }
        double share = 0;
        for (LocalDate neighbour : List.of(date.minusDays(1), date.plusDays(1))) {
            if (chosen.contains(neighbour)) {
                Set<Integer> theirs = of(neighbour);
                long common = own.stream().filter(theirs::contains).count();
                share = Math.max(share, (double) common / own.size());
            }
        }
        return share;
    }
}
