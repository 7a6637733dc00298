package org.newsbrief.cli;

import org.newsbrief.dedup.NearDuplicates;
import picocli.CommandLine.Option;

/** The near-duplicate options shared by {@code brief} and {@code cluster}. */
final class DedupOptions {

    @Option(names = "--duplicate-threshold", paramLabel = "J",
            description = "Least shingle Jaccard similarity of two near-identical copies (same wire text, crawled twice);"
                + " the later copy is set aside before clustering and listed (default: ${DEFAULT-VALUE}).")
    private double threshold = NearDuplicates.DEFAULT_THRESHOLD;

    @Option(names = "--no-dedup", description = "Cluster and brief every copy of a text.")
    private boolean off;

    /** The threshold to use: 0 when deduplication is off. */
    double threshold() {
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("--duplicate-threshold must be within [0, 1]: " + threshold);
        }
        return off ? 0 : threshold;
    }
}
