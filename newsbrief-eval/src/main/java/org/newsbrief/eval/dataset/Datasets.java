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
     * @param limit at most this many clusters, of any dataset; 0 for all
     */
    public static Dataset open(String name, Path path, int limit) throws IOException {
        return open(name, path, 0, limit);
    }

    /**
     * Opens {@code name} at {@code path} without its first {@code skip} clusters, so that a
     * held-out slice can be scored apart from a tuning slice (Multi-News validation 1-1,000).
     * Both apply to every dataset, DUC folders (clusters in folder-name order) as JSON Lines files
     * (in line order); a JSON Lines file is read only as far as the slice needs.
     *
     * @param skip clusters left out at the start, 0 for none
     * @param limit at most this many clusters after them; 0 for all
     */
    public static Dataset open(String name, Path path, int skip, int limit) throws IOException {
        ClusterSlice slice = new ClusterSlice(skip, limit);
        Dataset all = read(name, path, slice.readAtMost());
        if (slice.equals(ClusterSlice.ALL)) {
            return all;
        }
        return new Dataset(all.name(), slice.of(all.clusters(), "clusters in " + path), all.checksum());
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
