package org.newsbrief.summarize;

import java.util.List;
import org.newsbrief.model.Document;

/**
 * Chooses sentences from the documents of one story to fit a budget. Implementations are
 * stateless after construction, thread-safe and deterministic (ties broken by article id and
 * sentence index).
 */
public interface Summarizer {

    /**
     * Summarizes one story.
     *
     * @param documents the story's analysed documents, at least one
     * @param budget the length limit; the summary never exceeds it
     * @return sentences from {@code documents} only, in reading order
     */
    default Summary summarize(List<Document> documents, Budget budget) {
        return summarize(SentencePool.of(documents), budget);
    }

    /**
     * Summarizes one story whose sentence pool is already built, so that callers which need the
     * pool for other stages too (support, timeline) build it once.
     *
     * @param pool the story's sentences
     * @param budget the length limit; the summary never exceeds it
     * @return sentences from the pool only, in reading order
     */
    Summary summarize(SentencePool pool, Budget budget);
}
