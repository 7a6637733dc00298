package org.newsbrief.server;

import java.util.List;
import java.util.Objects;
import org.newsbrief.model.Article;
import org.newsbrief.model.Issue;

/**
 * A change to a collection.
 *
 * @param name the new name; nullable to keep the current one
 * @param add articles to append
 * @param addIssues issues met while reading the added articles
 * @param remove article ids to remove
 */
public record CollectionChange(String name, List<Article> add, List<Issue> addIssues, List<String> remove) {

    public CollectionChange {
        add = List.copyOf(Objects.requireNonNull(add, "add"));
        addIssues = List.copyOf(Objects.requireNonNull(addIssues, "addIssues"));
        remove = List.copyOf(Objects.requireNonNull(remove, "remove"));
    }

    /** Whether the collection's articles change. */
    public boolean changesArticles() {
        return !add.isEmpty() || !remove.isEmpty();
    }
}
