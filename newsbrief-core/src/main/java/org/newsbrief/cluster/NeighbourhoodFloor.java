package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Discounts each edge by how crowded its two articles' neighbourhoods are. An article's floor is
 * the similarity of its {@code rank}-th most similar neighbour (0 with fewer neighbours): in a
 * small collection of distinct stories that neighbour is already another story and weak, in a
 * large collection with many stories on one subject (a year of politics) it is a close but
 * different story. An edge keeps {@code similarity - weight * (floorA + floorB) / 2}, so that
 * the same cosine counts for less where many articles are that close; edges left at or below zero
 * are dropped. Works on one block, whose edges hold every edge of its articles. Stateless.
 */
final class NeighbourhoodFloor {

    private NeighbourhoodFloor() {
    }

    /** The discounted edges of a block of {@code articles} articles (local indexes), in input order. */
    static List<Edge> discount(int articles, List<Edge> edges, int rank, double weight) {
        if (weight == 0) {
            return edges;
        }
        double[] floor = floors(articles, edges, rank);
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge edge : edges) {
            double similarity = edge.similarity() - weight * (floor[edge.a()] + floor[edge.b()]) / 2;
            if (similarity > 0) {
                out.add(new Edge(edge.a(), edge.b(), similarity));
            }
        }
        return out;
    }

    /** Each article's {@code rank}-th strongest edge similarity, 0 when it has fewer edges. */
    static double[] floors(int articles, List<Edge> edges, int rank) {
        int[] degree = new int[articles];
        for (Edge edge : edges) {
            degree[edge.a()]++;
            degree[edge.b()]++;
        }
        double[][] similarities = new double[articles][];
        for (int d = 0; d < articles; d++) {
            similarities[d] = new double[degree[d]];
        }
        int[] filled = new int[articles];
        for (Edge edge : edges) {
            similarities[edge.a()][filled[edge.a()]++] = edge.similarity();
            similarities[edge.b()][filled[edge.b()]++] = edge.similarity();
        }
        double[] floor = new double[articles];
        for (int d = 0; d < articles; d++) {
            if (degree[d] >= rank) {
                Arrays.sort(similarities[d]);
                floor[d] = similarities[d][degree[d] - rank];
            }
        }
        return floor;
    }
}
