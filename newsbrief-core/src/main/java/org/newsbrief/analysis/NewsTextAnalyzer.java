package org.newsbrief.analysis;

import java.util.ArrayList;
import java.util.List;
import org.newsbrief.clean.NewsTextCleaner;
import org.newsbrief.clean.TextCleaner;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Span;

/**
 * The standard analysis: clean the body, split each paragraph into sentences, tokenise, and
 * derive comparison terms. Sentences never cross paragraphs. Thread-safe and deterministic.
 */
public final class NewsTextAnalyzer implements TextAnalyzer {

    private final TextCleaner cleaner;
    private final SentenceSplitter splitter;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final TermAnalyzer terms = new TermAnalyzer();

    public NewsTextAnalyzer(TextCleaner cleaner, SentenceSplitter splitter) {
        this.cleaner = java.util.Objects.requireNonNull(cleaner, "cleaner");
        this.splitter = java.util.Objects.requireNonNull(splitter, "splitter");
    }

    /** The news cleaner with OpenNLP sentence splitting. */
    public static NewsTextAnalyzer standard() {
        return new NewsTextAnalyzer(new NewsTextCleaner(), new OpenNlpSentenceSplitter());
    }

    @Override
    public Document analyze(Article article) {
        String text = cleaner.clean(article.body());
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int newline = text.indexOf('\n', paragraphStart);
            int paragraphEnd = newline < 0 ? text.length() : newline;
            String paragraph = text.substring(paragraphStart, paragraphEnd);
            for (Span local : splitter.split(paragraph)) {
                Span span = new Span(paragraphStart + local.start(), paragraphStart + local.end());
                sentences.add(sentence(article.id(), sentences.size(), span, span.of(text)));
            }
            if (newline < 0) {
                break;
            }
            paragraphStart = newline + 1;
        }
        return new Document(article, text, sentences);
    }

    private Sentence sentence(String articleId, int index, Span span, String text) {
        return new Sentence(articleId, index, span, text, tokenizer.tokenize(text), terms.terms(text));
    }
}
