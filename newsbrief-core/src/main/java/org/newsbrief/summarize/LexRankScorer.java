package org.newsbrief.summarize;

/**
 * LexRank (Erkan and Radev 2004): PageRank over the graph of idf-modified cosine similarities
 * between sentences, either weighted by the cosine (continuous) or with an edge wherever the
 * cosine reaches a threshold. Immutable and thread-safe.
 */
public final class LexRankScorer implements SentenceScorer {

    /**
     * Options.
     *
     * @param threshold cosine at or above which two sentences are linked; 0 for continuous LexRank
     * @param damping PageRank damping factor, in (0, 1)
     */
    public record Options(double threshold, double damping) {
        public static final Options CONTINUOUS = new Options(0, 0.85);
        public static final Options THRESHOLDED = new Options(0.1, 0.85);

        public Options {
            if (threshold < 0 || threshold >= 1 || damping <= 0 || damping >= 1) {
                throw new IllegalArgumentException("invalid LexRank options: " + threshold + ", " + damping);
            }
        }
    }

    private final Options options;

    public LexRankScorer(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public double[] score(SentencePool pool) {
        int[] nodes = GraphNodes.of(pool);
        double[][] weights = new double[nodes.length][nodes.length];
        for (int a = 0; a < nodes.length; a++) {
            for (int b = a + 1; b < nodes.length; b++) {
                double cosine = pool.vector(nodes[a]).cosine(pool.vector(nodes[b]));
                double weight = options.threshold() == 0 ? cosine : cosine >= options.threshold() ? 1 : 0;
                weights[a][b] = weight;
                weights[b][a] = weight;
            }
        }
        return GraphNodes.toPool(pool, nodes, PageRank.rank(weights, options.damping()));
    }
}
