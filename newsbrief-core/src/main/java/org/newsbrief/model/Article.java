package org.newsbrief.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source, before cleaning.
 *
 * @param id stable identifier, unique within a run (derived from the origin)
 * @param outlet the publishing outlet (metadata, URL host or file name); never blank
 * @param url the article's URL; nullable
 * @param title the headline; may be empty, never null
 * @param published the publication date; nullable when unknown
 * @param body the article text as read (may contain boilerplate lines)
 * @param origin where it was read from (file path, file path plus record index, URL)
 */
public record Article(
        String id, String outlet, String url, String title, LocalDate published, String body, String origin) implements java.io.Serializable {

    public Article {
        requireNonBlank(id, "id");
        requireNonBlank(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        requireNonBlank(origin, "origin");
    }

    /** The publication date when known. */
    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(published);
    }

    /** The URL when known. */
    public Optional<String> link() {
        return Optional.ofNullable(url);
    }

    /** A copy with another body, for cleaning stages. */
    public Article withBody(String newBody) {
        return new Article(id, outlet, url, title, published, newBody, origin);
    }

    private static void requireNonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
