package org.newsbrief.cluster;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A candidate pair of articles, by collection index ({@code a < b}), with its similarity.
 *
 * @param a the smaller index
 * @param b the larger index
 * @param similarity the date-adjusted cosine of their signatures
 */
public record Edge(int a, int b, double similarity) implements Serializable {

    /** The order in which merges are tried: most similar first, ties by indexes. */
    public static final Comparator<Edge> MERGE_ORDER = Comparator.comparingDouble((Edge e) -> -e.similarity())
            .thenComparingInt(Edge::a).thenComparingInt(Edge::b);

    public Edge {
        if (a < 0 || b <= a) {
            throw new IllegalArgumentException("edge needs 0 <= a < b: " + a + ", " + b);
        }
    }
}
