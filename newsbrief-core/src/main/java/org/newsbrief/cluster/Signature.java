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
    /** The term ids of the article's names ({@link TermCounts.Counted#names}), sorted; empty when not used. */
    final int[] names;

    Signature(int[] terms, double[] weights, LocalDate date) {
        this(terms, weights, date, EventEvidence.NONE, NO_NAMES);
    }

    Signature(int[] terms, double[] weights, LocalDate date, long[] evidence) {
        this(terms, weights, date, evidence, NO_NAMES);
    }

    Signature(int[] terms, double[] weights, LocalDate date, long[] evidence, int[] names) {
        this.terms = terms;
        this.weights = weights;
        this.date = date;
        this.evidence = evidence;
        this.names = names;
    }

    private static final int[] NO_NAMES = {};

    /** This signature with the term ids of the article's names (any order; kept sorted and distinct). */
    public Signature withNames(int[] nameTerms) {
        return new Signature(terms, weights, date, evidence, java.util.Arrays.stream(nameTerms).sorted().distinct().toArray());
    }

    /** This signature with the article's rare event-specific items (sorted, see {@link EventEvidence#rare}). */
    public Signature withEvidence(long[] rareItems) {
        return new Signature(terms, weights, date, rareItems.clone(), names);
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
