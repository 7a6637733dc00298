package org.newsbrief.brief;

import java.util.List;
import java.util.Objects;
import org.newsbrief.model.Span;

/**
 * One summary sentence with the articles that support it.
 *
 * @param text the sentence as it stands in its article's cleaned text
 * @param articleId the article it was taken from
 * @param sentenceIndex its position in that article
 * @param span its characters in that article's cleaned text
 * @param citations its own source first, then every supporting source in ascending number,
 *     each with the supporting sentence
 * @param outlets the number of distinct outlets among the cited sources
 */
public record BriefSentence(String text, String articleId, int sentenceIndex, Span span, List<Citation> citations,
        int outlets) {

    public BriefSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        citations = List.copyOf(citations);
        if (citations.isEmpty() || !citations.get(0).sentence().articleId().equals(articleId)) {
            throw new IllegalArgumentException("a summary sentence cites its own article first");
        }
        if (outlets < 1) {
            throw new IllegalArgumentException("outlets must be >= 1: " + outlets);
        }
    }

    /**
     * The sentence as a brief shows it: one that ends in a word, as a sentence that closed its paragraph on a web
     * page without a full stop does, gets one, so that the summary reads as prose; {@link #text()} stays as
     * written, the text its span covers.
     */
    public String displayText() {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && Character.isLetterOrDigit(text.charAt(end - 1)) ? text + "." : text;
    }

    private static final String CLOSERS = "\"')]\u201d\u2019";

    /** The cited source numbers, in citation order. */
    public List<Integer> sourceNumbers() {
        return citations.stream().map(Citation::source).toList();
    }
}
