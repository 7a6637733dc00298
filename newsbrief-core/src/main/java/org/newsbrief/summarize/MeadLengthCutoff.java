package org.newsbrief.summarize;

/**
 * MEAD's sentence-length cutoff (the {@code Length 9} of its default classifier): a sentence of
 * fewer than {@code minWords} words scores 0, whatever the wrapped scorer gave it, so that it is
 * taken only when nothing else is left. Words are counted as a word budget counts them
 * ({@link SentencePool#cost}).
 * Unlike {@link CandidateFilter}, it says nothing of openings, quotes or an upper length, as
 * MEAD does not. Immutable and thread-safe when the wrapped scorer is.
 */
public final class MeadLengthCutoff implements SentenceScorer {

    /** MEAD's default: sentences under 9 words score 0. */
    public static final int MEAD_MIN_WORDS = 9;

    private static final Budget WORDS = Budget.words(1);

    private final SentenceScorer scorer;
    private final int minWords;

    public MeadLengthCutoff(SentenceScorer scorer, int minWords) {
        this.scorer = java.util.Objects.requireNonNull(scorer, "scorer");
        if (minWords < 1) {
            throw new IllegalArgumentException("minWords must be at least 1: " + minWords);
        }
        this.minWords = minWords;
    }

    @Override
    public double[] score(SentencePool pool) {
        double[] scores = scorer.score(pool).clone();
        for (int i = 0; i < scores.length; i++) {
            if (pool.cost(i, WORDS) < minWords) {
                scores[i] = 0;
            }
        }
        return scores;
    }
}
