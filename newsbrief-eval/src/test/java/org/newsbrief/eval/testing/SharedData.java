package org.newsbrief.eval.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared/data/<name>} beside the checkout; null when absent. */
public final class SharedData {

    private SharedData() {
    }

    public static Path find(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }
}
