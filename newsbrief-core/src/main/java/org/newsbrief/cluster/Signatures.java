package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds signatures: term counts of the title (counted twice) and the body, TF-IDF with
 * {@code (1 + log tf) * log(1 + N / df)} over the collection, the heaviest {@code keep} terms
 * kept (ties by term id) and normalised. Stateless.
 */
final class Signatures {

    private Signatures() {
    }

    /** The signature of one article's counts against the collection's vocabulary. */
    static Signature of(Map<String, Integer> counts, Vocabulary vocabulary, int keep, LocalDate date) {
        return of(counts, vocabulary::id, vocabulary.documentFrequency(), vocabulary.documents(), keep, date);
    }

    /**
     * The signature of one article's counts given each term's id, the document frequencies by id
     * and the number of documents they count (a collection, or a stream so far).
     */
    static Signature of(Map<String, Integer> counts, java.util.function.ToIntFunction<String> id, int[] df, int n, int keep,
            LocalDate date) {
        List<Map.Entry<Integer, Double>> weighted = new ArrayList<>(counts.size());
        counts.forEach((word, count) -> {
            int term = id.applyAsInt(word);
            weighted.add(Map.entry(term, (1 + Math.log(count)) * Math.log(1 + (double) n / df[term])));
        });
        weighted.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<Integer, Double>> top = new ArrayList<>(weighted.subList(0, Math.min(keep, weighted.size())));
        top.sort(Map.Entry.comparingByKey());
        int[] terms = top.stream().mapToInt(Map.Entry::getKey).toArray();
        double[] weights = top.stream().mapToDouble(Map.Entry::getValue).toArray();
        double norm = Math.sqrt(java.util.Arrays.stream(weights).map(w -> w * w).sum());
        for (int i = 0; i < weights.length; i++) {
            weights[i] = norm == 0 ? 0 : weights[i] / norm;
        }
        return new Signature(terms, weights, date);
    }
}
