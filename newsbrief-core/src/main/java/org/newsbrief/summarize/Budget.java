package org.newsbrief.summarize;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How long a summary may be: a number of words (as ROUGE's {@code -l} counts them, split on
 * white space) or of bytes of UTF-8 text (as {@code -b}).
 *
 * <p>A strict budget is never exceeded: it is what a reader gets. A budget that
 * {@code fillsToLimit} keeps adding sentences while the summary is shorter than the limit, so
 * the last one may run over; this is the evaluation protocol of DUC and of published systems,
 * whose summaries the scorer cuts at exactly the limit.
 *
 * @param unit words or bytes
 * @param limit the maximum, at least 1
 * @param fillsToLimit whether the last sentence may run over the limit
 */
public record Budget(Unit unit, int limit, boolean fillsToLimit) {

    /** What the limit counts. */
    public enum Unit { WORDS, BYTES }

    public Budget {
        Objects.requireNonNull(unit, "unit");
        if (limit < 1) {
            throw new IllegalArgumentException("budget limit must be >= 1: " + limit);
        }
    }

    /** A strict budget. */
    public Budget(Unit unit, int limit) {
        this(unit, limit, false);
    }

    public static Budget words(int limit) {
        return new Budget(Unit.WORDS, limit);
    }

    public static Budget bytes(int limit) {
        return new Budget(Unit.BYTES, limit);
    }

    /** The same limit, filled up to it for evaluation (the last sentence may run over). */
    public Budget filled() {
        return new Budget(unit, limit, true);
    }

    /** The cost of a sentence's text in this budget's unit (bytes count a separating space). */
    public int cost(String text) {
        if (unit == Unit.BYTES) {
            return text.strip().getBytes(StandardCharsets.UTF_8).length + 1;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** Whether a sentence costing {@code cost} may join a summary that has used {@code used}. */
    public boolean fits(int used, int cost) {
        return fillsToLimit ? used < limit : used + cost <= limit;
    }

    /** Whether a summary that has used {@code used} can take no more sentences. */
    public boolean isFull(int used) {
        return used >= limit;
    }
}
