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
 * articles with its first one, so a bucket of a thousand copies costs a thousand pairs, not half
 * a million), the exact shingle Jaccard confirms them, and each connected group keeps its first
 * article in input order. The rest are not clustered or briefed but listed with the story of the
 * article they copy. Only the duplicate pairs reach the driver.
 */
final class DuplicateStage {

    private DuplicateStage() {
    }

    /** Duplicate key to the key of the article kept in its place; empty when the threshold is 0. */
    static Map<Long, Long> find(JavaPairRDD<Long, Shingles> shingles, double threshold, int partitions) {
        if (threshold <= 0) {
            return Map.of();
        }
        JavaPairRDD<Long, Long> candidates = shingles
                .flatMapToPair(s -> {
                    List<Tuple2<Long, Long>> bands = new ArrayList<>();
                    for (long band : s._2().bandKeys()) {
                        bands.add(new Tuple2<>(band, s._1()));
                    }
                    return bands.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(bucket -> {
                    List<Long> keys = new ArrayList<>();
                    bucket._2().forEach(keys::add);
                    long first = keys.stream().mapToLong(Long::longValue).min().orElse(0);
                    List<Tuple2<Long, Long>> pairs = new ArrayList<>();
                    for (long key : keys) {
                        if (key != first) {
                            pairs.add(new Tuple2<>(first, key));
                        }
                    }
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
