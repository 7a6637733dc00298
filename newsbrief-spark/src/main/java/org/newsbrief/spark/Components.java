package org.newsbrief.spark;

import java.util.List;

/** Connected components of edges by union-find: each article's root is the smallest index of its component. */
final class Components {

    private Components() {
    }

    static int[] of(int size, List<int[]> edges) {
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
