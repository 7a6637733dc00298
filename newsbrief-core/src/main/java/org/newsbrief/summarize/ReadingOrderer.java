package org.newsbrief.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading order: by the publication date of the sentence's article (undated articles after
 * dated ones), then by the article's place in the story, then by position in the article; but
 * a summary opens with an article's lead where it holds one. When the first sentence in that
 * order is no lead ("British authorities have declined to comment on his whereabouts") and a
 * later one is ("Former Chilean dictator Gen. Augusto Pinochet has been arrested ..."), the
 * first such lead moves to the front, with the sentences that follow it in its article and in
 * the summary, so that no sentence is parted from the one it continues. Stateless and
 * thread-safe.
 */
public final class ReadingOrderer implements SentenceOrderer {

    @Override
    public List<Integer> order(SentencePool pool, List<Integer> chosen) {
        Comparator<Integer> byDate = Comparator.comparing(
                i -> pool.document(pool.documentIndex(i)).article().published(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
        List<Integer> reading = chosen.stream()
                .sorted(byDate.thenComparing(pool::documentIndex).thenComparing(i -> pool.sentence(i).index()))
                .toList();
        int lead = 0;
        while (lead < reading.size() && !pool.opensItsDocument(reading.get(lead))) {
            lead++;
        }
        if (lead == 0 || lead == reading.size()) {
            return reading;
        }
        int end = lead + 1;
        while (end < reading.size() && follows(pool, reading.get(end - 1), reading.get(end))) {
            end++;
        }
        List<Integer> ordered = new ArrayList<>(reading.subList(lead, end));
        ordered.addAll(reading.subList(0, lead));
        ordered.addAll(reading.subList(end, reading.size()));
        return List.copyOf(ordered);
    }

    /** Whether sentence {@code next} comes right after sentence {@code previous} in one article. */
    private static boolean follows(SentencePool pool, int previous, int next) {
        return pool.documentIndex(previous) == pool.documentIndex(next)
                && pool.sentence(next).index() == pool.sentence(previous).index() + 1;
    }
}
