package org.newsbrief.eval.timeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Tokens for the timeline ROUGE scores, as tilse configures ROUGE (stemming on, stop words
 * removed): lower-cased runs of letters and digits, ROUGE-1.5.5's SMART stop words dropped
 * (checked before stemming, as the script does), then Porter-stemmed. Thread-safe (a stemmer per
 * call).
 */
final class TlsTokens {

    private static final Set<String> STOP_WORDS = loadStopWords();

    private TlsTokens() {
    }

    static List<String> of(String text) {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> tokens = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (raw.isEmpty() || STOP_WORDS.contains(raw)) {
                continue;
            }
            stemmer.setCurrent(raw);
            stemmer.stem();
            tokens.add(stemmer.getCurrent());
        }
        return tokens;
    }

    /** Counts of the n-grams of the tokens of all sentences, n-grams not crossing sentences. */
    static Map<String, Integer> ngrams(List<String> sentences, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (String sentence : sentences) {
            List<String> tokens = of(sentence);
            for (int i = 0; i + n <= tokens.size(); i++) {
                counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Set<String> loadStopWords() {
        String name = "/org/newsbrief/eval/rouge/smart_common_words.txt";
        try (InputStream in = TlsTokens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path");
            }
            return Set.copyOf(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(s -> !s.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
