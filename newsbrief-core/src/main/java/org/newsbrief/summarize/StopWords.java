package org.newsbrief.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsbrief.analysis.TermAnalyzer;

/**
 * The English function words that summarizers neither count nor compare
 * ({@code stopwords.txt} beside this class): as surface words, lower case, and as the stems
 * that {@link TermAnalyzer} makes of them ("has" becomes "ha"). Immutable and thread-safe.
 */
public final class StopWords {

    private static final Set<String> WORDS = load();
    private static final Set<String> STEMS = stems(WORDS);

    private StopWords() {
    }

    /** Whether a lower-case surface word is a stop word. */
    public static boolean isWord(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    /** Whether a comparison term (stemmed, as {@link org.newsbrief.model.Sentence#terms()}) is a stop word. */
    public static boolean isTerm(String term) {
        return STEMS.contains(term);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    private static Set<String> stems(Set<String> words) {
        Set<String> stems = new HashSet<>();
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            for (String word : words) {
                stems.addAll(analyzer.terms(word));
            }
        }
        return Set.copyOf(stems);
    }
}
