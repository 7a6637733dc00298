package org.newsbrief.facts;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate readers of fractions and shares: mixed numbers ("10 1/2 miles", "2½ years"), fractions
 * of a unit or scale ("half an hour", "half a million") and shares ("two-thirds of", "one out of three",
 * unit {@code share}). Called by {@link NumberCandidates}. Stateless and thread-safe.
 */
final class FractionCandidates {

    private FractionCandidates() {
    }

    /**
     * Words before a bare fraction word that make it the name of a part: "the first half of the year", and the
     * quarters of a year after any ordinal ("in the third and fourth quarters of fiscal 1998", "the 3rd quarter of").
     */
    private static final Pattern PART_NAME = Pattern.compile(
            "(?i)\\b(?:the|final|first|last|second|third|fourth|1st|2nd|3rd|4th|top|bottom|upper|lower|opening|closing)\\s+$");

    /** Unicode fractions: "2½", "¾ cup". */
    private static final Map<Character, Double> VULGAR = Map.of('½', 0.5, '¼', 0.25, '¾', 0.75, '⅓', 1 / 3.0,
            '⅔', 2 / 3.0, '⅛', 0.125, '⅜', 0.375, '⅝', 0.625, '⅞', 0.875);

    /**
     * "10 1/2 miles" is 10.5, "101 1/4" 101.25, "2½ years" 2.5, the wire's "3 1-2 hours" 3.5; a bare fraction only
     * before a unit ("a 1/4 mile",
     * "1/2 cup"), since "1/2" alone may be a date.
     */
    static Candidate mixedFraction(Matcher m, String input) {
        double value;
        if (m.group(6) != null) {
            double numerator = Double.parseDouble(m.group(7));
            double denominator = Double.parseDouble(m.group(8));
            if (numerator >= denominator) {
                return null;
            }
            value = Double.parseDouble(m.group(6)) + numerator / denominator; // the wire's "3 1-2 hours"
        } else if (m.group(5) != null) {
            value = (m.group(4) == null ? 0 : Double.parseDouble(m.group(4))) + VULGAR.get(m.group(5).charAt(0));
        } else {
            double numerator = Double.parseDouble(m.group(2));
            double denominator = Double.parseDouble(m.group(3));
            if (numerator == 0 || numerator >= denominator) {
                return null;
            }
            if (m.group(1) == null) {
                String next = NearbyWords.TRAILING_PUNCT.matcher(NearbyWords.firstWord(NearbyWords.after(input, m))).replaceAll("");
                boolean unit = next.length() > 1 && UnitNames.known(next) != null || NearbyWords.after(input, m).stripLeading().startsWith("%");
                if (!unit) {
                    return null;
                }
            }
            value = (m.group(1) == null ? 0 : Double.parseDouble(m.group(1))) + numerator / denominator;
        }
        Matcher percent = NumberCandidates.SPELLED_PERCENT.matcher(input).region(m.end(), input.length());
        if (percent.lookingAt()) {
            return new Candidate(m.start(), percent.end(), value, value, value, "percent"); // "7 3/4 %"
        }
        Matcher hyphen = HYPHEN_UNIT.matcher(input).region(m.end(), input.length());
        if (hyphen.lookingAt() && UnitNames.known(hyphen.group(1)) != null) {
            return new Candidate(m.start(), hyphen.end(1), value, value, value, hyphen.group(1)); // "a 3 1/2-year search"
        }
        return new Candidate(m.start(), m.end(), value, value, value, null);
    }

    /**
     * A unit joined by a hyphen after a mixed number, as after digits: "a 3 1/2-year search", "the 37 ½-acre field",
     * "(1 1/2-kilometer-wide)" with a measuring adjective after it.
     */
    private static final Pattern HYPHEN_UNIT = Pattern.compile("-(\\p{Ll}+)(?:-(?:long|high|wide|deep|tall|thick))?\\b(?!-)");

    /** "half a percentage point" is 0.5 percentage point, "half an hour" 0.5 hour; only before a known unit. */
    static Candidate fractionOfUnit(Matcher m, String input) {
        String[] next = NearbyWords.SPACES.split(input.substring(m.end(), Math.min(input.length(), m.end() + 40)).strip(), 3);
        String one = NearbyWords.TRAILING_PUNCT.matcher(next[0]).replaceAll("");
        String two = next.length > 1 ? one + " " + NearbyWords.TRAILING_PUNCT.matcher(next[1]).replaceAll("") : one;
        boolean unit = one.length() > 1 && UnitNames.known(one) != null || UnitNames.known(two) != null;
        if (!unit) {
            return null; // "half a loaf", "a quarter a century"
        }
        String part = m.group(1).toLowerCase(Locale.ROOT);
        double value = part.equals("half") ? 0.5 : part.startsWith("three") ? 0.75 : 0.25;
        return new Candidate(m.start(), m.end(), value, value, value, null);
    }

    /** "half a million" is 500,000, "a quarter million" 250,000, "three quarters of a billion" 750 million. */
    static Candidate fractionOfScale(Matcher m, String input) {
        String part = m.group(1).toLowerCase(Locale.ROOT);
        double share = part.equals("half") ? 0.5 : part.startsWith("three") ? 0.75 : 0.25;
        double value = share * NumberWords.SCALES.get(m.group(2).toLowerCase(Locale.ROOT));
        return new Candidate(m.start(), m.end(), value, value, value, null, false, true);
    }

    /**
     * A share: "1/16 of a pint", "one out of three Germans", "two-thirds of", "half of": the ratio,
     * with the unit {@code share} (the brief never counts it as a number of things).
     */
    static Candidate fraction(Matcher m, String input) {
        // the second alternative of either pattern: "one out of three", "one-sixth of" (its own groups 3 and 4)
        boolean second = m.groupCount() == 4 && m.group(4) != null;
        String top = second ? m.group(3) : m.group(1);
        Double numerator = top == null ? Double.valueOf(1) : numberWord(top);
        Double denominator = numberWord(second ? m.group(4) : m.group(2));
        if (numerator == null || denominator == null || denominator == 0 || numerator >= denominator) {
            return null;
        }
        if (top == null && PART_NAME.matcher(NearbyWords.before(input, m)).find()) {
            return null; // "the final third of the pitch", "the first half of the year": a part, not a share
        }
        if (top == null && m.group(2) != null && !m.group(2).equalsIgnoreCase("half")) {
            return null; // "his long-awaited fifth the", "its third the": an ordinal; a share is "a third", "one-fifth"
        }
        return new Candidate(m.start(), m.end(), numerator / denominator, numerator / denominator,
                numerator / denominator, "share", false, false);
    }

    /**
     * A ratio with "in": "one in five Americans", "one in 5,000" is a share, as "one out of five" is; not before a unit
     * ("one in 10 minutes", "two in 3 days") and not a larger first number ("five in two").
     */
    static Candidate ratio(Matcher m, String input) {
        Double numerator = numberWord(m.group(1));
        Double denominator = numberWord(m.group(2).replace(",", ""));
        if (numerator == null || denominator == null || numerator >= denominator) {
            return null;
        }
        String next = NearbyWords.TRAILING_PUNCT.matcher(NearbyWords.firstWord(NearbyWords.after(input, m))).replaceAll("");
        if (next.length() > 1 && UnitNames.known(next.toLowerCase(Locale.ROOT)) != null && !QuantityRules.PHRASE_STOPS.contains(next)
                || NearbyWords.after(input, m).stripLeading().startsWith("%")) {
            return null; // "one in 10 minutes", "two in 5%": a number before a unit
        }
        return new Candidate(m.start(), m.end(), numerator / denominator, numerator / denominator,
                numerator / denominator, "share", false, false);
    }

    /** "3", "three", "third", "thirds", "half", "quarter": the number a word or digits name. */
    private static Double numberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            return Double.valueOf(w);
        }
        Double ordinal = NumberWords.FRACTIONS.get(w);
        return ordinal != null ? ordinal : NumberWords.UNITS.get(w);
    }
}
