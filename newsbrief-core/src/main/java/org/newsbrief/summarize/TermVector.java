package org.newsbrief.summarize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse, L2-normalised term weight vector with sorted term ids, for fast cosines.
 * Immutable and thread-safe.
 */
public final class TermVector {

    static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    private final int[] ids;
    private final double[] weights;

    private TermVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /** The normalised vector of raw weights per term id. */
    static TermVector of(Map<Integer, Double> raw) {
        int[] ids = raw.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] weights = new double[ids.length];
        double norm = 0;
        for (int i = 0; i < ids.length; i++) {
            weights[i] = raw.get(ids[i]);
            norm += weights[i] * weights[i];
        }
        if (norm == 0) {
            return EMPTY;
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= length;
        }
        return new TermVector(ids, weights);
    }

    /** Term frequencies times idf, normalised. */
    static TermVector tfIdf(List<Integer> termIds, double[] idf) {
        Map<Integer, Double> raw = new HashMap<>();
        for (int id : termIds) {
            raw.merge(id, idf[id], Double::sum);
        }
        return of(raw);
    }

    /** Cosine similarity with another normalised vector, in [0, 1]. */
    public double cosine(TermVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                dot += weights[i++] * other.weights[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** Number of terms shared with another vector. */
    public int shared(TermVector other) {
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                count++;
                i++;
                j++;
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }

    /** Number of distinct terms. */
    public int size() {
        return ids.length;
    }

    /** Adds this vector's weights times {@code factor} into {@code sums}, by term id. */
    void addTo(Map<Integer, Double> sums, double factor) {
        for (int i = 0; i < ids.length; i++) {
            sums.merge(ids[i], weights[i] * factor, Double::sum);
        }
    }

    @Override
    public String toString() {
        return "TermVector" + Arrays.toString(ids);
    }
}
