package org.newsbrief.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsbrief.analysis.TermAnalyzer;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

/**
 * The term counts of one article for its signature: body terms once per occurrence, title terms
 * twice, in order of first appearance (body, then title). Per article, so it runs wherever the
 * article was analysed. Thread-safe (Lucene keeps its token streams per thread).
 */
public final class TermCounts {

    private final TermAnalyzer titles;

    public TermCounts() {
        this(new TermAnalyzer());
    }

    TermCounts(TermAnalyzer titles) {
        this.titles = java.util.Objects.requireNonNull(titles, "titles");
    }

    /** Term to count, in order of first appearance. */
    public LinkedHashMap<String, Integer> of(Document document) {
        LinkedHashMap<String, Integer> tf = new LinkedHashMap<>();
        for (Sentence sentence : document.sentences()) {
            sentence.terms().forEach(term -> tf.merge(term, 1, Integer::sum));
        }
        titles.terms(document.article().title()).forEach(term -> tf.merge(term, 2, Integer::sum));
        return tf;
    }

    /** Counts a whole collection in input order. */
    java.util.List<Map<String, Integer>> of(java.util.List<Document> documents) {
        return documents.stream().<Map<String, Integer>>map(this::of).toList();
    }
}
