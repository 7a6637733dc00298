package org.newsbrief.eval.experiment;

import java.util.List;
import java.util.Map;

/**
 * One summarizer's result on a dataset.
 *
 * @param summarizer its registered name
 * @param scores the reported metrics: mean and interval of recall or F (as the protocol says)
 * @param perCluster per-cluster scores of the reported metrics, in cluster order
 * @param latency summarize time per cluster, analysis excluded
 * @param openingShare share of summary sentences that open with a pronoun or connective without the
 *        sentence before them in their article right before them
 * @param anyOpeningShare share of summary sentences that open with a pronoun or connective at all
 */
public record SystemResult(String summarizer, Map<String, MeanScore> scores, List<ClusterScore> perCluster,
        Latency latency, double openingShare, double anyOpeningShare) {

    /**
     * @param clusterId the cluster
     * @param scores metric name to the reported value
     */
    public record ClusterScore(String clusterId, Map<String, Double> scores) {
    }

    /** Milliseconds: median, 95th percentile and total over clusters. */
    public record Latency(double p50, double p95, double total) {
    }
}
