package org.newsbrief.summarize;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The registry of summarizers by name. Unknown names fail before any work, listing the valid
 * ones. Thread-safe.
 */
public final class Summarizers {

    /** Centroid scoring with MMR redundancy control, in reading order. */
    public static final String CENTROID_MMR = "centroid-mmr";
    /** The name used when none is given. */
    public static final String DEFAULT = CENTROID_MMR;

    private static final Map<String, Supplier<Summarizer>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put(CENTROID_MMR, () -> new ComposedSummarizer(new CentroidScorer(CentroidScorer.Options.DEFAULTS),
                new MmrSelector(MmrSelector.Options.DEFAULTS), new ReadingOrderer()));
    }

    private Summarizers() {
    }

    /** The valid names, in registration order. */
    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(FACTORIES.keySet());
    }

    /** A new summarizer; throws {@link IllegalArgumentException} listing the valid names. */
    public static Summarizer create(String name) {
        Supplier<Summarizer> factory = FACTORIES.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown summarizer '" + name + "'; valid: " + String.join(", ", names()));
        }
        return factory.get();
    }
}
