package org.newsbrief.eval.learn;

import java.util.List;

/**
 * Logistic regression (binary, or on soft labels in [0, 1]) fitted by Newton's method with a small L2 penalty on the weights
 * (not the bias), optionally with a weight per example. Small and dependency-free: the models it
 * fits (date ranking for timelines, sentence scoring for summaries) have about ten features, so
 * the d x d Hessian is solved directly. Stateless.
 */
public final class LogisticRegression {

    private static final double L2 = 1.0;
    private static final int ITERATIONS = 25;

    private LogisticRegression() {
    }

    /** The probability of a positive label under {@code weights} (one per feature, then the bias). */
    public static double probability(double[] weights, double[] features) {
        double z = weights[weights.length - 1];
        for (int i = 0; i < features.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Fits weights (one per feature, then the bias) to examples and labels, every example alike. */
    public static double[] fit(List<double[]> examples, List<Boolean> labels) {
        return fit(examples, labels, java.util.Collections.nCopies(examples.size(), 1.0));
    }

    /** Fits with a weight per example (so that every task counts alike, whatever its number of examples). */
    public static double[] fit(List<double[]> examples, List<Boolean> labels, List<Double> exampleWeights) {
        return fitSoft(examples, labels.stream().map(b -> b ? 1.0 : 0.0).toList(), exampleWeights);
    }

    /**
     * Fits to soft labels in [0, 1] (the cross-entropy is then minimised where the predicted
     * probability equals the label's expectation), every example alike.
     */
    public static double[] fitSoft(List<double[]> examples, List<Double> labels) {
        return fitSoft(examples, labels, java.util.Collections.nCopies(examples.size(), 1.0));
    }

    /** Fits to soft labels with a weight per example. */
    public static double[] fitSoft(List<double[]> examples, List<Double> labels, List<Double> exampleWeights) {
        int d = examples.get(0).length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < examples.size(); n++) {
                double[] x = withBias(examples.get(n));
                double p = probability(w, examples.get(n));
                double y = labels.get(n);
                double c = exampleWeights.get(n);
                for (int i = 0; i < d; i++) {
                    gradient[i] += c * (p - y) * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += c * p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < d - 1; i++) {
                gradient[i] += L2 * w[i];
                hessian[i][i] += L2;
            }
            hessian[d - 1][d - 1] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return w;
    }

    private static double[] withBias(double[] x) {
        double[] out = java.util.Arrays.copyOf(x, x.length + 1);
        out[x.length] = 1;
        return out;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    public static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] v = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            double tv = v[col];
            v[col] = v[pivot];
            v[pivot] = tv;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c < n; c++) {
                    m[r][c] -= f * m[col][c];
                }
                v[r] -= f * v[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = v[r];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
