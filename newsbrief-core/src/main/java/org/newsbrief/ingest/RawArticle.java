package org.newsbrief.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as a reader found it, before it gets its run-wide id.
 *
 * @param origin where it was read from: a path, with {@code #n} for the n-th record of a file
 * @param outlet the publishing outlet when the source names it; nullable
 * @param url the article's URL; nullable
 * @param title the headline; may be empty
 * @param published publication date; nullable
 * @param body the article text, one paragraph per line
 */
public record RawArticle(String origin, String outlet, String url, String title, LocalDate published, String body) {

    public RawArticle {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
