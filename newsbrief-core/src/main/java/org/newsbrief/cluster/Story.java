package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One story: the articles found to report the same event.
 *
 * @param id a stable id ({@code s1}, {@code s2}, ... by size, then first article)
 * @param title the headline of its most central article, or its first sentence
 * @param first the earliest publication date of its articles; nullable
 * @param last the latest publication date; nullable
 * @param articleIds its articles, in input order
 */
public record Story(String id, String title, LocalDate first, LocalDate last, List<String> articleIds) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articleIds = List.copyOf(articleIds);
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one article");
        }
    }

    public int size() {
        return articleIds.size();
    }
}
