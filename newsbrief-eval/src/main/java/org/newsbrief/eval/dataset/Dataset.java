package org.newsbrief.eval.dataset;

import java.util.List;

/**
 * A loaded evaluation dataset.
 *
 * @param name the dataset's name ({@code duc2004}, {@code multinews}, ...)
 * @param clusters its clusters, in a stable order
 * @param checksum SHA-256 over the files read, so that a report names the exact data
 */
public record Dataset(String name, List<EvalCluster> clusters, String checksum) {

    public Dataset {
        clusters = List.copyOf(clusters);
    }
}
