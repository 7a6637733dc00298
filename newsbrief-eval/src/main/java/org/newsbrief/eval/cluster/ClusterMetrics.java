package org.newsbrief.eval.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed (Bagga and Baldwin 1998) and pairwise precision, recall and F1 of a predicted
 * clustering against gold labels, over the same items.
 *
 * @param bcubedPrecision mean over items of the share of its predicted cluster that shares its gold label
 * @param bcubedRecall mean over items of the share of its gold cluster that shares its predicted cluster
 * @param bcubedF1 their harmonic mean
 * @param pairPrecision share of predicted same-cluster pairs that are gold same-cluster pairs
 * @param pairRecall share of gold same-cluster pairs that are predicted
 * @param pairF1 their harmonic mean
 * @param predictedClusters number of predicted clusters
 * @param goldClusters number of gold clusters
 */
public record ClusterMetrics(double bcubedPrecision, double bcubedRecall, double bcubedF1, double pairPrecision,
        double pairRecall, double pairF1, int predictedClusters, int goldClusters) {

    /** Metrics of {@code predicted} (item to cluster) against {@code gold} (item to label); same keys. */
    public static ClusterMetrics of(Map<String, String> predicted, Map<String, String> gold) {
        if (!predicted.keySet().equals(gold.keySet())) {
            throw new IllegalArgumentException("predicted and gold must label the same items");
        }
        Map<String, Integer> predictedSizes = counts(predicted.values());
        Map<String, Integer> goldSizes = counts(gold.values());
        Map<String, Integer> both = new HashMap<>();
        predicted.forEach((item, cluster) -> both.merge(cluster + "\u0000" + gold.get(item), 1, Integer::sum));
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> entry : predicted.entrySet()) {
            int overlap = both.get(entry.getValue() + "\u0000" + gold.get(entry.getKey()));
            precision += (double) overlap / predictedSizes.get(entry.getValue());
            recall += (double) overlap / goldSizes.get(gold.get(entry.getKey()));
        }
        int n = predicted.size();
        precision /= n;
        recall /= n;
        double truePairs = both.values().stream().mapToDouble(c -> pairs(c)).sum();
        double predictedPairs = predictedSizes.values().stream().mapToDouble(c -> pairs(c)).sum();
        double goldPairs = goldSizes.values().stream().mapToDouble(c -> pairs(c)).sum();
        double pairPrecision = predictedPairs == 0 ? 1 : truePairs / predictedPairs;
        double pairRecall = goldPairs == 0 ? 1 : truePairs / goldPairs;
        return new ClusterMetrics(precision, recall, f1(precision, recall), pairPrecision, pairRecall,
                f1(pairPrecision, pairRecall), predictedSizes.size(), goldSizes.size());
    }

    private static Map<String, Integer> counts(java.util.Collection<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        return counts;
    }

    private static double pairs(int size) {
        return size * (size - 1) / 2.0;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Item to cluster label, from clusters given as lists of item ids. */
    public static Map<String, String> labels(List<List<String>> clusters) {
        Map<String, String> labels = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (String item : clusters.get(c)) {
                labels.put(item, "c" + c);
            }
        }
        return labels;
    }
}
