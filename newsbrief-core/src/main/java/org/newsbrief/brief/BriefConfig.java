package org.newsbrief.brief;

import java.util.Objects;

/**
 * The configuration that produced a brief, as plain data: the CLI, the HTTP API and Spark
 * executors build identical pipelines from it, and every brief records it.
 *
 * @param summarizer the summarizer's registered name
 * @param words the summary's word budget, at least 1
 */
public record BriefConfig(String summarizer, int words) {

    /** Default word budget of a summary. */
    public static final int DEFAULT_WORDS = 120;

    public BriefConfig {
        Objects.requireNonNull(summarizer, "summarizer");
        if (words < 1) {
            throw new IllegalArgumentException("words must be >= 1: " + words);
        }
    }

    /** The default summarizer with the default budget. */
    public static BriefConfig defaults() {
        return new BriefConfig(org.newsbrief.summarize.Summarizers.DEFAULT, DEFAULT_WORDS);
    }
}
