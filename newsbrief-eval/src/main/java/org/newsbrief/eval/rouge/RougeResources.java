package org.newsbrief.eval.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The two word lists ROUGE-1.5.5 uses, shipped as resources (see NOTICE.txt beside them): the
 * WordNet 2.0 exception list and the SMART stop words. Loaded once; immutable and thread-safe.
 */
final class RougeResources {

    static final Map<String, String> EXCEPTIONS = loadExceptions();
    static final Set<String> STOP_WORDS = loadStopWords();

    private RougeResources() {
    }

    private static Map<String, String> loadExceptions() {
        Map<String, String> exceptions = new HashMap<>();
        for (String line : lines("wordnet-2.0-exceptions.tsv")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                exceptions.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return Map.copyOf(exceptions);
    }

    private static Set<String> loadStopWords() {
        return Set.copyOf(new HashSet<>(lines("smart_common_words.txt")));
    }

    private static java.util.List<String> lines(String name) {
        try (InputStream in = RougeResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("ROUGE resource " + name + " missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ROUGE resource " + name, e);
        }
    }
}
