package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The concepts of Gillick and Favre's concept-coverage summarizer (ICSISumm's heuristic
 * mapper): bigrams of adjacent words of a sentence, lower case and Porter-stemmed, with
 * punctuation dropped and stop words kept, except bigrams made only of {@link StopWords}
 * ("of the"). A concept's weight is the number of documents holding it; only concepts found in
 * at least {@code minDocuments} documents count (lowered for stories of few documents). As in
 * ICSISumm, sentences shorter than {@link #MIN_WORDS} words and repeats of a sentence already
 * seen (same stemmed words, as wire copies repeat) neither count nor hold concepts.
 * Immutable after construction.
 */
public final class Concepts {

    /** Sentences shorter than this many words hold no concepts (ICSISumm and sume use 10). */
    public static final int MIN_WORDS = 10;

    private final int[][] conceptsOfSentence;
    private final double[] weights;

    /** The concepts of a pool; {@code minDocuments} is lowered for stories of few documents. */
    public Concepts(SentencePool pool, int minDocuments) {
        int threshold = Math.max(1, Math.min(minDocuments, (pool.documentCount() + 1) / 2));
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> seen = new HashSet<>();
        List<List<String>> bigrams = new ArrayList<>(pool.size());
        Map<String, Set<Integer>> documentsOf = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            List<String> words = words(pool.sentence(i).tokens(), stemmer);
            List<String> own = new ArrayList<>();
            if (words.size() >= MIN_WORDS && seen.add(String.join(" ", words))) {
                for (int t = 0; t + 1 < words.size(); t++) {
                    if (isStop(words.get(t)) && isStop(words.get(t + 1))) {
                        continue;
                    }
                    String bigram = words.get(t) + ' ' + words.get(t + 1);
                    own.add(bigram);
                    documentsOf.computeIfAbsent(bigram, b -> new HashSet<>()).add(pool.documentIndex(i));
                }
            }
            bigrams.add(own);
        }
        Map<String, Integer> ids = new HashMap<>();
        List<Double> weightList = new ArrayList<>();
        conceptsOfSentence = new int[pool.size()][];
        for (int i = 0; i < pool.size(); i++) {
            Set<Integer> concepts = new TreeSet<>();
            for (String bigram : bigrams.get(i)) {
                int documents = documentsOf.get(bigram).size();
                if (documents >= threshold) {
                    concepts.add(ids.computeIfAbsent(bigram, b -> {
                        weightList.add((double) documents);
                        return weightList.size() - 1;
                    }));
                }
            }
            conceptsOfSentence[i] = concepts.stream().mapToInt(Integer::intValue).toArray();
        }
        weights = weightList.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Stop words keep a marker so that a bigram of two of them can be recognised after stemming. */
    private static boolean isStop(String word) {
        return word.startsWith("\u0000");
    }

    /** The sentence's words: letters and digits only, lower case, stemmed; stop words marked. */
    private static List<String> words(List<String> tokens, PorterStemmer stemmer) {
        List<String> words = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            StringBuilder word = new StringBuilder(lower.length());
            for (int k = 0; k < lower.length(); k++) {
                char c = lower.charAt(k);
                if (Character.isLetterOrDigit(c)) {
                    word.append(c);
                }
            }
            if (word.isEmpty()) {
                continue;
            }
            if (StopWords.isWord(lower) || StopWords.isWord(word.toString())) {
                words.add("\u0000" + word);
                continue;
            }
            stemmer.setCurrent(word.toString());
            stemmer.stem();
            words.add(stemmer.getCurrent());
        }
        return words;
    }

    /** Distinct concept ids of sentence {@code i}. */
    public int[] of(int i) {
        return conceptsOfSentence[i];
    }

    /** Weight of each concept id. */
    public double weight(int concept) {
        return weights[concept];
    }

    public int count() {
        return weights.length;
    }
}
