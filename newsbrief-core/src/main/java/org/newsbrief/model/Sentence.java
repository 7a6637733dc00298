package org.newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a cleaned article, traceable to its article and character span.
 *
 * @param articleId the id of the article it belongs to
 * @param index position of the sentence in its article, from 0
 * @param span where it lies in the article's cleaned text
 * @param text the sentence text (equal to {@code span.of(cleanText)})
 * @param tokens surface tokens, in order
 * @param terms comparison terms (lower case, stop words removed, stemmed)
 */
public record Sentence(
        String articleId, int index, Span span, String text, List<String> tokens, List<String> terms) implements java.io.Serializable {

    public Sentence {
        Objects.requireNonNull(articleId, "articleId");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        terms = List.copyOf(terms);
    }

    /** Number of words, counted as tokens that contain a letter or digit. */
    public int wordCount() {
        int count = 0;
        for (String token : tokens) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }
}
