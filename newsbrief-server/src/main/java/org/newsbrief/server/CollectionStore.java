package org.newsbrief.server;

import java.util.List;
import java.util.Optional;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.model.Article;
import org.newsbrief.model.Issue;

/**
 * Where collections, their articles, intake issues and computed briefs are kept. Changing a
 * collection's articles drops its stored briefs. Implementations are thread-safe; every method
 * is atomic. The embedded H2 store is the default; the interface is kept small so that a
 * PostgreSQL store is one more class.
 */
public interface CollectionStore extends AutoCloseable {

    /** Creates a collection holding {@code articles}, in order, with the issues met reading them. */
    StoredCollection create(String name, List<Article> articles, List<Issue> issues);

    /** Every collection, most recently updated first. */
    List<StoredCollection> list();

    Optional<StoredCollection> find(String id);

    /** The collection's articles in the order they were added. */
    List<Article> articles(String id);

    /** The ids of a collection's articles; empty when the collection does not exist. */
    java.util.Set<String> articleIds(String id);

    /** One article of a collection by its id. */
    Optional<Article> article(String id, String articleId);

    /** The issues met while reading the collection's articles, oldest first. */
    List<Issue> issues(String id);

    /**
     * Renames a collection and/or appends articles and removes others by article id; drops its
     * stored briefs when the articles change. Empty when the collection does not exist.
     */
    Optional<StoredCollection> update(String id, CollectionChange change);

    /** Deletes a collection with everything it holds; false when it did not exist. */
    boolean delete(String id);

    Optional<StoredBrief> brief(String id, BriefConfig config);

    /** Keeps a computed brief unless the collection was deleted meanwhile. */
    void saveBrief(String id, StoredBrief brief);

    @Override
    void close();
}
