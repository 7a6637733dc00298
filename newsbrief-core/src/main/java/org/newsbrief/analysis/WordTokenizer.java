package org.newsbrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into word tokens: numbers keep their separators ("1,700", "2.5"), dotted
 * abbreviations stay whole ("U.S."), words keep inner apostrophes and hyphens ("al-Assad",
 * "army's"), and every other visible character is a token of its own. Stateless and thread-safe.
 */
public final class WordTokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:[.,:]\\d+)*(?:\\p{L}+)?"
                    + "|(?:\\p{L}\\.){2,}"
                    + "|[\\p{L}\\p{M}\\d]+(?:['\u2019\\-][\\p{L}\\p{M}\\d]+)*"
                    + "|\\S");

    /** The tokens of {@code text}, in order. */
    public List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
