package org.newsbrief.cli;

import org.newsbrief.brief.RunInfo;
import picocli.CommandLine;

/** Prints the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"newsbrief " + RunInfo.currentVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
