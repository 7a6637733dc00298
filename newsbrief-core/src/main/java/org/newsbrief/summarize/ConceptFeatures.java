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
     * sentence holding it)), {@code name}
     * (share of its words written with a capital in most occurrences not opening a sentence),
     * {@code number} (a word holds a digit), {@code stopWord} (a word is a stop word).
     */
    public static final List<String> NAMES = List.of("support", "supportLog", "repeats", "earliest", "firstSentence",
            "opening", "firstPosition", "name", "number", "stopWord");

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
        double[] capitals = capitalShares(pool, concepts);
        double logDocuments = Math.log(Math.max(2, documents));
        double[][] features = new double[n][];
        for (int c = 0; c < n; c++) {
            int df = Math.max(1, documentCount[c]);
            int[] words = concepts.wordsOf(c);
            double name = 0;
            boolean number = false;
            boolean stop = false;
            for (int w : words) {
                name += capitals[w] > 0.5 ? 1.0 / words.length : 0;
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
                name,
                number ? 1 : 0,
                stop ? 1 : 0,
            };
        }
        return features;
    }

    /**
     * For each word id, the share of its occurrences not opening a sentence that start with a
     * capital (0 for a word seen only opening sentences).
     */
    private static double[] capitalShares(SentencePool pool, Concepts concepts) {
        int[] capital = new int[concepts.wordCount() + 1];
        int[] seen = new int[capital.length];
        for (int i = 0; i < pool.size(); i++) {
            if (concepts.of(i).length == 0) {
                continue;
            }
            List<String> tokens = pool.sentence(i).tokens();
            for (int t = 1; t < tokens.size(); t++) {
                String token = tokens.get(t);
                int w = concepts.wordId(token);
                if (w < 0 || w >= seen.length) {
                    continue;
                }
                seen[w]++;
                if (Character.isUpperCase(token.charAt(0))) {
                    capital[w]++;
                }
            }
        }
        double[] share = new double[capital.length];
        for (int w = 0; w < share.length; w++) {
            share[w] = seen[w] == 0 ? 0 : (double) capital[w] / seen[w];
        }
        return share;
    }
}
