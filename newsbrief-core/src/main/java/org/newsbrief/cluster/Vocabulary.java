package org.newsbrief.cluster;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The terms of a collection with their ids and document frequencies. Ids follow the order in
 * which terms first appear (documents in input order, terms in {@link TermCounts} order), so
 * that ties between equal weights break the same way however the collection was counted: in one
 * JVM here, or distributed by sorting terms on their first appearance. Immutable.
 *
 * @param ids term to id, ids dense from 0
 * @param documentFrequency documents holding each term, by id
 * @param documents the number of documents in the collection
 */
public record Vocabulary(Map<String, Integer> ids, int[] documentFrequency, int documents) implements Serializable {

    public Vocabulary {
        ids = Map.copyOf(ids);
        Objects.requireNonNull(documentFrequency, "documentFrequency");
        if (ids.size() != documentFrequency.length) {
            throw new IllegalArgumentException(ids.size() + " ids for " + documentFrequency.length + " frequencies");
        }
        if (documents < 0) {
            throw new IllegalArgumentException("documents must be >= 0: " + documents);
        }
    }

    /** Counts a collection held in memory; {@code counts} in input order. */
    public static Vocabulary of(List<Map<String, Integer>> counts) {
        Map<String, Integer> ids = new HashMap<>();
        int[] df = new int[16];
        for (Map<String, Integer> document : counts) {
            for (String term : document.keySet()) {
                int id = ids.computeIfAbsent(term, t -> ids.size());
                if (id >= df.length) {
                    df = java.util.Arrays.copyOf(df, df.length * 2);
                }
                df[id]++;
            }
        }
        return new Vocabulary(ids, java.util.Arrays.copyOf(df, ids.size()), counts.size());
    }

    /** The id of a term of the collection; throws for a term it does not hold. */
    public int id(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            throw new IllegalArgumentException("term not in the vocabulary: " + term);
        }
        return id;
    }
}
