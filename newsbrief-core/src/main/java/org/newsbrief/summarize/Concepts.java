package org.newsbrief.summarize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The concepts of Gillick and Favre's concept-coverage summarizer: bigrams of adjacent content
 * terms (stop words already removed, stemmed), weighted by the number of documents that hold
 * them; only concepts found in at least {@code minDocuments} documents count. Immutable after
 * construction.
 */
public final class Concepts {

    private final int[][] conceptsOfSentence;
    private final double[] weights;

    /** The concepts of a pool; {@code minDocuments} is lowered for stories of few documents. */
    public Concepts(SentencePool pool, int minDocuments) {
        int threshold = Math.max(1, Math.min(minDocuments, (pool.documentCount() + 1) / 2));
        Map<Long, Set<Integer>> documentsOf = new HashMap<>();
        long[][] bigrams = new long[pool.size()][];
        for (int i = 0; i < pool.size(); i++) {
            int[] terms = pool.termIds(i);
            bigrams[i] = new long[Math.max(0, terms.length - 1)];
            for (int t = 0; t + 1 < terms.length; t++) {
                bigrams[i][t] = ((long) terms[t] << 32) | terms[t + 1];
                documentsOf.computeIfAbsent(bigrams[i][t], b -> new HashSet<>()).add(pool.documentIndex(i));
            }
        }
        Map<Long, Integer> ids = new HashMap<>();
        java.util.List<Double> weightList = new java.util.ArrayList<>();
        conceptsOfSentence = new int[pool.size()][];
        for (int i = 0; i < pool.size(); i++) {
            Set<Integer> concepts = new java.util.TreeSet<>();
            for (long bigram : bigrams[i]) {
                int documents = documentsOf.get(bigram).size();
                if (documents >= threshold) {
                    int id = ids.computeIfAbsent(bigram, b -> {
                        weightList.add((double) documents);
                        return weightList.size() - 1;
                    });
                    concepts.add(id);
                }
            }
            conceptsOfSentence[i] = concepts.stream().mapToInt(Integer::intValue).toArray();
        }
        weights = weightList.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Distinct concept ids of sentence {@code i}. */
    public int[] of(int i) {
        return conceptsOfSentence[i];
    }

    /** Weight of each concept id. */
    public double weight(int concept) {
        return weights[concept];
    }

    public int count() {
        return weights.length;
    }
}
