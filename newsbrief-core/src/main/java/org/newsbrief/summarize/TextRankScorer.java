package org.newsbrief.summarize;

/**
 * TextRank (Mihalcea and Tarau 2004): PageRank over sentences linked by their word overlap
 * normalised by the logarithms of their lengths. Immutable and thread-safe.
 */
public final class TextRankScorer implements SentenceScorer {

    private static final double DAMPING = 0.85;

    @Override
    public double[] score(SentencePool pool) {
        int[] nodes = GraphNodes.of(pool);
        int[][] terms = new int[nodes.length][];
        for (int k = 0; k < nodes.length; k++) {
            terms[k] = java.util.Arrays.stream(pool.termIds(nodes[k])).distinct().sorted().toArray();
        }
        double[][] weights = new double[nodes.length][nodes.length];
        for (int a = 0; a < nodes.length; a++) {
            for (int b = a + 1; b < nodes.length; b++) {
                double norm = Math.log(pool.termIds(nodes[a]).length + 1.0) + Math.log(pool.termIds(nodes[b]).length + 1.0);
                double weight = norm == 0 ? 0 : overlap(terms[a], terms[b]) / norm;
                weights[a][b] = weight;
                weights[b][a] = weight;
            }
        }
        return GraphNodes.toPool(pool, nodes, PageRank.rank(weights, DAMPING));
    }

    private static int overlap(int[] a, int[] b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }
}
