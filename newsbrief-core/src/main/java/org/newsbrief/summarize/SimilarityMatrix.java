package org.newsbrief.summarize;

/**
 * Cosine similarities among the bounded node set of a pool ({@link GraphNodes}), computed once.
 * Immutable after construction.
 */
final class SimilarityMatrix {

    final int[] nodes;
    final double[][] weights;

    SimilarityMatrix(SentencePool pool) {
        this.nodes = GraphNodes.of(pool);
        this.weights = new double[nodes.length][nodes.length];
        for (int a = 0; a < nodes.length; a++) {
            weights[a][a] = pool.vector(nodes[a]).size() > 0 ? 1 : 0;
            for (int b = a + 1; b < nodes.length; b++) {
                double cosine = pool.vector(nodes[a]).cosine(pool.vector(nodes[b]));
                weights[a][b] = cosine;
                weights[b][a] = cosine;
            }
        }
    }

    int size() {
        return nodes.length;
    }
}
