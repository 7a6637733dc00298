package org.newsbrief.summarize;

/**
 * Power iteration of PageRank over a weighted, undirected sentence graph, as LexRank and
 * TextRank use it. Rows without edges spread their weight evenly. Stateless.
 */
final class PageRank {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-6;

    private PageRank() {
    }

    /** Stationary scores of the graph with edge weights {@code weights} (n by n, symmetric). */
    static double[] rank(double[][] weights, double damping) {
        int n = weights.length;
        double[] rowSums = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowSums[i] += weights[i][j];
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (rowSums[i] == 0) {
                    dangling += rank[i];
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (weights[i][j] != 0) {
                        next[j] += rank[i] * weights[i][j] / rowSums[i];
                    }
                }
            }
            double change = 0;
            for (int j = 0; j < n; j++) {
                next[j] = (1 - damping) / n + damping * (next[j] + dangling / n);
                change += Math.abs(next[j] - rank[j]);
            }
            rank = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        return rank;
    }
}
