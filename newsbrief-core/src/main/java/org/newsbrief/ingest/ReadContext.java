package org.newsbrief.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a reader needs to know beyond the file itself.
 *
 * @param root the input path the file was found under, for relative names
 * @param maxTextBytes the largest text (file, record or page) read before it is skipped
 */
public record ReadContext(Path root, long maxTextBytes) {

    /** Default limit on one article's text: 5 MB. */
    public static final long DEFAULT_MAX_TEXT_BYTES = 5L * 1024 * 1024;

    public ReadContext {
        Objects.requireNonNull(root, "root");
        if (maxTextBytes < 1) {
            throw new IllegalArgumentException("maxTextBytes must be >= 1: " + maxTextBytes);
        }
    }

    /** The file's name relative to the input root, with forward slashes. */
    public String relativeName(Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        String name = target.equals(base) || !target.startsWith(base)
                ? String.valueOf(target.getFileName())
                : base.relativize(target).toString();
        return name.replace('\\', '/');
    }
}
