package org.newsbrief.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A compact article signature: its heaviest TF-IDF terms (ids sorted, weights L2-normalised)
 * and its date. Immutable (the arrays are never handed out) and serializable, so that a
 * distributed run can ship it between stages.
 */
public final class Signature implements Serializable {

    private static final long serialVersionUID = 1L;

    final int[] terms;
    final double[] weights;
    final LocalDate date;

    Signature(int[] terms, double[] weights, LocalDate date) {
        this.terms = terms;
        this.weights = weights;
        this.date = date;
    }

    /** The cosine of the two signatures (both are normalised). */
    public double cosine(Signature other) {
        return dot(terms, weights, other.terms, other.weights);
    }

    static double dot(int[] a, double[] wa, int[] b, double[] wb) {
        double dot = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                dot += wa[i++] * wb[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    @Override
    public String toString() {
        return Arrays.toString(terms);
    }
}
