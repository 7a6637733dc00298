package org.newsbrief.clean;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Undoes Penn Treebank tokenisation, the form in which research corpora ship news text
 * (Timeline17: {@code "Washington -LRB- CNN -RRB- -- The president 's speech , he said , was `` historic . ''"}),
 * so that a brief quotes such an article as it was written ({@code "Washington (CNN) -- The president's
 * speech, he said, was "historic.""}) and names are not read from bracket tokens. Only a text that is
 * tokenised as a whole is rejoined ({@link #isTokenized}): in edited prose a space before a comma is a
 * typo, and a quote or apostrophe standing apart ({@code "the ' pulp ' nature"}) is the writer's.
 * Stateless and thread-safe.
 */
final class TreebankText {

    /** Commas and sentence periods looked at to decide; a text with fewer is judged by its bracket and clitic tokens alone. */
    private static final int LEAST_MARKS = 3;
    /** The share of those marks standing apart from the word before them in a tokenised text (edited prose: about 0). */
    private static final double SPACED_SHARE = 0.8;

    private static final Pattern JOINED_CLITIC = Pattern.compile("\\w'[sS]\\b");
    private static final Map<String, String> BRACKETS = Map.of("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]",
            "-LCB-", "{", "-RCB-", "}");
    /**
     * Tokens that close onto the word before them: punctuation, closing quotes and brackets, and
     * contractions or possessives split from their word ("it 's", "do n't", "we 're"). A lone {@code '}
     * is a closing quote or a plural's possessive ("the players ' union"), since Treebank opens a single
     * quote with {@code `}.
     */
    private static final Set<String> CLOSING = Set.of(",", ".", ";", ":", "?", "!", "%", "...", "''", "'", ")", "]", "}",
            "'s", "'S", "'m", "'M", "'d", "'D", "'re", "'RE", "'ve", "'VE", "'ll", "'LL", "n't", "N'T");
    /** Tokens that open onto the word after them. */
    private static final Set<String> OPENING = Set.of("``", "`", "(", "[", "{", "$", "#");
    /** Words Treebank splits in two ("gon na", "wan na", "can not"), by their first half. */
    private static final Map<String, String> SPLIT_WORDS = Map.of("gon", "na", "wan", "na", "got", "ta", "can", "not",
            "Can", "not");

    private TreebankText() {
    }

    /**
     * Whether a text is Treebank-tokenised: it holds a bracket token ({@code -LRB-}), or at least
     * {@value #LEAST_MARKS} commas and periods that end a sentence (a period before white space or at
     * the end) of which {@value #SPACED_SHARE} or more stand apart from the word before them, or fewer
     * such marks but clitics split from their words ("it 's", "do n't") and none joined to one.
     */
    static boolean isTokenized(String text) {
        for (int i = text.indexOf("B-"); i >= 0; i = text.indexOf("B-", i + 2)) {
            if (i >= 3 && BRACKETS.containsKey(text.substring(i - 3, i + 2))) {
                return true;
            }
        }
        int marks = 0;
        int spaced = 0;
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))) && text.charAt(i - 1) != '.') {
                marks++;
                if (text.charAt(i - 1) == ' ') {
                    spaced++;
                }
            }
        }
        if (marks >= LEAST_MARKS) {
            return spaced >= SPACED_SHARE * marks;
        }
        return text.contains(" n't ") || text.contains(" 's ") && !JOINED_CLITIC.matcher(text).find();
    }

    /** The text as written, from its Treebank tokens; line breaks stay, runs of spaces become one. */
    static String detokenize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            detokenizeLine(lines[l], out);
        }
        return out.toString();
    }

    /** Appends one line's tokens, each joined to the last or set apart by one space. */
    private static void detokenizeLine(String line, StringBuilder out) {
        int n = line.length();
        String previous = null; // the last token when short (only short tokens open or split words), else ""
        int written = out.length();
        int backslash = line.indexOf('\\'); // the next escape at or after the token, found once per escape, not per token
        for (int i = 0; i < n; ) {
            if (line.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = line.indexOf(' ', i);
            end = end < 0 ? n : end;
            String token = end - i <= 5 ? unescaped(line.substring(i, end)) : null;
            boolean join = previous != null && (OPENING.contains(previous)
                    || token != null && (CLOSING.contains(token) || token.equals(SPLIT_WORDS.get(previous))));
            if (token != null && token.equals(".") && out.length() - written >= 2 && out.charAt(out.length() - 1) == '.'
                    && Character.isLetter(out.charAt(out.length() - 2)) && previous != null && !previous.equals(".")) {
                i = end; // Treebank repeats a sentence's period after an abbreviation that ends it ("D.C. .")
                continue;
            }
            if (previous != null && !join) {
                out.append(' ');
            }
            if (backslash >= 0 && backslash < i) {
                backslash = line.indexOf('\\', i);
            }
            if (token != null) {
                out.append(token);
            } else if (backslash >= 0 && backslash < end) {
                out.append(unescaped(line.substring(i, end)));
            } else {
                out.append(line, i, end);
            }
            previous = token == null ? "" : token;
            i = end;
        }
    }

    /** A token as written: a bracket token as its bracket, Treebank's escaped slash and star as themselves. */
    private static String unescaped(String token) {
        String bracket = BRACKETS.get(token);
        if (bracket != null) {
            return bracket;
        }
        return token.indexOf('\\') < 0 ? token : token.replace("\\/", "/").replace("\\*", "*");
    }
}
