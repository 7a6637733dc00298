package org.newsbrief.entities;

import java.util.Objects;
import org.newsbrief.model.Span;

/**
 * One occurrence of a name.
 *
 * @param articleId the article
 * @param sentenceIndex the sentence in it
 * @param span the name's characters in the article's cleaned text
 * @param text the name as written
 */
public record EntityMention(String articleId, int sentenceIndex, Span span, String text) {

    public EntityMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
