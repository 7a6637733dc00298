package org.newsbrief.summarize;

import java.util.List;
import java.util.Objects;

/**
 * A summarizer made of a scorer, a selector and an orderer. Immutable and thread-safe when its
 * parts are.
 */
public final class ComposedSummarizer implements Summarizer {

    private final SentenceScorer scorer;
    private final SentenceSelector selector;
    private final SentenceOrderer orderer;

    public ComposedSummarizer(SentenceScorer scorer, SentenceSelector selector, SentenceOrderer orderer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.selector = Objects.requireNonNull(selector, "selector");
        this.orderer = Objects.requireNonNull(orderer, "orderer");
    }

    @Override
    public Summary summarize(SentencePool pool, Budget budget) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(budget, "budget");
        List<Integer> chosen = selector.select(pool, scorer.score(pool), budget);
        return new Summary(orderer.order(pool, chosen).stream().map(pool::sentence).toList());
    }
}
