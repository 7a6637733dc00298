package org.newsbrief.time;

import java.util.List;
import java.util.Objects;
import org.newsbrief.model.SentenceRef;

/**
 * One dated event of a story's timeline.
 *
 * @param when the event's date (a day, month, season, year or short interval)
 * @param text the sentence that tells it
 * @param sentence where that sentence stands
 * @param support every sentence of the story that reports the same event on the same date,
 *     the chosen one first, at most one per article
 * @param inferred whether the date relied on a date inferred from the story (an undated article)
 */
public record TimelineEntry(TimeValue when, String text, SentenceRef sentence, List<SentenceRef> support,
        boolean inferred) {

    public TimelineEntry {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        support = List.copyOf(support);
    }
}
