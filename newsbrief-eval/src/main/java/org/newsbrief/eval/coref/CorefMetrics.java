package org.newsbrief.eval.coref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MUC, B-cubed and CEAF-e of a response partition of mentions against a key partition, as
 * defined by Pradhan et al. (2014, "Scoring coreference partitions of predicted mentions"): the
 * two may hold different mentions; a key mention the response lacks counts as alone in the
 * response (MUC) or adds nothing (B-cubed, CEAF-e), and the reverse for precision. Singletons
 * count in B-cubed and CEAF-e; MUC ignores them by definition. CEAF-e aligns chains one to one
 * with {@link KuhnMunkres}, solved per connected group of overlapping chains. Stateless.
 */
public final class CorefMetrics {

    private CorefMetrics() {
    }

    /** All three scores; chains are sets of mention ids, a mention in at most one chain per side. */
    public static CorefScores score(Collection<? extends Set<String>> key, Collection<? extends Set<String>> response) {
        List<Set<String>> k = nonEmpty(key);
        List<Set<String>> r = nonEmpty(response);
        return new CorefScores(new CorefScores.Score(muc(k, r), muc(r, k)),
                new CorefScores.Score(bcubed(k, r), bcubed(r, k)), ceafE(k, r));
    }

    /** MUC recall of {@code response} against {@code key} (precision: swap them). */
    static double muc(List<Set<String>> key, List<Set<String>> response) {
        Map<String, Integer> chainOf = index(response);
        double found = 0;
        double links = 0;
        for (Set<String> chain : key) {
            Set<Integer> parts = new HashSet<>();
            int alone = 0;
            for (String mention : chain) {
                Integer part = chainOf.get(mention);
                if (part == null) {
                    alone++;
                } else {
                    parts.add(part);
                }
            }
            found += chain.size() - parts.size() - alone;
            links += chain.size() - 1;
        }
        return links == 0 ? 0 : found / links;
    }

    /** B-cubed recall of {@code response} against {@code key} (precision: swap them). */
    static double bcubed(List<Set<String>> key, List<Set<String>> response) {
        Map<String, Integer> chainOf = index(response);
        double sum = 0;
        int mentions = 0;
        for (Set<String> chain : key) {
            Map<Integer, Integer> overlaps = new HashMap<>();
            chain.forEach(m -> {
                Integer part = chainOf.get(m);
                if (part != null) {
                    overlaps.merge(part, 1, Integer::sum);
                }
            });
            for (int overlap : overlaps.values()) {
                sum += (double) overlap * overlap / chain.size();
            }
            mentions += chain.size();
        }
        return mentions == 0 ? 0 : sum / mentions;
    }

    static CorefScores.Score ceafE(List<Set<String>> key, List<Set<String>> response) {
        if (key.isEmpty() || response.isEmpty()) {
            return new CorefScores.Score(0, 0);
        }
        Map<String, Integer> responseOf = index(response);
        // connected groups of key chains that share mentions through response chains
        int[] group = new int[key.size()];
        Map<Integer, Integer> responseGroup = new HashMap<>();
        java.util.Arrays.fill(group, -1);
        int groups = 0;
        Map<String, Integer> keyOf = index(key);
        for (int start = 0; start < key.size(); start++) {
            if (group[start] >= 0) {
                continue;
            }
            List<Integer> stack = new ArrayList<>(List.of(start));
            group[start] = groups;
            while (!stack.isEmpty()) {
                int k = stack.remove(stack.size() - 1);
                for (String mention : key.get(k)) {
                    Integer r = responseOf.get(mention);
                    if (r != null && responseGroup.putIfAbsent(r, groups) == null) {
                        for (String other : response.get(r)) {
                            Integer k2 = keyOf.get(other);
                            if (k2 != null && group[k2] < 0) {
                                group[k2] = groups;
                                stack.add(k2);
                            }
                        }
                    }
                }
            }
            groups++;
        }
        double similarity = 0;
        for (int g = 0; g < groups; g++) {
            List<Set<String>> keys = new ArrayList<>();
            for (int k = 0; k < key.size(); k++) {
                if (group[k] == g) {
                    keys.add(key.get(k));
                }
            }
            List<Set<String>> responses = new ArrayList<>();
            final int current = g;
            responseGroup.forEach((r, rg) -> {
                if (rg == current) {
                    responses.add(response.get(r));
                }
            });
            double[][] phi = new double[keys.size()][responses.size()];
            for (int i = 0; i < keys.size(); i++) {
                for (int j = 0; j < responses.size(); j++) {
                    phi[i][j] = phi4(keys.get(i), responses.get(j));
                }
            }
            similarity += KuhnMunkres.maximum(phi);
        }
        return new CorefScores.Score(similarity / key.size(), similarity / response.size());
    }

    /** Luo's phi4: twice the shared mentions over the summed sizes. */
    static double phi4(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String mention : a) {
            if (b.contains(mention)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static List<Set<String>> nonEmpty(Collection<? extends Set<String>> chains) {
        List<Set<String>> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Set<String> chain : chains) {
            for (String mention : chain) {
                if (!seen.add(mention)) {
                    throw new IllegalArgumentException("mention " + mention + " is in two chains");
                }
            }
            if (!chain.isEmpty()) {
                kept.add(Set.copyOf(chain));
            }
        }
        return kept;
    }

    private static Map<String, Integer> index(List<Set<String>> chains) {
        Map<String, Integer> chainOf = new HashMap<>();
        for (int c = 0; c < chains.size(); c++) {
            for (String mention : chains.get(c)) {
                chainOf.put(mention, c);
            }
        }
        return chainOf;
    }
}
