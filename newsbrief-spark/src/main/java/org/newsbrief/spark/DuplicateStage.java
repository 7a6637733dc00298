package org.newsbrief.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Finds near-identical articles: MinHash/LSH bands give candidates (each band bucket pairs its
 * articles with the first one of their two-week run, so a bucket of a thousand copies costs a
 * thousand pairs, not half a million), the exact shingle Jaccard confirms them, and each connected group keeps its first
 * article in input order. The rest are not clustered or briefed but listed with the story of the
 * article they copy. Only the duplicate pairs reach the driver.
 */
final class DuplicateStage {

    private static final long UNDATED = Long.MIN_VALUE;

    private DuplicateStage() {
    }

    /** Duplicate key to the key of the article kept in its place; empty when the threshold is 0. */
    static Map<Long, Long> find(JavaPairRDD<Long, Shingles> shingles, double threshold, int partitions) {
        if (threshold <= 0) {
            return Map.of();
        }
        JavaPairRDD<Long, Long> candidates = shingles
                .flatMapToPair(s -> {
                    List<Tuple2<Long, long[]>> bands = new ArrayList<>();
                    long day = s._2().date() == null ? UNDATED : s._2().date().toEpochDay();
                    for (long band : s._2().bandKeys()) {
                        bands.add(new Tuple2<>(band, new long[] {s._1(), day}));
                    }
                    return bands.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(bucket -> {
                    List<long[]> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    List<Tuple2<Long, Long>> pairs = new ArrayList<>();
                    starPairs(members, (a, b) -> pairs.add(new Tuple2<>(a, b)));
                    return pairs.iterator();
                })
                .distinct(partitions);
        JavaRDD<Tuple2<Long, Long>> confirmed = candidates.join(shingles)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), new Tuple2<>(p._1(), p._2()._2())))
                .join(shingles)
                .filter(p -> p._2()._1()._2().nearIdentical(p._2()._2(), threshold))
                .map(p -> new Tuple2<>(p._2()._1()._1(), p._1()));
        return keepFirst(confirmed.collect());
    }

    /**
     * The candidate pairs of one LSH bucket ({@code {key, epoch day or UNDATED}} each), linear in
     * its size: members sorted by date fall into runs of at most {@link Shingles#WINDOW_DAYS}
     * from the run's first date, and each is paired with the smallest key of its run; an undated
     * member is paired with the smallest key of the bucket.
     */
    static void starPairs(List<long[]> members, java.util.function.BiConsumer<Long, Long> sink) {
        members.sort(java.util.Comparator.<long[]>comparingLong(m -> m[1]).thenComparingLong(m -> m[0]));
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

    private static void pairWith(long center, List<long[]> run, java.util.function.BiConsumer<Long, Long> sink) {
        for (long[] member : run) {
            if (member[0] != center) {
                sink.accept(Math.min(center, member[0]), Math.max(center, member[0]));
            }
        }
    }

    /** Each connected group of duplicate pairs maps its members to its smallest key. */
    static Map<Long, Long> keepFirst(List<Tuple2<Long, Long>> pairs) {
        Map<Long, Long> parent = new TreeMap<>();
        for (Tuple2<Long, Long> pair : pairs) {
            long a = root(parent, pair._1());
            long b = root(parent, pair._2());
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
