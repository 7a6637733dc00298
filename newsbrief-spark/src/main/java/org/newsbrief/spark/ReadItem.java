package org.newsbrief.spark;

import java.io.Serializable;
import org.newsbrief.model.Article;
import org.newsbrief.model.Issue;

/**
 * What reading a file yields: an article under its key, or an issue met in the file.
 *
 * @param key the article's input order (see {@link InputFile#key}); for an issue, its file's first key
 * @param article the article, id still its origin; null for an issue
 * @param issue the issue; null for an article
 * @param file the file it came from
 */
record ReadItem(long key, Article article, Issue issue, String file) implements Serializable {

    static ReadItem of(long key, Article article, String file) {
        return new ReadItem(key, article, null, file);
    }

    static ReadItem of(long key, Issue issue, String file) {
        return new ReadItem(key, null, issue, file);
    }

    boolean isArticle() {
        return article != null;
    }
}
