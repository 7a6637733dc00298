package org.newsbrief.summarize;

/**
 * MEAD (Radev et al. 2004): a sentence scores the centroid values of its words (C, summed over
 * its tokens, repeats counted, as MEAD's {@code Centroid.pl} does), a position score falling
 * linearly from the first sentence of its article (P, scaled to the best C), and its overlap with
 * the first sentence of its article (F). The centroid keeps the words whose TF-IDF averaged over
 * the documents reaches a threshold. {@link Options#CENTROID_ONLY} scores C alone, as the
 * Centroid outputs that Hong et al. (2014) released behave (see {@code bench/README.md}).
 * Immutable and thread-safe.
 */
public final class MeadScorer implements SentenceScorer {

    /**
     * Options.
     *
     * @param centroidThreshold share of the heaviest centroid weight below which words are left out, in [0, 1)
     * @param positionWeight weight of P
     * @param firstSentenceWeight weight of F
     */
    public record Options(double centroidThreshold, double positionWeight, double firstSentenceWeight) {
        /** C + P + F with equal weights, the formula of Radev et al. 2004. */
        public static final Options DEFAULTS = new Options(0.1, 1.0, 1.0);
        /** C alone: no position or first-sentence prior. */
        public static final Options CENTROID_ONLY = new Options(0.1, 0.0, 0.0);
    }

    private final Options options;

    public MeadScorer(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public double[] score(SentencePool pool) {
        double[] centroid = centroid(pool);
        double[] content = new double[pool.size()];
        double best = 0;
        for (int i = 0; i < pool.size(); i++) {
            for (int id : pool.termIds(i)) {
                content[i] += centroid[id];
            }
            best = Math.max(best, content[i]);
        }
        int[] firstOfDocument = firstSentences(pool);
        int[] sentencesInDocument = new int[pool.documentCount()];
        for (int i = 0; i < pool.size(); i++) {
            sentencesInDocument[pool.documentIndex(i)]++;
        }
        double[] scores = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            int n = sentencesInDocument[pool.documentIndex(i)];
            double position = best * (n - pool.sentence(i).index()) / n;
            double first = pool.vector(i).cosine(pool.vector(firstOfDocument[pool.documentIndex(i)]));
            scores[i] = content[i] + options.positionWeight() * position + options.firstSentenceWeight() * first * best;
        }
        return scores;
    }

    /** Average TF-IDF per document of each term, with idf over documents, thresholded. */
    private double[] centroid(SentencePool pool) {
        int vocabulary = pool.vocabularySize();
        double[] tf = new double[vocabulary];
        int[] df = new int[vocabulary];
        for (int d = 0, i = 0; d < pool.documentCount(); d++) {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (; i < pool.size() && pool.documentIndex(i) == d; i++) {
                for (int id : pool.termIds(i)) {
                    tf[id]++;
                    if (seen.add(id)) {
                        df[id]++;
                    }
                }
            }
        }
        double[] centroid = new double[vocabulary];
        double max = 0;
        for (int id = 0; id < vocabulary; id++) {
            centroid[id] = tf[id] / pool.documentCount() * Math.log(1.0 + pool.documentCount() / (double) df[id]);
            max = Math.max(max, centroid[id]);
        }
        for (int id = 0; id < vocabulary; id++) {
            if (centroid[id] < options.centroidThreshold() * max) {
                centroid[id] = 0;
            }
        }
        return centroid;
    }

    private static int[] firstSentences(SentencePool pool) {
        int[] first = new int[pool.documentCount()];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < pool.size(); i++) {
            if (first[pool.documentIndex(i)] < 0) {
                first[pool.documentIndex(i)] = i;
            }
        }
        return first;
    }
}
