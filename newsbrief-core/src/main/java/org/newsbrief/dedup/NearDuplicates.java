package org.newsbrief.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.newsbrief.model.Document;

/**
 * Finds near-identical articles in a collection: MinHash/LSH bands of their {@link Shingles}
 * give candidate pairs (each band bucket pairs its members with the first of their two-week run,
 * so a thousand copies cost a thousand pairs, not half a million), the exact shingle Jaccard
 * confirms them, and each connected group keeps its first article in input order. Linear in the
 * collection apart from the confirmed groups. The Spark job runs the same steps as stages.
 * Stateless and thread-safe.
 */
public final class NearDuplicates {

    /** The default least Jaccard similarity of two copies' shingle sets. */
    public static final double DEFAULT_THRESHOLD = 0.9;

    private static final long UNDATED = Long.MIN_VALUE;

    private final double threshold;

    /** @param threshold least shingle Jaccard similarity in (0, 1]; 0 finds nothing (dedup off) */
    public NearDuplicates(double threshold) {
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("duplicate threshold must be within [0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * The copies among {@code documents}: copy id to the id of the article kept in its place (the
     * first of its group in list order), in list order of the copies. Empty when the threshold is 0.
     */
    public Map<String, String> find(List<Document> documents) {
        if (threshold == 0 || documents.size() < 2) {
            return Map.of();
        }
        List<Shingles> shingles = documents.parallelStream().map(Shingles::of).toList();
        Map<Long, List<long[]>> buckets = new HashMap<>();
        for (int i = 0; i < shingles.size(); i++) {
            Shingles s = shingles.get(i);
            long day = s.date() == null ? UNDATED : s.date().toEpochDay();
            for (long band : s.bandKeys()) {
                buckets.computeIfAbsent(band, k -> new ArrayList<>(2)).add(new long[] {i, day});
            }
        }
        Set<Long> candidates = new HashSet<>();
        for (List<long[]> bucket : buckets.values()) {
            if (bucket.size() > 1) {
                starPairs(bucket, (a, b) -> candidates.add(a * shingles.size() + b));
            }
        }
        List<long[]> confirmed = new ArrayList<>();
        for (long pair : candidates) {
            int a = (int) (pair / shingles.size());
            int b = (int) (pair % shingles.size());
            if (shingles.get(a).nearIdentical(shingles.get(b), threshold)) {
                confirmed.add(new long[] {a, b});
            }
        }
        Map<String, String> copies = new LinkedHashMap<>();
        keepFirst(confirmed).forEach((copy, kept) ->
                copies.put(documents.get(copy.intValue()).id(), documents.get(kept.intValue()).id()));
        return copies;
    }

    /**
     * The candidate pairs of one LSH bucket ({@code {key, epoch day or Long.MIN_VALUE when
     * undated}} each), linear in its size: members sorted by date fall into runs of at most
     * {@link Shingles#WINDOW_DAYS} from the run's first date, and each is paired with the smallest
     * key of its run; an undated member is paired with the smallest key of the bucket. Each pair is
     * given smaller key first. Sorts {@code members}.
     */
    public static void starPairs(List<long[]> members, BiConsumer<Long, Long> sink) {
        members.sort(Comparator.<long[]>comparingLong(m -> m[1]).thenComparingLong(m -> m[0]));
        long smallest = members.stream().mapToLong(m -> m[0]).min().orElse(0);
        int start = 0;
        while (start < members.size()) {
            int end = start;
            if (members.get(start)[1] == UNDATED) {
                while (end < members.size() && members.get(end)[1] == UNDATED) {
                    end++;
                }
                pairWith(smallest, members.subList(start, end), sink);
            } else {
                while (end < members.size() && members.get(end)[1] - members.get(start)[1] <= Shingles.WINDOW_DAYS) {
                    end++;
                }
                List<long[]> run = members.subList(start, end);
                pairWith(run.stream().mapToLong(m -> m[0]).min().orElse(0), run, sink);
            }
            start = end;
        }
    }

    private static void pairWith(long center, List<long[]> run, BiConsumer<Long, Long> sink) {
        for (long[] member : run) {
            if (member[0] != center) {
                sink.accept(Math.min(center, member[0]), Math.max(center, member[0]));
            }
        }
    }

    /**
     * Each connected group of confirmed pairs ({@code {a, b}} keys) maps its other members to its
     * smallest key, in key order; keys in no pair are absent.
     */
    public static Map<Long, Long> keepFirst(List<long[]> pairs) {
        Map<Long, Long> parent = new TreeMap<>();
        for (long[] pair : pairs) {
            long a = root(parent, pair[0]);
            long b = root(parent, pair[1]);
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, Long> keep = new TreeMap<>();
        for (long key : new ArrayList<>(parent.keySet())) {
            long root = root(parent, key);
            if (root != key) {
                keep.put(key, root);
            }
        }
        return keep;
    }

    private static long root(Map<Long, Long> parent, long key) {
        long root = key;
        while (parent.containsKey(root) && parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.putIfAbsent(key, key);
        return root;
    }
}
