package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

/**
 * Builds the signatures of a collection: term counts of the title (counted twice) and the body,
 * TF-IDF with {@code (1 + log tf) * log(1 + N / df)} over the collection, the heaviest
 * {@code terms} kept and normalised. Stateless.
 */
final class Signatures {

    private Signatures() {
    }

    record Built(List<Signature> signatures, int[] documentFrequency) {
    }

    static Built of(List<Document> documents, int keep, org.newsbrief.analysis.TermAnalyzer titles) {
        Map<String, Integer> ids = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        List<Integer> df = new ArrayList<>();
        for (Document document : documents) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (Sentence sentence : document.sentences()) {
                sentence.terms().forEach(term -> tf.merge(id(ids, df, term), 1, Integer::sum));
            }
            titles.terms(document.article().title()).forEach(term -> tf.merge(id(ids, df, term), 2, Integer::sum));
            tf.keySet().forEach(term -> df.set(term, df.get(term) + 1));
            counts.add(tf);
        }
        int n = documents.size();
        List<Signature> signatures = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            Map<Integer, Integer> tf = counts.get(d);
            List<Map.Entry<Integer, Double>> weighted = new ArrayList<>();
            tf.forEach((term, count) -> weighted.add(Map.entry(term,
                    (1 + Math.log(count)) * Math.log(1 + (double) n / df.get(term)))));
            weighted.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            List<Map.Entry<Integer, Double>> top = weighted.subList(0, Math.min(keep, weighted.size()));
            top = new ArrayList<>(top);
            top.sort(Map.Entry.comparingByKey());
            int[] terms = top.stream().mapToInt(Map.Entry::getKey).toArray();
            double[] weights = top.stream().mapToDouble(Map.Entry::getValue).toArray();
            double norm = Math.sqrt(java.util.Arrays.stream(weights).map(w -> w * w).sum());
            for (int i = 0; i < weights.length; i++) {
                weights[i] = norm == 0 ? 0 : weights[i] / norm;
            }
            signatures.add(new Signature(terms, weights, documents.get(d).article().published()));
        }
        return new Built(signatures, df.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int id(Map<String, Integer> ids, List<Integer> df, String term) {
        return ids.computeIfAbsent(term, t -> {
            df.add(0);
            return df.size() - 1;
        });
    }
}
