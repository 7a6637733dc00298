package org.newsbrief.analysis;

import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

/**
 * Turns an article into an analysed {@link Document}: cleaned text, sentences with spans,
 * tokens and comparison terms. Implementations are thread-safe and deterministic.
 */
public interface TextAnalyzer {

    /** Analyses one article; never throws on bad text, which yields fewer or no sentences. */
    Document analyze(Article article);
}
