package org.newsbrief.summarize;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * Optionally ({@code unigramWeight > 0}, off by default) stemmed content words (no stop words)
 * are concepts too, under the same threshold, weighted {@code unigramWeight} times their
 * document frequency: ROUGE-1 counts single words, which bigram coverage sees only in pairs.
 * The concepts and weights are fixed after construction; {@link #ofShortened} caches word ids,
 * so one instance serves one thread.
 */
public final class Concepts {

    /** Sentences shorter than this many words hold no concepts (ICSISumm and sume use 10). */
    public static final int MIN_WORDS = 10;

    private final int[][] conceptsOfSentence;
    private final int[][] wordsOfSentence;
    private final double[] weights;
    private final BitSet unigramConcepts = new BitSet();
    private final int[] documentFrequencies; // null when every concept's weight is its document frequency
    private final Words words = new Words();
    private final Map<Long, Integer> conceptIds = new HashMap<>();
    private final List<Long> keys = new ArrayList<>(); // by concept id

    /** Tags a unigram's key, so that it never equals a bigram's (whose high half is a word id >= 0). */
    private static final long UNIGRAM = 0xFFFFFFFF00000000L;

    /** The bigram concepts of a pool; {@code minDocuments} is lowered for stories of few documents. */
    public Concepts(SentencePool pool, int minDocuments) {
        this(pool, minDocuments, 0);
    }

    /**
     * The bigram concepts of a pool plus, when {@code unigramWeight > 0}, its content-word
     * unigrams weighted {@code unigramWeight} times their document frequency.
     */
    public Concepts(SentencePool pool, int minDocuments, double unigramWeight) {
        if (!(unigramWeight >= 0)) {
            throw new IllegalArgumentException("unigram weight must be >= 0, not " + unigramWeight);
        }
        boolean unigrams = unigramWeight > 0;
        int threshold = Math.max(1, Math.min(minDocuments, (pool.documentCount() + 1) / 2));
        Set<IntBuffer> seen = new HashSet<>();
        long[][] bigrams = new long[pool.size()][];
        wordsOfSentence = new int[pool.size()][];
        Map<Long, int[]> documents = new HashMap<>(); // bigram -> {documents holding it, last document counted}
        for (int i = 0; i < pool.size(); i++) {
            int[] ids = words.ids(pool.sentence(i).tokens());
            wordsOfSentence[i] = ids;
            bigrams[i] = new long[0];
            if (ids.length < MIN_WORDS || !seen.add(IntBuffer.wrap(ids))) {
                continue;
            }
            long[] own = new long[ids.length - 1 + (unigrams ? ids.length : 0)];
            int n = 0;
            if (unigrams) {
                for (int id : ids) {
                    if (!words.isStop(id)) {
                        long unigram = UNIGRAM | id;
                        own[n++] = unigram;
                        count(documents, unigram, pool.documentIndex(i));
                    }
                }
            }
            for (int t = 0; t + 1 < ids.length; t++) {
                if (words.isStop(ids[t]) && words.isStop(ids[t + 1])) {
                    continue;
                }
                long bigram = ((long) ids[t] << 32) | ids[t + 1];
                own[n++] = bigram;
                count(documents, bigram, pool.documentIndex(i));
            }
            bigrams[i] = Arrays.copyOf(own, n);
        }
        List<Double> weightList = new ArrayList<>();
        List<Integer> frequencyList = unigrams ? new ArrayList<>() : null; // else the weights are the frequencies
        conceptsOfSentence = new int[pool.size()][];
        for (int i = 0; i < pool.size(); i++) {
            Set<Integer> concepts = new TreeSet<>();
            for (long bigram : bigrams[i]) {
                int count = documents.get(bigram)[0];
                if (count >= threshold) {
                    concepts.add(conceptIds.computeIfAbsent(bigram, b -> {
                        keys.add(b);
                        if (isUnigramKey(b)) {
                            frequencyList.add(count);
                            unigramConcepts.set(weightList.size());
                            weightList.add(unigramWeight * count);
                        } else {
                            if (unigrams) {
                                frequencyList.add(count);
                            }
                            weightList.add((double) count);
                        }
                        return weightList.size() - 1;
                    }));
                }
            }
            conceptsOfSentence[i] = concepts.stream().mapToInt(Integer::intValue).toArray();
        }
        weights = weightList.stream().mapToDouble(Double::doubleValue).toArray();
        documentFrequencies = unigrams ? frequencyList.stream().mapToInt(Integer::intValue).toArray() : null;
    }

    private static boolean isUnigramKey(long key) {
        return (key & UNIGRAM) == UNIGRAM;
    }

    /** Counts {@code key} once more unless {@code document} was the last to hold it (sentences come in document order). */
    private static void count(Map<Long, int[]> documents, long key, int document) {
        int[] count = documents.computeIfAbsent(key, b -> new int[] {0, -1});
        if (count[1] != document) {
            count[0]++;
            count[1] = document;
        }
    }

    /** Distinct concept ids of sentence {@code i}. */
    public int[] of(int i) {
        return conceptsOfSentence[i];
    }

    /**
     * The concepts of sentence {@code i} that a shortened version of it, with {@code tokens},
     * still holds: a bigram whose words the shortening made adjacent is no concept of it, since
     * only the source's concepts count (unigram concepts are kept while their word is).
     */
    public int[] ofShortened(int i, List<String> tokens) {
        int[] own = conceptsOfSentence[i];
        if (own.length == 0) {
            return own;
        }
        Set<Integer> kept = new HashSet<>();
        for (int c : in(tokens)) {
            kept.add(c);
        }
        return Arrays.stream(own).filter(kept::contains).toArray();
    }

    /**
     * The story's concepts found in other text, {@code tokens} (a line of a reference summary),
     * read as the story's sentences are: distinct ids, in order of first occurrence.
     */
    public int[] in(List<String> tokens) {
        int[] ids = words.ids(tokens);
        Set<Integer> found = new java.util.LinkedHashSet<>();
        for (int t = 0; t < ids.length; t++) {
            Integer unigram = conceptIds.get(UNIGRAM | ids[t]);
            if (unigram != null) {
                found.add(unigram);
            }
            if (t + 1 < ids.length) {
                Integer bigram = conceptIds.get(((long) ids[t] << 32) | ids[t + 1]);
                if (bigram != null) {
                    found.add(bigram);
                }
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The word ids of concept {@code concept}: two for a bigram, one for a unigram. Word ids are
     * this story's, as {@link #wordId} gives them.
     */
    int[] wordsOf(int concept) {
        long key = keys.get(concept);
        return isUnigramKey(key) ? new int[] {(int) key} : new int[] {(int) (key >>> 32), (int) key};
    }

    /** The word ids of sentence {@code i}'s words, in order (punctuation left out); do not modify. */
    int[] sentenceWords(int i) {
        return wordsOfSentence[i];
    }

    /** The word id of one surface token, -1 for punctuation (adds the word when new). */
    int wordId(String token) {
        return words.id(token);
    }

    /** Whether word {@code word} is a stop word. */
    boolean isStopWord(int word) {
        return words.isStop(word);
    }

    /** Whether word {@code word} holds a digit. */
    boolean hasDigit(int word) {
        return words.hasDigit(word);
    }

    /** How many word ids there are so far. */
    int wordCount() {
        return words.stop.size();
    }

    /** Weight of each concept id. */
    public double weight(int concept) {
        return weights[concept];
    }

    public int count() {
        return weights.length;
    }

    /** Number of documents holding concept {@code concept}. */
    public int documentFrequency(int concept) {
        return documentFrequencies == null ? (int) weights[concept] : documentFrequencies[concept];
    }

    /** Whether concept {@code concept} is a unigram (never unless asked for). */
    public boolean isUnigram(int concept) {
        return unigramConcepts.get(concept);
    }

    /** Word ids of one story: letters and digits only, lower case, stemmed unless a stop word. */
    private static final class Words {
        private final PorterStemmer stemmer = new PorterStemmer();
        private final Map<String, Integer> idOfToken = new HashMap<>();
        private final Map<String, Integer> idOfWord = new HashMap<>();
        private final List<Boolean> stop = new ArrayList<>();

        private final BitSet digits = new BitSet();

        int[] ids(List<String> tokens) {
            int[] ids = new int[tokens.size()];
            int n = 0;
            for (String token : tokens) {
                int id = id(token);
                if (id >= 0) {
                    ids[n++] = id;
                }
            }
            return Arrays.copyOf(ids, n);
        }

        int id(String token) {
            Integer id = idOfToken.get(token);
            if (id == null) {
                id = idOf(token);
                idOfToken.put(token, id);
            }
            return id;
        }

        boolean isStop(int id) {
            return stop.get(id);
        }

        boolean hasDigit(int id) {
            return digits.get(id);
        }

        private int idOf(String token) {
            String lower = token.toLowerCase(Locale.ROOT);
            StringBuilder word = new StringBuilder(lower.length());
            for (int k = 0; k < lower.length(); k++) {
                char c = lower.charAt(k);
                if (Character.isLetterOrDigit(c)) {
                    word.append(c);
                }
            }
            if (word.isEmpty()) {
                return -1;
            }
            String form = word.toString();
            boolean isStop = StopWords.isWord(lower) || StopWords.isWord(form);
            if (isStop) {
                form = "\u0000" + form; // a stop word never merges with the stem of a content word
            } else {
                stemmer.setCurrent(form);
                stemmer.stem();
                form = stemmer.getCurrent();
            }
            Integer known = idOfWord.get(form);
            if (known != null) {
                return known;
            }
            stop.add(isStop);
            if (form.chars().anyMatch(Character::isDigit)) {
                digits.set(stop.size() - 1);
            }
            idOfWord.put(form, stop.size() - 1);
            return stop.size() - 1;
        }
    }
}
