package org.newsbrief.cluster;

import java.util.List;

/**
 * Connected components of a graph on {@code 0..size-1} by union-find (path halving): each
 * node's root is the smallest node of its component, so the result does not depend on the order
 * of the edges. Used by the batch clusterer (blocks), the Spark job (the same blocks from edges
 * collected on the driver). Stateless.
 */
public final class Components {

    private Components() {
    }

    /** Each node's root, the smallest node of its component; {@code edges} are {@code {a, b}} pairs. */
    public static int[] of(int size, List<int[]> edges) {
        int[] parent = new int[size];
        for (int d = 0; d < size; d++) {
            parent[d] = d;
        }
        for (int[] edge : edges) {
            int a = root(parent, edge[0]);
            int b = root(parent, edge[1]);
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        for (int d = 0; d < size; d++) {
            parent[d] = root(parent, d);
        }
        return parent;
    }

    private static int root(int[] parent, int d) {
        while (parent[d] != d) {
            parent[d] = parent[parent[d]];
            d = parent[d];
        }
        return d;
    }
}
