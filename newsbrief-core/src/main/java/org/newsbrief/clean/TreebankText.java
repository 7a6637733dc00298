package org.newsbrief.clean;

import java.util.regex.Matcher;
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

    private static final Pattern BRACKET_TOKEN = Pattern.compile("-([LR])([RSC])B-");
    /** A contraction or possessive split from its word ("it 's", "do n't", "we 're", "players '"). */
    private static final Pattern CLITIC = Pattern.compile("(?<=\\S) ('[sSmMdD]|'re|'RE|'ve|'VE|'ll|'LL|n't|N'T)(?=[\\s,.;:?!'\")]|$)");
    /**
     * Punctuation that closes onto the word before it; a lone {@code '} is a closing quote or a plural's
     * possessive ("the players ' union"), since Treebank opens a single quote with {@code `}.
     */
    private static final Pattern CLOSING = Pattern.compile(" ([,.;:?!%]|\\.\\.\\.|''|'|\\)|\\]|\\})(?=\\s|$|[,.;:?!'\")\\]}])");
    /** Punctuation that opens onto the word after it. */
    private static final Pattern OPENING = Pattern.compile("(``|`|\\(|\\[|\\{|\\$|#) (?=\\S)");
    /** Treebank repeats a sentence's period after an abbreviation that ends it ("Washington , D.C. ."). */
    private static final Pattern DOUBLED_PERIOD = Pattern.compile("(?<=\\p{L}\\.)\\.(?!\\.)");
    /** Words Treebank splits in two ("gon na", "wan na", "can not"). */
    private static final Pattern SPLIT_WORD = Pattern.compile("\\b(gon|wan|got) (na|ta)\\b|\\b([Cc]an) not\\b");

    private TreebankText() {
    }

    /**
     * Whether a text is Treebank-tokenised: it holds a bracket token ({@code -LRB-}), or at least
     * {@value #LEAST_MARKS} commas and periods that end a sentence (a period before white space or at
     * the end) of which {@value #SPACED_SHARE} or more stand apart from the word before them, or fewer
     * such marks but clitics split from their words ("it 's", "do n't") and none joined to one.
     */
    static boolean isTokenized(String text) {
        if (BRACKET_TOKEN.matcher(text).find()) {
            return true;
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
        return text.contains(" n't ") || text.contains(" 's ") && !text.matches("(?s).*\\w'[sS]\\b.*");
    }

    /** The text as written, from its Treebank tokens; line breaks stay. */
    static String detokenize(String text) {
        String out = text.replace("\\/", "/").replace("\\*", "*");
        out = replace(BRACKET_TOKEN.matcher(out), m -> switch (m.group(1) + m.group(2)) {
            case "LR" -> "(";
            case "RR" -> ")";
            case "LS" -> "[";
            case "RS" -> "]";
            case "LC" -> "{";
            default -> "}";
        });
        out = CLITIC.matcher(out).replaceAll("$1");
        out = OPENING.matcher(out).replaceAll("$1");
        // Twice: a run of closers ("D.C. . ''") joins one at a time.
        out = CLOSING.matcher(out).replaceAll("$1");
        out = CLOSING.matcher(out).replaceAll("$1");
        out = DOUBLED_PERIOD.matcher(out).replaceAll("");
        out = replace(SPLIT_WORD.matcher(out), m -> m.group(3) != null ? m.group(3) + "not" : m.group(1) + m.group(2));
        return out;
    }

    private static String replace(Matcher matcher, java.util.function.Function<Matcher, String> replacement) {
        return matcher.replaceAll(m -> Matcher.quoteReplacement(replacement.apply(matcher)));
    }
}
