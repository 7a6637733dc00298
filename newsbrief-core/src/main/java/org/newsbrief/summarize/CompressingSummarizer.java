package org.newsbrief.summarize;

import java.util.List;
import java.util.Objects;

/**
 * The default's pipeline with sentence compression ({@code coverage:compress=1}): the centroid
 * scorer, {@link CoverageSelector#choose} over whole and shortened sentences, then, on the pool
 * with the chosen sentences shortened ({@link SentencePool#withShortened}), the sentences that
 * follow chosen ones and the budget fill ({@link Summarizers#readingOn}, at the selector's redundancy cut) as in the
 * default, which so count the shortened lengths; reading
 * order. Each summary sentence is its source sentence or a shortened version of it citing the
 * same article and index. Immutable and thread-safe.
 */
final class CompressingSummarizer implements Summarizer {

    private final SentenceScorer scorer;
    private final CoverageSelector selector;
    private final boolean fill;
    private final SentenceOrderer orderer = new ReadingOrderer();

    CompressingSummarizer(SentenceScorer scorer, CoverageSelector selector, boolean fill) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.selector = Objects.requireNonNull(selector, "selector");
        this.fill = fill;
    }

    @Override
    public Summary summarize(SentencePool pool, Budget budget) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(budget, "budget");
        double[] scores = scorer.score(pool);
        CoverageSelector.Choice choice = selector.choose(pool, scores, budget);
        SentencePool view = pool.withShortened(choice.shortened());
        List<Integer> indexes = Summarizers.readingOn((p, s, b) -> choice.indexes(), selector.redundancy(), fill)
                .select(view, scores, budget);
        return new Summary(orderer.order(view, indexes).stream().map(view::sentence).toList());
    }
}
