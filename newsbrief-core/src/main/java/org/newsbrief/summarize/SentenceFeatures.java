package org.newsbrief.summarize;

import java.util.List;

/**
 * Generic, collection-independent features of every pool sentence, for {@link LearnedScorer}
 * and its training (newsbrief-eval's {@code SentenceScorerTraining}): where the sentence stands
 * (position, article opening, article order), how long it is, how central it is (centroid
 * cosine, continuous LexRank, the document-frequency weight of its bigram concepts, its best
 * match in another article) and what it holds (digits, quotation marks). There is no feature
 * of capitalised words (names): Multi-News, the training data, is lower-cased, so its weight
 * would be learned from noise and misjudge edited text (DUC 2003 lost 4 ROUGE-1 with it).
 * Scores that depend on the story's size are divided by the story's maximum, so every feature
 * lies in [0, 1] whatever the collection. Stateless.
 */
public final class SentenceFeatures {

    /** Feature names, in column order; {@link LearnedScorer}'s model file names its weights by them. */
    public static final List<String> NAMES = List.of("position", "opening", "article", "length", "centroid", "lexrank",
            "concepts", "support", "digits", "quote");

    /** Sentences are counted as long up to this many tokens. */
    static final int LONG_SENTENCE = 60;

    private SentenceFeatures() {
    }

    /**
     * One row of {@link #NAMES}-ordered features per pool sentence; {@code support} is 0 for
     * sentences that are not {@link SentencePool#isCandidateOfAnyLength}.
     */
    public static double[][] of(SentencePool pool) {
        double[] centroid = maxNormalised(new CentroidScorer(new CentroidScorer.Options(60, 0)).score(pool));
        double[] lexRank = maxNormalised(new LexRankScorer(LexRankScorer.Options.CONTINUOUS).score(pool));
        double[] concepts = maxNormalised(conceptWeights(pool));
        double[][] rows = new double[pool.size()][];
        for (int i = 0; i < rows.length; i++) {
            List<String> tokens = pool.sentence(i).tokens();
            String text = pool.sentence(i).text();
            int index = pool.sentence(i).index();
            rows[i] = new double[] {
                1.0 / Math.sqrt(1 + index),
                index == 0 ? 1 : 0,
                1.0 / (1 + pool.documentIndex(i)),
                Math.min(tokens.size(), LONG_SENTENCE) / (double) LONG_SENTENCE,
                centroid[i],
                lexRank[i],
                concepts[i],
                pool.isCandidateOfAnyLength(i) ? support(pool, i) : 0,
                share(tokens.stream().filter(t -> t.chars().anyMatch(Character::isDigit)).count(), tokens.size()),
                text.contains("\"") || text.contains("\u201c") || text.contains("\u201d") ? 1 : 0};
        }
        return rows;
    }

    /** Sum of the document-frequency weights of the sentence's bigram concepts ({@link Concepts}). */
    private static double[] conceptWeights(SentencePool pool) {
        Concepts concepts = new Concepts(pool, ConceptCoverageSelector.MIN_DOCUMENTS);
        double[] sums = new double[pool.size()];
        for (int i = 0; i < sums.length; i++) {
            for (int c : concepts.of(i)) {
                sums[i] += concepts.weight(c);
            }
        }
        return sums;
    }

    /**
     * The highest cosine to a sentence of another article: what several outlets report. Computed
     * only for the sentences a selector may take (the others get 0; no selector takes them by
     * score, and no other feature depends on it), as it is the costliest feature. Bounded
     * like the sentence graphs ({@link GraphNodes}) so that huge stories stay near linear.
     */
    private static double support(SentencePool pool, int i) {
        double best = 0;
        int compared = 0;
        for (int j = 0; j < pool.size() && compared < GraphNodes.MAX_NODES; j++) {
            if (pool.documentIndex(j) != pool.documentIndex(i) && pool.termIds(j).length > 0) {
                best = Math.max(best, pool.vector(i).cosine(pool.vector(j)));
                compared++;
            }
        }
        return best;
    }

    private static double share(long count, int total) {
        return total <= 0 ? 0 : (double) count / total;
    }

    private static double[] maxNormalised(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = max > 0 ? Math.max(0, values[i]) / max : 0;
        }
        return out;
    }
}
