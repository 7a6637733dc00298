package org.newsbrief.facts;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Span;

/**
 * A tokenized sentence glued back where its numbers need it, as ECB+'s token files give sentences ("averaged 14 . 4
 * points", "£910 , 000 worth", "a 68 - yard drive", "31 - year - old", "Sept . 20", "4 p . m .", "http : / / www .
 * examiner . com / chiefs - lose - 20 - 13"): decimals, digit groups, hyphens after a number, abbreviations' dots and
 * clock times lose their spaces, so that the readers see "14.4", "£910,000", "68-yard" and "Sept. 20"; a link is left
 * out. Only a sentence with spaced punctuation and none glued is read as tokenized (no sentence of DUC 2003 or
 * Multi-News validation 1-1,000 is). Each character of the glued text keeps its offset in the original. Immutable.
 */
final class TokenizedText {

    /** Spaced punctuation: " , ", " . ", a final " ." (a tokenizer's sign). */
    private static final Pattern SPACED = Pattern.compile(" [,.:;] | [,.]$");

    /** Punctuation glued to a word: "word, ", a final "word." (an untokenized sentence's sign). */
    private static final Pattern GLUED = Pattern.compile("\\w[,;:] |\\w\\.$");

    /**
     * A link written token by token, to the sentence's end (ECB+ gives each link a sentence of its own): "http : / / www .
     * examiner . com / article / chiefs - lose - 20 - 13".
     */
    private static final Pattern LINK = Pattern.compile("https? : / / .*?(?= \\.$|$)");

    /**
     * Digit groups split at their commas, "£910 , 000", "1 , 150 kilometers" (not a height's inches before a weight,
     * "6 - foot - 8 , 225 - pound", "( 5 - 11 , 220 )").
     */
    private static final Pattern GROUPS = Pattern.compile(
            "(?<![\\d.,])(?<!(?:foot|feet|\\d) - )\\d{1,3}(?: , \\d{3})+(?![\\d])");

    /** A decimal split at its point: "14 . 4 points", "$2 . 6 million", "0 . 07 percent". */
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.,])\\d+(?: \\. \\d+)+(?![\\d])");

    /** Spelled numbers a hyphen may follow: "two - year", "five - boat". */
    private static final String NUMBER_WORD = "\\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            + "|twenty|thirty|forty|fifty|hundred|thousand|half)";

    /** Words after a spaced hyphen that make it a dash: "40 - to 50", "8 - and several", "12 - another mom", "12 - all". */
    private static final String DASH_NEXT = "(?:and|or|to|nor|but|than|the|a|an|in|on|of|for|with|all|another|who|which"
            + "|that|this|his|her|their|its|he|she|it|they|we|i)\\b";

    /**
     * Hyphens after a number, up to three: "68 - yard", "31 - year - old", "two - year", "( 2 - 13 )", ".45 - caliber"
     * (not after a year, "August 2004 - saying", whose hyphen is a dash; not before {@link #DASH_NEXT}; nor in a height,
     * "5 - foot - 8 , 135 pounds", or an age range, "adults 18 - 49").
     */
    private static final Pattern HYPHENS = Pattern.compile("(?<![\\d.,])(?<!\\b(?:adults|women|men|ages|aged) )"
            + "(?:(?!(?:1[89]|20)\\d\\d - \\p{L})\\.?\\d[\\d.,]*|" + NUMBER_WORD + ")(?<!\\d - (?:foot|feet) - \\d)"
            + "(?: - (?!" + DASH_NEXT + ")(?!(?:foot|feet) - \\d)[\\p{L}\\d]+){1,3}\\b");

    /** A hyphenated word: "AK-47", "15-year-old" (ECB+'s older texts glue hyphens). */
    private static final Pattern HYPHEN_GLUED = Pattern.compile("[\\p{L}\\d]-\\p{L}");

    /** A clock's colon: "09 : 01 AM". */
    private static final Pattern CLOCK = Pattern.compile("\\d : \\d");

    /** A dot between single letters: "p . m .", "U . S ." (the spaces on both sides go). */
    private static final Pattern INITIALS = Pattern.compile("(?<=\\b\\p{L}) \\. (?=\\p{L}\\b)");

    /** A dot, colon or semicolon after a word or number (the space before it goes): "Sept . 20", "Calif . ,". */
    private static final Pattern PUNCTUATION = Pattern.compile("(?<=[\\p{L}\\d.]) [.;:](?= |$)");

    private final String original;
    private final String text;
    private final int[] origin;

    private TokenizedText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    /** The sentence glued back, or null where it is not tokenized or nothing in it is glued. */
    static TokenizedText of(String sentence) {
        if (!SPACED.matcher(sentence).find() || GLUED.matcher(sentence).find()) {
            return null;
        }
        boolean[] drop = new boolean[sentence.length()];
        Matcher link = LINK.matcher(sentence);
        if (link.find()) {
            Arrays.fill(drop, link.start(), link.end(), true); // a link holds no quantities: the readers never see it
        }
        dropAll(GROUPS, sentence, drop);
        dropAll(DECIMAL, sentence, drop);
        if (!HYPHEN_GLUED.matcher(sentence).find()) {
            dropAll(HYPHENS, sentence, drop); // where words are hyphenated, a spaced hyphen is a dash
        }
        dropAll(CLOCK, sentence, drop);
        dropAll(INITIALS, sentence, drop);
        Matcher m = PUNCTUATION.matcher(sentence);
        while (m.find()) {
            drop[m.start()] = true;
        }
        StringBuilder text = new StringBuilder(sentence.length());
        int[] origin = new int[sentence.length() + 1];
        for (int i = 0; i < sentence.length(); i++) {
            if (!drop[i]) {
                origin[text.length()] = i;
                text.append(sentence.charAt(i));
            }
        }
        if (text.length() == sentence.length()) {
            return null;
        }
        origin[text.length()] = sentence.length();
        return new TokenizedText(sentence, text.toString(), origin);
    }

    private static void dropAll(Pattern pattern, String sentence, boolean[] drop) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                drop[i] |= sentence.charAt(i) == ' ';
            }
        }
    }

    /** The glued text. */
    String text() {
        return text;
    }

    /** A quantity of the glued text with its span and text in the original sentence. */
    Quantity restore(Quantity q) {
        int start = origin[q.span().start()];
        int end = q.span().end() == 0 ? 0 : origin[q.span().end() - 1] + 1;
        return new Quantity(new Span(start, end), original.substring(start, end), q.value(), q.low(),
                q.high(), q.change(), q.unit(), q.concept(), q.partial(), q.range(), q.unitName());
    }
}
