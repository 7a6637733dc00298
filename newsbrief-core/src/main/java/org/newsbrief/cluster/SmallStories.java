package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches small stories to a larger neighbour after the average-linkage merge of a block. The
 * merge leaves some articles of a long story on their own (an opinion piece, a late follow-up,
 * an article that also covers something else): their mean similarity to the many articles of the
 * story stays under the threshold although they are closer to that story than to anything else.
 * A story of at most {@code maxSmall} articles joins the larger story (more than {@code maxSmall}
 * articles) whose centroid is closest, when that closeness reaches {@code threshold}; stories are
 * never chained (a larger story never joins, a small one never receives). With a margin ({@link
 * AverageLinkageClusterer.Margin}) a small story also joins at a lower closeness when its closest
 * larger story is that many times closer than the second closest of the block: a stray of a long
 * story (a late follow-up, the text of a law beside a trial) has no other story near, a small
 * story of its own on a crowded subject has several.
 *
 * <p>Closeness is the cosine of the two stories' centroids (the sums of their articles'
 * signatures) computed from the block's edges alone: the cross edges summed over the square root
 * of each story's self-similarity ({@code size + 2 * its inner edges}; the signatures are
 * normalised). Pairs without an edge count as zero, as in the merge, so no signature is needed and
 * the step runs wherever a block is merged (one JVM or a distributed runner) with the same result.
 * The edges are the block's similarities before the neighbourhood floor, so dated articles far
 * apart in time are already weaker.
 *
 * <p>A cohesion condition (join only a story no tighter than its ties to the small one) was tried
 * and did not beat plain attaching with a higher threshold on the tuning collections
 * (bench/README.md). Linear in the edges; stateless.
 */
final class SmallStories {

    private SmallStories() {
    }

    /**
     * The stories after attaching: {@code groups} (local indexes into the block's articles) with
     * each small story that found a larger one merged into it, members ascending, stories in order
     * of their first member.
     */
    static List<List<Integer>> attach(List<List<Integer>> groups, List<Edge> edges, int maxSmall, double threshold) {
        return attach(groups, edges, maxSmall, threshold, AverageLinkageClusterer.Margin.OFF);
    }

    /**
     * As {@link #attach(List, List, int, double)}, and a small story whose closest larger story is
     * clearly the closest also joins it at a lower closeness ({@link AverageLinkageClusterer.Margin}).
     */
    static List<List<Integer>> attach(List<List<Integer>> groups, List<Edge> edges, int maxSmall, double threshold,
            AverageLinkageClusterer.Margin margin) {
        if (maxSmall < 1) {
            return groups;
        }
        return merged(groups, targets(groups, links(groups, edges, maxSmall), threshold, margin));
    }


    /**
     * The stories' edges summed: {@code self}, each story's size plus twice its inner similarity;
     * {@code cross}, for each small story the similarity to each larger one it has edges to (null
     * for stories with none).
     */
    private record Links(double[] self, List<Map<Integer, Double>> cross) {
    }

    private static Links links(List<List<Integer>> groups, List<Edge> edges, int maxSmall) {
        int articles = 0;
        for (List<Integer> group : groups) {
            for (int d : group) {
                articles = Math.max(articles, d + 1);
            }
        }
        int[] groupOf = new int[articles];
        double[] self = new double[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            self[g] = groups.get(g).size();
            for (int d : groups.get(g)) {
                groupOf[d] = g;
            }
        }
        List<Map<Integer, Double>> cross = new ArrayList<>(java.util.Collections.nCopies(groups.size(), null));
        for (Edge edge : edges) {
            int a = groupOf[edge.a()];
            int b = groupOf[edge.b()];
            if (a == b) {
                self[a] += 2 * edge.similarity();
            } else if (small(groups, a, maxSmall) != small(groups, b, maxSmall)) {
                int from = small(groups, a, maxSmall) ? a : b;
                int to = from == a ? b : a;
                if (cross.get(from) == null) {
                    cross.set(from, new HashMap<>());
                }
                cross.get(from).merge(to, edge.similarity(), Double::sum);
            }
        }
        return new Links(self, cross);
    }

    /**
     * For each story, the closest larger story (the lower index on ties) when at or above the
     * threshold, or, for a story of at most the margin's size, at or above the margin's threshold
     * and the margin's ratio times the second closest; else -1.
     */
    private static int[] targets(List<List<Integer>> groups, Links links, double threshold,
            AverageLinkageClusterer.Margin margin) {
        List<Map<Integer, Double>> cross = links.cross();
        double[] self = links.self();
        int[] target = new int[cross.size()];
        Arrays.fill(target, -1);
        for (int g = 0; g < cross.size(); g++) {
            if (cross.get(g) == null) {
                continue;
            }
            double best = 0;
            double second = 0;
            int closest = -1;
            for (Map.Entry<Integer, Double> candidate : cross.get(g).entrySet()) {
                int to = candidate.getKey();
                double closeness = candidate.getValue() / Math.sqrt(self[g] * self[to]);
                if (closest < 0 || closeness > best || closeness == best && to < closest) {
                    second = closest < 0 ? second : best;
                    best = closeness;
                    closest = to;
                } else {
                    second = Math.max(second, closeness);
                }
            }
            boolean clear = margin.on() && groups.get(g).size() <= margin.size() && best >= margin.threshold()
                    && best >= margin.ratio() * second;
            if (closest >= 0 && (best >= threshold || clear)) {
                target[g] = closest;
            }
        }
        return target;
    }

    /** The stories with no target, each with the stories that attach to it, members ascending, by first member. */
    private static List<List<Integer>> merged(List<List<Integer>> groups, int[] target) {
        List<List<Integer>> out = new ArrayList<>();
        Map<Integer, List<Integer>> kept = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            if (target[g] < 0) {
                List<Integer> members = new ArrayList<>(groups.get(g));
                kept.put(g, members);
                out.add(members);
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            if (target[g] >= 0) {
                kept.get(target[g]).addAll(groups.get(g));
            }
        }
        out.forEach(java.util.Collections::sort);
        out.sort(Comparator.comparingInt(members -> members.get(0)));
        return out;
    }

    private static boolean small(List<List<Integer>> groups, int g, int maxSmall) {
        return groups.get(g).size() <= maxSmall;
    }
}
