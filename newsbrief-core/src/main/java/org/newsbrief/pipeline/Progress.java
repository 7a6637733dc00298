package org.newsbrief.pipeline;

/** Receives progress of a long run. Implementations must be thread-safe. */
@FunctionalInterface
public interface Progress {

    /** Ignores all progress. */
    Progress NONE = (stage, done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} units of a stage are finished.
     *
     * @param total the number of units, or -1 when unknown
     */
    void update(String stage, long done, long total);
}
