package org.newsbrief.server;

import java.time.Instant;
import java.util.Objects;

/**
 * A collection as listed: its identity, name, times and size.
 *
 * @param id opaque identifier
 * @param name the name its owner gave it; never blank
 * @param created when it was created
 * @param updated when its articles or name last changed
 * @param articles how many articles it holds
 */
public record StoredCollection(String id, String name, Instant created, Instant updated, int articles) {

    public StoredCollection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (articles < 0) {
            throw new IllegalArgumentException("articles must be >= 0: " + articles);
        }
    }
}
