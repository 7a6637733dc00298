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
    /** The article's rare event-specific items ({@link EventEvidence}), sorted; empty when not used. */
    final long[] evidence;

    Signature(int[] terms, double[] weights, LocalDate date) {
        this(terms, weights, date, EventEvidence.NONE);
    }

    Signature(int[] terms, double[] weights, LocalDate date, long[] evidence) {
        this.terms = terms;
        this.weights = weights;
        this.date = date;
        this.evidence = evidence;
    }

    /** This signature with the article's rare event-specific items (sorted, see {@link EventEvidence#rare}). */
    public Signature withEvidence(long[] rareItems) {
        return new Signature(terms, weights, date, rareItems.clone());
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
