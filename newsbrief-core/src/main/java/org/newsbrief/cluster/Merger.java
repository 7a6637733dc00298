package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Union-find over articles for average linkage: two stories merge while the mean similarity of
 * all their cross pairs stays at or above the threshold, pairs outside the candidate edges
 * counting as zero (they share none of their strongest terms). Not thread-safe.
 */
final class Merger {

    private final int[] parent;
    private final int[] size;
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    private final List<Map<Integer, Double>> neighbours = new ArrayList<>();

    Merger(int articles, List<Edge> edges) {
        parent = new int[articles];
        size = new int[articles];
        for (int d = 0; d < articles; d++) {
            parent[d] = d;
            size[d] = 1;
            members.put(d, new ArrayList<>(List.of(d)));
            neighbours.add(new HashMap<>());
        }
        for (Edge edge : edges) {
            neighbours.get(edge.a()).put(edge.b(), edge.similarity());
            neighbours.get(edge.b()).put(edge.a(), edge.similarity());
        }
    }

    int root(int d) {
        while (parent[d] != d) {
            parent[d] = parent[parent[d]];
            d = parent[d];
        }
        return d;
    }

    void mergeIfClose(int a, int b, double threshold) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return;
        }
        int small = size[ra] <= size[rb] ? ra : rb;
        int large = small == ra ? rb : ra;
        double sum = 0;
        for (int member : members.get(small)) {
            for (Map.Entry<Integer, Double> edge : neighbours.get(member).entrySet()) {
                if (root(edge.getKey()) == large) {
                    sum += edge.getValue();
                }
            }
        }
        if (sum / ((double) size[ra] * size[rb]) < threshold) {
            return;
        }
        int keep = Math.min(ra, rb);
        int drop = Math.max(ra, rb);
        members.get(keep).addAll(members.remove(drop));
        size[keep] += size[drop];
        parent[drop] = keep;
    }

    /** Article indexes per group, groups in order of their first article. */
    List<List<Integer>> groups() {
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int d = 0; d < parent.length; d++) {
            groups.computeIfAbsent(root(d), r -> new ArrayList<>()).add(d);
        }
        return new ArrayList<>(groups.values());
    }
}
