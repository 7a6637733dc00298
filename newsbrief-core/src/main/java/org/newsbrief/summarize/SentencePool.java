package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.analysis.Casing;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

/**
 * Every sentence of one story, numbered in document then sentence order, with its terms
 * ({@link StopWords} removed) and their TF-IDF vector (idf over the story's sentences) and whether it may appear in a summary
 * ({@link CandidateFilter}). Built once per story and shared by scorer, selector and orderer,
 * and by the brief's support and timeline stages.
 * Immutable after construction and thread-safe.
 */
public final class SentencePool {

    private final List<Document> documents;
    private final List<Sentence> sentences;
    private final List<Integer> documentOf;
    private final TermVector[] vectors;
    private final int[][] termIds;
    private final int vocabularySize;
    private final boolean[] candidate;
    private final boolean[] candidateAfterPredecessor;
    private final boolean[] candidateOfAnyLength;
    private final boolean[] lowerCased;
    private final boolean[] opensDocument;

    private SentencePool(List<Document> documents) {
        this.documents = List.copyOf(documents);
        this.sentences = new ArrayList<>();
        this.documentOf = new ArrayList<>();
        for (int d = 0; d < this.documents.size(); d++) {
            for (Sentence sentence : this.documents.get(d).sentences()) {
                sentences.add(sentence);
                documentOf.add(d);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        this.termIds = new int[sentences.size()][];
        for (int i = 0; i < termIds.length; i++) {
            termIds[i] = sentences.get(i).terms().stream().filter(t -> !StopWords.isTerm(t))
                    .mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        }
        this.vocabularySize = ids.size();
        this.vectors = vectorize(termIds, vocabularySize);
        this.lowerCased = new boolean[this.documents.size()];
        for (int d = 0; d < lowerCased.length; d++) {
            lowerCased[d] = Casing.isLowerCased(this.documents.get(d).text());
        }
        this.candidate = new boolean[sentences.size()];
        this.candidateAfterPredecessor = new boolean[sentences.size()];
        this.candidateOfAnyLength = new boolean[sentences.size()];
        for (int i = 0; i < candidate.length; i++) {
            CandidateFilter.Verdict verdict = CandidateFilter.judge(sentences.get(i), lowerCased[documentOf.get(i)]);
            candidate[i] = verdict.alone();
            candidateAfterPredecessor[i] = verdict.afterItsPredecessor();
            candidateOfAnyLength[i] = verdict.ofAnyLength();
        }
        this.opensDocument = new boolean[sentences.size()];
        int openedDocument = -1;
        for (int i = 0; i < candidate.length; i++) {
            if (candidate[i] && documentOf.get(i) != openedDocument) {
                openedDocument = documentOf.get(i);
                opensDocument[i] = true;
            }
        }
    }

    /** A copy of {@code pool} whose sentences at the given indexes read as given; everything else is shared. */
    private SentencePool(SentencePool pool, Map<Integer, Sentence> replacements) {
        this.documents = pool.documents;
        this.sentences = new ArrayList<>(pool.sentences);
        replacements.forEach(sentences::set);
        this.documentOf = pool.documentOf;
        this.vectors = pool.vectors;
        this.termIds = pool.termIds;
        this.vocabularySize = pool.vocabularySize;
        this.candidate = pool.candidate;
        this.candidateAfterPredecessor = pool.candidateAfterPredecessor;
        this.candidateOfAnyLength = pool.candidateOfAnyLength;
        this.lowerCased = pool.lowerCased;
        this.opensDocument = pool.opensDocument;
    }

    /**
     * This pool with some sentences shortened ({@link SentenceCompressor}): {@link #sentence} and
     * {@link #cost} give the shortened text, while terms, vectors and the candidate verdicts stay
     * those of the source sentences (each shortened version passed them itself). The summary then
     * cites each shortened sentence as its source: same article, same index.
     */
    SentencePool withShortened(Map<Integer, Sentence> shortened) {
        return shortened.isEmpty() ? this : new SentencePool(this, shortened);
    }

    /** Whether the article holding sentence {@code i} is lower-cased throughout ({@link Casing}). */
    boolean isLowerCased(int i) {
        return lowerCased[documentOf.get(i)];
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

    /**
     * Whether sentence {@code i} may stand in a summary right after the sentence that precedes it
     * in its article (every {@link CandidateFilter} rule but the dependent opening).
     */
    public boolean isCandidateAfterItsPredecessor(int i) {
        return candidateAfterPredecessor[i];
    }

    /**
     * Whether sentence {@code i} is its article's lead: the first sentence of the article that may
     * stand in a summary alone (captions and fragments before it are passed over).
     */
    public boolean opensItsDocument(int i) {
        return opensDocument[i];
    }

    /** Whether sentence {@code i} passes every {@link CandidateFilter} rule but the upper length bound. */
    public boolean isCandidateOfAnyLength(int i) {
        return candidateOfAnyLength[i];
    }

    /**
     * Whether sentence {@code i} is a whole sentence of any length, not a byline or dateline
     * ({@link CandidateFilter#isWhole}): the last resort of a summary, judged when asked.
     */
    public boolean isWholeSentence(int i) {
        return CandidateFilter.isWhole(sentences.get(i), lowerCased[documentOf.get(i)]);
    }

    /** Position, in the story's document list, of the document holding sentence {@code i}. */
    public int documentIndex(int i) {
        return documentOf.get(i);
    }

    /** Ids of the sentence's terms, in order, with repeats; ids run from 0 to {@link #vocabularySize()}. */
    public int[] termIds(int i) {
        return termIds[i];
    }

    /** Number of distinct terms in the story. */
    public int vocabularySize() {
        return vocabularySize;
    }

    /** Number of words of sentence {@code i} in the budget's unit. */
    public int cost(int i, Budget budget) {
        return budget.cost(sentences.get(i).text());
    }

    public Document document(int d) {
        return documents.get(d);
    }

    /** The story's documents, in pool order. */
    public List<Document> documents() {
        return documents;
    }

    public int documentCount() {
        return documents.size();
    }

    private static TermVector[] vectorize(int[][] termIds, int vocabularySize) {
        int[] df = new int[vocabularySize];
        for (int[] ids : termIds) {
            java.util.Arrays.stream(ids).distinct().forEach(id -> df[id]++);
        }
        double[] idf = new double[vocabularySize];
        for (int id = 0; id < idf.length; id++) {
            idf[id] = Math.log(1.0 + (double) termIds.length / df[id]);
        }
        TermVector[] vectors = new TermVector[termIds.length];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = TermVector.tfIdf(java.util.Arrays.stream(termIds[i]).boxed().toList(), idf);
        }
        return vectors;
    }
}
