package org.newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * An analysed article: its cleaned text and the sentences found in it.
 *
 * @param article the article as read (body as read, before cleaning)
 * @param text the cleaned text that every sentence span points into
 * @param sentences sentences in order of position
 */
public record Document(Article article, String text, List<Sentence> sentences) implements java.io.Serializable {

    public Document {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        for (Sentence sentence : sentences) {
            if (!sentence.articleId().equals(article.id())) {
                throw new IllegalArgumentException(
                        "sentence " + sentence.index() + " belongs to " + sentence.articleId()
                                + ", not " + article.id());
            }
            if (sentence.span().end() > text.length()) {
                throw new IllegalArgumentException("sentence span " + sentence.span()
                        + " outside text of length " + text.length());
            }
        }
    }

    /** The article id. */
    public String id() {
        return article.id();
    }
}
