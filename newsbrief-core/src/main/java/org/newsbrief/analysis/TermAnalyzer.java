package org.newsbrief.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Comparison terms with Lucene 9's English analysis: standard tokenisation, possessives
 * removed, lower case, English stop words removed, Porter stems. Thread-safe: Lucene analyzers
 * keep their token streams per thread.
 */
public final class TermAnalyzer implements AutoCloseable {

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** The terms of {@code text}, in order. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene analysis failed on in-memory text", e);
        }
        return terms;
    }

    /** A term of a text and where the word it comes from starts in the text. */
    public interface TermAt {
        void accept(String term, int start);
    }

    /** Each term of {@code text}, in order, with the start offset of its word: what {@link #terms} gives, placed. */
    public void terms(String text, TermAt consumer) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                consumer.accept(term.toString(), offset.startOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene analysis failed on in-memory text", e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
