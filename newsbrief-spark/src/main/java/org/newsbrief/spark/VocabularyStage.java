package org.newsbrief.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.newsbrief.cluster.TermCounts;
import org.newsbrief.cluster.Vocabulary;
import org.newsbrief.model.Document;
import scala.Tuple2;

/**
 * Counts the collection's vocabulary in a distributed way: per term its document frequency and
 * its first appearance (article index, then position in {@link TermCounts} order), reduced by
 * term; the driver then numbers the terms by first appearance, which gives exactly the ids the
 * single-JVM clusterer gives. Only the vocabulary (one entry per distinct term) reaches the driver.
 */
final class VocabularyStage {

    private VocabularyStage() {
    }

    static Vocabulary count(JavaPairRDD<Integer, Document> indexed, int documents, int partitions) {
        List<Tuple2<String, long[]>> terms = indexed
                .mapPartitionsToPair(part -> {
                    TermCounts counts = new TermCounts();
                    List<Tuple2<String, long[]>> out = new ArrayList<>();
                    while (part.hasNext()) {
                        Tuple2<Integer, Document> next = part.next();
                        int position = 0;
                        for (String term : counts.of(next._2()).keySet()) {
                            out.add(new Tuple2<>(term, new long[] {1, ((long) next._1() << 32) | position++}));
                        }
                    }
                    return out.iterator();
                })
                .reduceByKey((a, b) -> new long[] {a[0] + b[0], Math.min(a[1], b[1])}, partitions)
                .collect();
        List<Tuple2<String, long[]>> ordered = new ArrayList<>(terms);
        ordered.sort(Comparator.comparingLong(t -> t._2()[1]));
        Map<String, Integer> ids = new HashMap<>(ordered.size() * 2);
        int[] df = new int[ordered.size()];
        for (Tuple2<String, long[]> term : ordered) {
            df[ids.size()] = (int) term._2()[0];
            ids.put(term._1(), ids.size());
        }
        return new Vocabulary(ids, df, documents);
    }
}
