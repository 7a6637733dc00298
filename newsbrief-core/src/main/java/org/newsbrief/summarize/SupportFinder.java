package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.SentenceRef;

/**
 * Finds, for each summary sentence, the articles that support it: its own article plus every
 * article holding a near-duplicate or strongly overlapping sentence (TF-IDF cosine at or above
 * a threshold, with a minimum of shared terms so that short sentences do not match by chance).
 * Immutable and thread-safe.
 */
public final class SupportFinder {

    /**
     * Options.
     *
     * @param minCosine similarity at or above which a sentence supports another, in (0, 1]
     * @param minSharedTerms the fewest distinct terms two supporting sentences share
     */
    public record Options(double minCosine, int minSharedTerms) {
        public static final Options DEFAULTS = new Options(0.4, 4);

        public Options {
            if (minCosine <= 0 || minCosine > 1 || minSharedTerms < 1) {
                throw new IllegalArgumentException("invalid support options: " + minCosine + ", " + minSharedTerms);
            }
        }
    }

    private final Options options;

    public SupportFinder(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /**
     * The supporting sentences of each summary sentence: the sentence itself first, then the
     * most similar qualifying sentence of each other article, in story order.
     *
     * @param documents the story
     * @param summary sentences taken from {@code documents}
     */
    public List<List<SentenceRef>> supports(List<Document> documents, List<Sentence> summary) {
        return supports(SentencePool.of(documents), summary);
    }

    /** As {@link #supports(List, List)}, on a story whose sentence pool is already built. */
    public List<List<SentenceRef>> supports(SentencePool pool, List<Sentence> summary) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            positions.put(key(pool.sentence(i)), i);
        }
        return summary.stream().map(sentence -> supportOf(pool, positions, sentence)).toList();
    }

    private List<SentenceRef> supportOf(SentencePool pool, Map<String, Integer> positions, Sentence sentence) {
        Integer own = positions.get(key(sentence));
        if (own == null) {
            throw new IllegalArgumentException("summary sentence " + key(sentence) + " is not from the story");
        }
        int[] best = new int[pool.documentCount()];
        double[] bestCosine = new double[pool.documentCount()];
        java.util.Arrays.fill(best, -1);
        TermVector vector = pool.vector(own);
        for (int i = 0; i < pool.size(); i++) {
            int document = pool.documentIndex(i);
            double cosine = vector.cosine(pool.vector(i));
            if (document != pool.documentIndex(own) && cosine >= options.minCosine() && cosine > bestCosine[document]
                    && vector.shared(pool.vector(i)) >= options.minSharedTerms()) {
                best[document] = i;
                bestCosine[document] = cosine;
            }
        }
        List<SentenceRef> refs = new ArrayList<>();
        refs.add(SentenceRef.of(sentence));
        for (int i : best) {
            if (i >= 0) {
                refs.add(SentenceRef.of(pool.sentence(i)));
            }
        }
        return refs;
    }

    private static String key(Sentence sentence) {
        return sentence.articleId() + "\u0000" + sentence.index();
    }
}
