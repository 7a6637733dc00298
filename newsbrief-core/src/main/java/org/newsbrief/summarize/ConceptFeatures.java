package org.newsbrief.summarize;

import java.util.List;

/**
 * Generic features of a story's concepts ({@link Concepts}), from which {@link LearnedConceptWeights}
 * predicts how likely a concept is to be in a reference summary (Li, Qian and Liu 2013; Hong and
 * Nenkova 2014): how many articles hold it, how early, and what its words are (DUC's articles have no headlines, so titles are not used).
 * Every feature lies in [0, 1]. One pass over the concepts of each sentence and one over the tokens
 * (for capitals), so its cost is about that of building the concepts. Stateless.
 */
public final class ConceptFeatures {

    /** Sentences of an article that count as its opening (the default's opening boost counts 5 too). */
    static final int OPENING = 5;

    /**
     * Feature names, in column order: {@code support} (documents holding it / documents),
     * {@code supportLog} (log of the documents holding it / log of the documents), {@code repeats}
     * (1 - documents / sentences holding it), {@code earliest} (1 / (1 + the smallest sentence index
     * holding it)), {@code firstSentence} (documents whose first sentence holds it / documents),
     * {@code opening} (documents holding it among their first {@value #OPENING} sentences / documents),
     * {@code firstPosition} (mean over the documents holding it of 1 / (1 + the index of the first
     * sentence holding it)), {@code wordSupport} (the smallest share of documents holding one of its
     * words that is no stop word), {@code name}
     * (share of its words written with a capital in most occurrences not opening a sentence),
     * {@code number} (a word holds a digit), {@code stopWord} (a word is a stop word).
     */
    public static final List<String> NAMES = List.of("support", "supportLog", "repeats", "earliest", "firstSentence",
            "opening", "firstPosition", "wordSupport", "name", "number", "stopWord");

    private ConceptFeatures() {
    }

    /** One row of {@link #NAMES}-ordered features per concept of {@code concepts}, which must be {@code pool}'s. */
    public static double[][] of(SentencePool pool, Concepts concepts) {
        int n = concepts.count();
        int documents = Math.max(1, pool.documentCount());
        int[] documentCount = new int[n];
        int[] sentenceCount = new int[n];
        int[] earliest = new int[n];
        int[] firstSentence = new int[n];
        int[] opening = new int[n];
        double[] firstPosition = new double[n];
        int[] lastDocument = new int[n];
        java.util.Arrays.fill(earliest, Integer.MAX_VALUE);
        java.util.Arrays.fill(lastDocument, -1);
        for (int i = 0; i < pool.size(); i++) {
            int document = pool.documentIndex(i);
            int index = pool.sentence(i).index();
            for (int c : concepts.of(i)) {
                sentenceCount[c]++;
                earliest[c] = Math.min(earliest[c], index);
                if (lastDocument[c] != document) { // sentences come in document order, so this is its first in the document
                    lastDocument[c] = document;
                    documentCount[c]++;
                    firstPosition[c] += 1.0 / (1 + index);
                    firstSentence[c] += index == 0 ? 1 : 0;
                    opening[c] += index < OPENING ? 1 : 0;
                }
            }
        }
        WordStats stats = WordStats.of(pool, concepts);
        double logDocuments = Math.log(Math.max(2, documents));
        double[][] features = new double[n][];
        for (int c = 0; c < n; c++) {
            int df = Math.max(1, documentCount[c]);
            int[] words = concepts.wordsOf(c);
            double name = 0;
            double wordSupport = 1;
            boolean number = false;
            boolean stop = false;
            for (int w : words) {
                name += stats.capitalShare(w) > 0.5 ? 1.0 / words.length : 0;
                if (!concepts.isStopWord(w)) {
                    wordSupport = Math.min(wordSupport, (double) stats.documents(w) / documents);
                }
                number |= concepts.hasDigit(w);
                stop |= concepts.isStopWord(w);
            }
            features[c] = new double[] {
                Math.min(1, (double) df / documents),
                Math.min(1, Math.log(df) / logDocuments),
                1 - (double) df / Math.max(df, sentenceCount[c]),
                earliest[c] == Integer.MAX_VALUE ? 0 : 1.0 / (1 + earliest[c]),
                (double) firstSentence[c] / documents,
                (double) opening[c] / documents,
                firstPosition[c] / df,
                wordSupport,
                name,
                number ? 1 : 0,
                stop ? 1 : 0,
            };
        }
        return features;
    }

    /**
     * Per word id: how many documents hold it, and the share of its occurrences after a sentence's
     * first word that start with a capital (0 for a word seen only first).
     */
    private record WordStats(int[] documentCount, int[] capital, int[] seen) {

        static WordStats of(SentencePool pool, Concepts concepts) {
            int words = concepts.wordCount();
            WordStats stats = new WordStats(new int[words], new int[words], new int[words]);
            int[] lastDocument = new int[words];
            java.util.Arrays.fill(lastDocument, -1);
            for (int i = 0; i < pool.size(); i++) {
                int document = pool.documentIndex(i);
                int[] ids = concepts.sentenceWords(i);
                for (int t = 0; t < ids.length; t++) {
                    int w = ids[t];
                    if (lastDocument[w] != document) {
                        lastDocument[w] = document;
                        stats.documentCount[w]++;
                    }
                    if (t > 0) {
                        stats.seen[w]++;
                    }
                }
                if (ids.length > 1) { // only capitalised tokens are looked up: most are not
                    boolean first = true;
                    for (String token : pool.sentence(i).tokens()) {
                        if (Character.isUpperCase(token.charAt(0))) {
                            int w = concepts.wordId(token);
                            if (w >= 0 && w < words && !first) {
                                stats.capital[w]++;
                            }
                        }
                        if (first && Character.isLetterOrDigit(token.charAt(0))) {
                            first = false;
                        }
                    }
                }
            }
            return stats;
        }

        int documents(int word) {
            return documentCount[word];
        }

        double capitalShare(int word) {
            return seen[word] == 0 ? 0 : (double) capital[word] / seen[word];
        }
    }
}
