package org.newsbrief.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.analysis.TermAnalyzer;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

/**
 * The term counts of one article for its signature: body terms once per occurrence, the terms of
 * names (capitalised words inside a sentence, see {@link #isName}) {@code nameWeight} more times,
 * title terms {@code titleWeight} times, in order of first appearance (body, then title). Names
 * tell apart two similar events (two earthquakes, two rehab check-ins) that share their common
 * words. Per article, so it runs wherever the article was analysed. Thread-safe (Lucene keeps its
 * token streams per thread).
 */
public final class TermCounts {

    /** Extra counts of a name's terms, chosen on DUC 2003 and ECB+ topics 1-35 (bench/cluster.md). */
    public static final int NAME_WEIGHT = 1;
    /** Counts of a title's terms. */
    public static final int TITLE_WEIGHT = 2;

    private final TermAnalyzer analyzer;
    private final int nameWeight;

    public TermCounts() {
        this(new TermAnalyzer(), NAME_WEIGHT);
    }

    TermCounts(TermAnalyzer analyzer, int nameWeight) {
        this.analyzer = java.util.Objects.requireNonNull(analyzer, "analyzer");
        if (nameWeight < 0) {
            throw new IllegalArgumentException("nameWeight must be >= 0: " + nameWeight);
        }
        this.nameWeight = nameWeight;
    }

    /** Term to count, in order of first appearance. */
    public LinkedHashMap<String, Integer> of(Document document) {
        LinkedHashMap<String, Integer> tf = new LinkedHashMap<>();
        StringBuilder names = new StringBuilder();
        for (Sentence sentence : document.sentences()) {
            sentence.terms().forEach(term -> tf.merge(term, 1, Integer::sum));
            if (nameWeight > 0) {
                List<String> tokens = sentence.tokens();
                for (int i = 1; i < tokens.size(); i++) {
                    if (isName(tokens.get(i), tokens.get(i - 1))) {
                        names.append(tokens.get(i)).append(' ');
                    }
                }
            }
        }
        if (names.length() > 0) {
            for (String term : analyzer.terms(names.toString())) {
                if (tf.containsKey(term)) {
                    tf.merge(term, nameWeight, Integer::sum);
                }
            }
        }
        analyzer.terms(document.article().title()).forEach(term -> tf.merge(term, TITLE_WEIGHT, Integer::sum));
        return tf;
    }

    /**
     * Whether a token inside a sentence is (part of) a name: it starts with a capital and has a
     * lower-case letter ("Lohan", "McCain"; not "US", not "I"), and does not open a clause after
     * a colon or a quote, where any word is capitalised.
     */
    static boolean isName(String token, String previous) {
        if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i < token.length() && !lower; i++) {
            lower = Character.isLowerCase(token.charAt(i));
        }
        return lower && !previous.equals(":") && !previous.equals("\"") && !previous.equals("``") && !previous.equals("“");
    }

    /** Counts a whole collection in input order. */
    java.util.List<Map<String, Integer>> of(java.util.List<Document> documents) {
        return documents.stream().<Map<String, Integer>>map(this::of).toList();
    }
}
