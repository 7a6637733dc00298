package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

/**
 * Every sentence of one story, numbered in document then sentence order, with its TF-IDF
 * vector (idf over the story's sentences) and whether it may appear in a summary
 * ({@link CandidateFilter}). Built once per story and shared by scorer, selector and orderer.
 * Immutable after construction and thread-safe.
 */
public final class SentencePool {

    private final List<Document> documents;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Integer> documentOf = new ArrayList<>();
    private final TermVector[] vectors;
    private final boolean[] candidate;

    private SentencePool(List<Document> documents) {
        this.documents = List.copyOf(documents);
        for (int d = 0; d < this.documents.size(); d++) {
            for (Sentence sentence : this.documents.get(d).sentences()) {
                sentences.add(sentence);
                documentOf.add(d);
            }
        }
        this.vectors = vectorize(sentences);
        this.candidate = new boolean[sentences.size()];
        for (int i = 0; i < candidate.length; i++) {
            candidate[i] = CandidateFilter.accepts(sentences.get(i));
        }
    }

    /** The pool of a story's documents; throws when there are none. */
    public static SentencePool of(List<Document> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one document");
        }
        return new SentencePool(documents);
    }

    public int size() {
        return sentences.size();
    }

    public Sentence sentence(int i) {
        return sentences.get(i);
    }

    public TermVector vector(int i) {
        return vectors[i];
    }

    public boolean isCandidate(int i) {
        return candidate[i];
    }

    /** Position, in the story's document list, of the document holding sentence {@code i}. */
    public int documentIndex(int i) {
        return documentOf.get(i);
    }

    public Document document(int d) {
        return documents.get(d);
    }

    public int documentCount() {
        return documents.size();
    }

    private static TermVector[] vectorize(List<Sentence> sentences) {
        Map<String, Integer> ids = new HashMap<>();
        List<List<Integer>> termIds = new ArrayList<>(sentences.size());
        List<Integer> df = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Integer> idsOfSentence = new ArrayList<>(sentence.terms().size());
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (String term : sentence.terms()) {
                int id = ids.computeIfAbsent(term, t -> ids.size());
                if (id == df.size()) {
                    df.add(0);
                }
                if (seen.add(id)) {
                    df.set(id, df.get(id) + 1);
                }
                idsOfSentence.add(id);
            }
            termIds.add(idsOfSentence);
        }
        double[] idf = new double[df.size()];
        for (int id = 0; id < idf.length; id++) {
            idf[id] = Math.log(1.0 + (double) sentences.size() / df.get(id));
        }
        TermVector[] vectors = new TermVector[sentences.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = TermVector.tfIdf(termIds.get(i), idf);
        }
        return vectors;
    }
}
