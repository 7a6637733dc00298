package org.newsbrief.summarize;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Reading order: by the publication date of the sentence's article (undated articles after
 * dated ones), then by the article's place in the story, then by position in the article.
 * Stateless and thread-safe.
 */
public final class ReadingOrderer implements SentenceOrderer {

    @Override
    public List<Integer> order(SentencePool pool, List<Integer> chosen) {
        Comparator<Integer> byDate = Comparator.comparing(
                i -> pool.document(pool.documentIndex(i)).article().published(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
        return chosen.stream()
                .sorted(byDate.thenComparing(pool::documentIndex).thenComparing(i -> pool.sentence(i).index()))
                .toList();
    }
}
