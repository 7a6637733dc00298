package org.newsbrief.model;

import java.util.Objects;

/**
 * A pointer to one sentence of one article.
 *
 * @param articleId the article
 * @param sentenceIndex the sentence's position in the article, from 0
 * @param span its characters in the article's cleaned text
 */
public record SentenceRef(String articleId, int sentenceIndex, Span span) {

    public SentenceRef {
        Objects.requireNonNull(articleId, "articleId");
        if (sentenceIndex < 0) {
            throw new IllegalArgumentException("sentenceIndex must be >= 0: " + sentenceIndex);
        }
        Objects.requireNonNull(span, "span");
    }

    /** The reference of a sentence. */
    public static SentenceRef of(Sentence sentence) {
        return new SentenceRef(sentence.articleId(), sentence.index(), sentence.span());
    }
}
