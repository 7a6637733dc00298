package org.newsbrief.summarize;

import java.util.List;

/**
 * Lets an optional module (for example the exact ILP solver) add summarizers to the registry
 * through {@link java.util.ServiceLoader}.
 */
public interface SummarizerProvider {

    /** The summarizers this module offers. */
    List<Summarizers.Entry> summarizers();
}
