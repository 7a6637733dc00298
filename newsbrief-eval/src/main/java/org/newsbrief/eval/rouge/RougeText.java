package org.newsbrief.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a summary the way ROUGE-1.5.5 does: one sentence per line, bytes as the script sees
 * them (UTF-8 bytes, one character each), ASCII lower case, the length limit applied to
 * white-space words or bytes before punctuation is removed, then every character outside
 * {@code [A-Za-z0-9-]} turned into a space and hyphens split off. Thread-safe: the only state is
 * a bounded cache of stems.
 */
final class RougeText {

    /** Perl's {@code \s} on byte strings. */
    private static final Pattern PERL_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\x0B]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Za-z0-9\\-]");
    private static final Pattern SPACES = Pattern.compile(" +");
    /** Stems are pure functions of the token; the cache is bounded so hostile input cannot grow it without end. */
    private static final int MAX_CACHED_STEMS = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();

    private RougeText() {
    }

    /** The summary's lines as the script reads them: byte characters, lower-cased, empty lines dropped. */
    static List<String> lines(List<String> sentences) {
        List<String> lines = new ArrayList<>();
        for (String sentence : sentences) {
            for (String line : sentence.split("\n", -1)) {
                String bytes = new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                if (!bytes.isEmpty()) {
                    lines.add(lowerAscii(bytes));
                }
            }
        }
        return lines;
    }

    /** The whole summary as one cleaned string, limits applied ({@code readText}). */
    static String joined(List<String> lines, RougeOptions options) {
        StringBuilder text = new StringBuilder();
        if (options.wordLimit() > 0) {
            int length = 0;
            for (String line : lines) {
                String[] tokens = perlSplit(line);
                if (length + tokens.length < options.wordLimit()) {
                    text.append(length != 0 ? " " : "").append(line);
                    length += tokens.length;
                } else {
                    text.append(length > 0 ? " " : "")
                            .append(String.join(" ", Arrays.copyOf(tokens, Math.min(tokens.length, options.wordLimit() - length))));
                    break;
                }
            }
        } else if (options.byteLimit() > 0) {
            int length = 0;
            for (String line : lines) {
                if (length + line.length() < options.byteLimit()) {
                    text.append(length != 0 ? " " : "").append(line);
                    length += line.length();
                } else {
                    text.append(length > 0 ? " " : "").append(line, 0, Math.min(line.length(), options.byteLimit() - length));
                    break;
                }
            }
        } else {
            text.append(String.join(" ", lines));
        }
        return clean(text.toString());
    }

    /** The summary as cleaned units (sentences) for ROUGE-L, limits applied ({@code readText_LCS}). */
    static List<String> units(List<String> lines, RougeOptions options) {
        List<String> units = new ArrayList<>();
        if (options.wordLimit() > 0) {
            int length = 0;
            for (String line : lines) {
                String[] tokens = perlSplit(line);
                if (length + tokens.length < options.wordLimit()) {
                    length += tokens.length;
                    units.add(line);
                } else {
                    units.add(String.join(" ", Arrays.copyOf(tokens, Math.min(tokens.length, options.wordLimit() - length))));
                    break;
                }
            }
        } else if (options.byteLimit() > 0) {
            for (String line : lines) {
                // The script never adds to its running length here, so each line is measured alone.
                if (line.length() < options.byteLimit()) {
                    units.add(line);
                } else {
                    units.add(line.substring(0, options.byteLimit()));
                    break;
                }
            }
        } else {
            units.addAll(lines);
        }
        return units.stream().map(RougeText::clean).toList();
    }

    /** Tokens that count: stop words dropped ({@code -s}), only tokens opening with [a-z0-9$], stems ({@code -m}). */
    static List<String> tokens(String cleaned, RougeOptions options) {
        List<String> tokens = new ArrayList<>();
        if (cleaned.isEmpty()) {
            return tokens;
        }
        for (String token : cleaned.split(" ")) {
            if (options.removeStopWords() && RougeResources.STOP_WORDS.contains(token)) {
                continue;
            }
            char first = token.charAt(0);
            if (!(first >= 'a' && first <= 'z' || first >= '0' && first <= '9' || first == '$')) {
                continue;
            }
            tokens.add(options.stem() && token.length() > 3 ? morphStem(token) : token);
        }
        return tokens;
    }

    private static String morphStem(String token) {
        String cached = STEMS.get(token);
        if (cached != null) {
            return cached;
        }
        String exception = RougeResources.EXCEPTIONS.get(token);
        String stem = exception != null ? exception : RougePorterStemmer.stem(token);
        if (STEMS.size() < MAX_CACHED_STEMS) {
            STEMS.put(token, stem);
        }
        return stem;
    }

    static String clean(String text) {
        String spaced = text.replace("-", " - ");
        String words = NOT_WORD.matcher(spaced).replaceAll(" ").strip();
        return SPACES.matcher(words).replaceAll(" ");
    }

    /** Perl's {@code split(/\s+/, $s)}: a leading empty field is kept, trailing ones dropped. */
    static String[] perlSplit(String line) {
        if (line.isEmpty()) {
            return new String[0];
        }
        return PERL_SPACE.split(line);
    }

    private static String lowerAscii(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + 32);
            }
        }
        return new String(chars);
    }
}
