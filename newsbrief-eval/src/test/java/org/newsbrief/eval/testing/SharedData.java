package org.newsbrief.eval.testing;

import java.nio.file.Path;

/** Finds {@code ../shared/data/<name>} beside the checkout; null when absent. */
public final class SharedData {

    private SharedData() {
    }

    public static Path find(String name) {
        return org.newsbrief.eval.dataset.SharedDataFolder.find(name).orElse(null);
    }
}
