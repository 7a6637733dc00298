package org.newsbrief.eval.coref;

import java.util.Arrays;

/**
 * The optimal one-to-one assignment of rows to columns (Kuhn-Munkres, the O(n^2 m) shortest
 * augmenting path form with potentials) that maximises the summed weight. Rectangular matrices are
 * allowed; every row or every column stays unassigned beyond the smaller side. Stateless.
 */
final class KuhnMunkres {

    private KuhnMunkres() {
    }

    /** The highest total weight of a one-to-one assignment; weights must be finite. */
    static double maximum(double[][] weights) {
        int rows = weights.length;
        int columns = rows == 0 ? 0 : weights[0].length;
        if (rows == 0 || columns == 0) {
            return 0;
        }
        boolean transpose = rows > columns;
        int n = Math.min(rows, columns);
        int m = Math.max(rows, columns);
        // cost[i][j], 1-based, rows <= columns: minimise the negated weights
        double[][] cost = new double[n + 1][m + 1];
        for (int i = 0; i < rows; i++) {
            if (weights[i].length != columns) {
                throw new IllegalArgumentException("ragged matrix: row " + i + " has " + weights[i].length + " columns, not " + columns);
            }
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(weights[i][j])) {
                    throw new IllegalArgumentException("weight [" + i + "][" + j + "] is " + weights[i][j]);
                }
                if (transpose) {
                    cost[j + 1][i + 1] = -weights[i][j];
                } else {
                    cost[i + 1][j + 1] = -weights[i][j];
                }
            }
        }
        int[] owner = assign(cost, n, m);
        double total = 0;
        for (int j = 1; j <= m; j++) {
            if (owner[j] != 0) {
                total -= cost[owner[j]][j];
            }
        }
        return total;
    }

    /** owner[j] = the row assigned to column j (0 = none). */
    private static int[] assign(double[][] cost, int n, int m) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] owner = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            owner[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = owner[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double reduced = cost[i0][j] - u[i0] - v[j];
                        if (reduced < minv[j]) {
                            minv[j] = reduced;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[owner[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (owner[j0] != 0);
            do {
                int j1 = way[j0];
                owner[j0] = owner[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        return owner;
    }
}
