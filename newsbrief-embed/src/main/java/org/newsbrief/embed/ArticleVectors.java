package org.newsbrief.embed;

import org.newsbrief.model.Article;

/** One L2-normalised vector per article (zero for an empty one). */
@FunctionalInterface
public interface ArticleVectors {

    float[] of(Article article);
}
