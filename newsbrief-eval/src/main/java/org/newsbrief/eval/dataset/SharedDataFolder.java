package org.newsbrief.eval.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code shared/data/<name>} beside the checkout by walking up from the working directory. Stateless. */
public final class SharedDataFolder {

    private SharedDataFolder() {
    }

    public static Optional<Path> find(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve(name);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
