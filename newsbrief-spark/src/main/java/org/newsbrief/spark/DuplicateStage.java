package org.newsbrief.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.newsbrief.dedup.NearDuplicates;
import org.newsbrief.dedup.Shingles;
import scala.Tuple2;

/**
 * Finds near-identical articles with the steps of core {@link NearDuplicates} run as Spark
 * stages: MinHash/LSH bands give candidates, the exact shingle Jaccard confirms them, and each
 * connected group keeps its first article in input order. The rest are not clustered or briefed
 * but listed with the story of the article they copy. Only the duplicate pairs reach the driver.
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
                    NearDuplicates.starPairs(members, (a, b) -> pairs.add(new Tuple2<>(a, b)));
                    return pairs.iterator();
                })
                .distinct(partitions);
        JavaRDD<Tuple2<Long, Long>> confirmed = candidates.join(shingles)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), new Tuple2<>(p._1(), p._2()._2())))
                .join(shingles)
                .filter(p -> p._2()._1()._2().nearIdentical(p._2()._2(), threshold))
                .map(p -> new Tuple2<>(p._2()._1()._1(), p._1()));
        return NearDuplicates.keepFirst(confirmed.map(p -> new long[] {p._1(), p._2()}).collect());
    }

}
