package org.newsbrief.eval.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Opens a dataset by name. Unknown names fail listing the valid ones. */
public final class Datasets {

    /** The names {@link #open} accepts. */
    public static final List<String> NAMES = List.of("duc2004", "duc2003", "multinews", "jsonl");

    private Datasets() {
    }

    /**
     * Opens {@code name} at {@code path}: a DUC folder, or a JSON Lines file.
     *
     * @param limit at most this many clusters of a JSON Lines dataset; 0 for all
     */
    public static Dataset open(String name, Path path, int limit) throws IOException {
        return open(name, path, 0, limit);
    }

    /**
     * Opens {@code name} at {@code path} without its first {@code skip} clusters, so that a
     * held-out slice can be scored apart from a tuning slice (Multi-News validation 1-1,000).
     *
     * @param skip clusters left out at the start, 0 for none
     * @param limit at most this many clusters after them; 0 for all
     */
    public static Dataset open(String name, Path path, int skip, int limit) throws IOException {
        if (skip < 0 || limit < 0) {
            throw new IllegalArgumentException("skip and limit must be >= 0: " + skip + ", " + limit);
        }
        Dataset all = read(name, path, limit == 0 ? 0 : skip + limit);
        if (skip == 0) {
            return all;
        }
        List<org.newsbrief.eval.dataset.EvalCluster> clusters = all.clusters();
        return new Dataset(all.name(), clusters.subList(Math.min(skip, clusters.size()), clusters.size()), all.checksum());
    }

    private static Dataset read(String name, Path path, int limit) throws IOException {
        if (!java.nio.file.Files.exists(path)) {
            throw new IllegalArgumentException("dataset not found: " + path);
        }
        return switch (name) {
            case "duc2004", "duc2003" -> DucDataset.read(name, path);
            case "multinews" -> JsonlDatasets.multiNews(java.nio.file.Files.isDirectory(path)
                    ? path.resolve("multinews_val.jsonl") : path, limit);
            case "jsonl" -> JsonlDatasets.generic(path, limit);
            default -> throw new IllegalArgumentException("unknown dataset '" + name + "'; valid: " + String.join(", ", NAMES));
        };
    }
}
