package org.newsbrief.brief;

import java.util.Objects;

/**
 * What produced a brief and from how much input.
 *
 * @param version the newsbrief version
 * @param config the configuration used
 * @param articles articles read for the story
 * @param sentences sentences analysed
 * @param issues issues recorded, including any not kept in the brief's list
 */
public record RunInfo(String version, BriefConfig config, int articles, int sentences, long issues) {

    public RunInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(config, "config");
    }

    /** The version in the jar manifest, or {@code dev} when run from classes. */
    public static String currentVersion() {
        String version = RunInfo.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
