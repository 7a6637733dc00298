package org.newsbrief.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.Components;
import org.newsbrief.cluster.Edge;
import org.newsbrief.cluster.EventEvidence;
import org.newsbrief.cluster.Signature;
import org.newsbrief.cluster.TermCounts;
import org.newsbrief.cluster.TimeBlocks;
import org.newsbrief.cluster.Vocabulary;
import org.newsbrief.model.Document;
import scala.Tuple2;

/**
 * The clusterer's steps as Spark stages: signatures per article against the broadcast
 * vocabulary; candidate pairs from the postings of blocking terms, paired within time blocks; edges by joining the two
 * signatures (with each article's rare event-specific items when the options weigh them, their
 * document frequencies reduced by item as the vocabulary's are); blocks (connected components of the edges, found on the driver from the edge
 * endpoints); one average-linkage merge per block on the executors. The result is the groups
 * {@link AverageLinkageClusterer#cluster} finds, each as ascending article indexes.
 */
final class ClusterStage {

    private final JavaSparkContext spark;
    private final AverageLinkageClusterer.Options options;
    private final int partitions;

    ClusterStage(JavaSparkContext spark, AverageLinkageClusterer.Options options, int partitions) {
        this.spark = spark;
        this.options = options;
        this.partitions = partitions;
    }

    JavaPairRDD<Integer, Signature> signatures(JavaPairRDD<Integer, Document> indexed, Broadcast<Vocabulary> vocabulary) {
        JavaPairRDD<Integer, Signature> signatures = termSignatures(indexed, vocabulary);
        if (!options.evidence().on()) {
            return signatures.persist(StorageLevel.MEMORY_AND_DISK_SER());
        }
        return signatures.leftOuterJoin(rareEvidence(indexed), partitions)
                .mapToPair(s -> new Tuple2<>(s._1(), s._2()._2().isPresent() ? s._2()._1().withEvidence(s._2()._2().get())
                        : s._2()._1()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /**
     * Each article's rare event-specific items, as {@link EventEvidence#rare} finds them in one JVM:
     * the items per article, their document frequencies reduced by item, those held by 2 to {@code
     * rareDf} articles joined back to their articles (sorted); articles without one are left out.
     */
    private JavaPairRDD<Integer, long[]> rareEvidence(JavaPairRDD<Integer, Document> indexed) {
        AverageLinkageClusterer.Evidence evidence = options.evidence();
        JavaPairRDD<Long, Integer> holders = indexed.flatMapToPair(d -> {
            List<Tuple2<Long, Integer>> out = new ArrayList<>();
            for (long item : EventEvidence.items(d._2(), evidence.sampling())) {
                out.add(new Tuple2<>(item, d._1()));
            }
            return out.iterator();
        });
        JavaPairRDD<Long, Integer> rare = holders.mapToPair(h -> new Tuple2<>(h._1(), 1))
                .reduceByKey(Integer::sum, partitions)
                .filter(f -> f._2() >= 2 && f._2() <= evidence.rareDf());
        return holders.join(rare, partitions)
                .mapToPair(h -> new Tuple2<>(h._2()._1(), h._1()))
                .groupByKey(partitions)
                .mapValues(items -> {
                    List<Long> list = new ArrayList<>();
                    items.forEach(list::add);
                    return list.stream().mapToLong(Long::longValue).sorted().toArray();
                });
    }

    private JavaPairRDD<Integer, Signature> termSignatures(JavaPairRDD<Integer, Document> indexed,
            Broadcast<Vocabulary> vocabulary) {
        AverageLinkageClusterer.Options opts = options;
        return indexed.mapPartitionsToPair(part -> {
            AverageLinkageClusterer clusterer = new AverageLinkageClusterer(opts);
            TermCounts counts = new TermCounts();
            List<Tuple2<Integer, Signature>> out = new ArrayList<>();
            while (part.hasNext()) {
                Tuple2<Integer, Document> next = part.next();
                out.add(new Tuple2<>(next._1(), clusterer.signature(counts.of(next._2()), vocabulary.value(),
                        next._2().article().published())));
            }
            return out.iterator();
        });
    }

    JavaRDD<Edge> edges(JavaPairRDD<Integer, Signature> signatures, Broadcast<Vocabulary> vocabulary) {
        AverageLinkageClusterer.Options opts = options;
        JavaPairRDD<Integer, Integer> pairs = signatures
                .flatMapToPair(s -> {
                    AverageLinkageClusterer clusterer = new AverageLinkageClusterer(opts);
                    long block = clusterer.timeBlock(s._2());
                    List<Tuple2<Integer, long[]>> postings = new ArrayList<>();
                    for (int term : clusterer.blockingTerms(s._2(), vocabulary.value())) {
                        postings.add(new Tuple2<>(term, new long[] {s._1(), block}));
                    }
                    return postings.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(posting -> {
                    List<long[]> entries = new ArrayList<>();
                    posting._2().forEach(entries::add);
                    int[] members = entries.stream().mapToInt(e -> (int) e[0]).toArray();
                    long[] blocks = entries.stream().mapToLong(e -> e[1]).toArray();
                    List<Tuple2<Integer, Integer>> out = new ArrayList<>();
                    TimeBlocks.pairs(members, blocks, (a, b) -> out.add(new Tuple2<>(a, b)));
                    return out.iterator();
                })
                .distinct(partitions);
        return pairs.join(signatures)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), new Tuple2<>(p._1(), p._2()._2())))
                .join(signatures)
                .mapPartitions(part -> {
                    AverageLinkageClusterer clusterer = new AverageLinkageClusterer(opts);
                    List<Edge> out = new ArrayList<>();
                    while (part.hasNext()) {
                        var p = part.next();
                        Edge edge = clusterer.edge(p._2()._1()._1(), p._2()._1()._2(), p._1(), p._2()._2());
                        if (edge != null) {
                            out.add(edge);
                        }
                    }
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /** Every article's group, as ascending indexes: merged blocks and articles without edges. */
    List<List<Integer>> groups(JavaRDD<Edge> edges, int documents) {
        int[] root = Components.of(documents, edges.map(e -> new int[] {e.a(), e.b()}).collect());
        Broadcast<int[]> roots = spark.broadcast(root);
        AverageLinkageClusterer.Options opts = options;
        List<List<Integer>> groups = new ArrayList<>(edges
                .mapToPair(e -> new Tuple2<>(roots.value()[e.a()], e))
                .groupByKey(partitions)
                .flatMap(block -> {
                    List<Edge> list = new ArrayList<>();
                    block._2().forEach(list::add);
                    return new AverageLinkageClusterer(opts).mergeBlock(list).iterator();
                })
                .collect());
        boolean[] inBlock = new boolean[documents];
        for (List<Integer> group : groups) {
            group.forEach(d -> inBlock[d] = true);
        }
        for (int d = 0; d < documents; d++) {
            if (!inBlock[d]) {
                groups.add(List.of(d));
            }
        }
        roots.destroy();
        return groups;
    }

    /** Story rank (from 1: size descending, then first article) by article index. */
    static int[] ranks(List<List<Integer>> groups, int documents) {
        List<List<Integer>> ordered = new ArrayList<>(groups);
        ordered.sort(java.util.Comparator.<List<Integer>>comparingInt(g -> -g.size()).thenComparingInt(g -> g.get(0)));
        int[] rank = new int[documents];
        for (int r = 0; r < ordered.size(); r++) {
            for (int d : ordered.get(r)) {
                rank[d] = r + 1;
            }
        }
        return rank;
    }

}
