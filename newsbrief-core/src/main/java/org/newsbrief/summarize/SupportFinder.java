package org.newsbrief.summarize;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

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
     * Supporting article ids per summary sentence, own article first, then in story order.
     *
     * @param documents the story
     * @param summary sentences taken from {@code documents}
     */
    public List<List<String>> supports(List<Document> documents, List<Sentence> summary) {
        SentencePool pool = SentencePool.of(documents);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            positions.put(key(pool.sentence(i)), i);
        }
        return summary.stream().map(sentence -> supportOf(pool, positions, sentence)).toList();
    }

    private List<String> supportOf(SentencePool pool, Map<String, Integer> positions, Sentence sentence) {
        Integer own = positions.get(key(sentence));
        if (own == null) {
            throw new IllegalArgumentException("summary sentence " + key(sentence) + " is not from the story");
        }
        Set<String> articles = new LinkedHashSet<>();
        articles.add(sentence.articleId());
        TermVector vector = pool.vector(own);
        for (int i = 0; i < pool.size(); i++) {
            if (pool.documentIndex(i) != pool.documentIndex(own)
                    && vector.cosine(pool.vector(i)) >= options.minCosine()
                    && vector.shared(pool.vector(i)) >= options.minSharedTerms()) {
                articles.add(pool.sentence(i).articleId());
            }
        }
        return List.copyOf(articles);
    }

    private static String key(Sentence sentence) {
        return sentence.articleId() + "\u0000" + sentence.index();
    }
}
