package org.newsbrief.brief;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article of the story as the brief cites it.
 *
 * @param number the citation number, from 1
 * @param articleId the article's id
 * @param outlet the outlet
 * @param title the headline, possibly empty
 * @param published the publication date; nullable
 * @param url the URL; nullable
 * @param origin where it was read from
 */
public record BriefSource(int number, String articleId, String outlet, String title, LocalDate published, String url,
        String origin) {

    public BriefSource {
        if (number < 1) {
            throw new IllegalArgumentException("citation number must be >= 1: " + number);
        }
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
    }
}
