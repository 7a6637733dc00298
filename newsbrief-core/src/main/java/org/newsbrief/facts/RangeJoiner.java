package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins two neighbouring candidate numbers into one range ("between 5% and 6%", "$89 to $93 billion",
 * "from 208 pounds to 193"). Stateless and thread-safe.
 */
final class RangeJoiner {

    private RangeJoiner() {
    }

    private static final Pattern GAP_AND = Pattern.compile("\\s+and\\s+");

    /** "to", a dash, or a suspended hyphen and "to" ("15- to 18-inch pizzas" is one range of sizes). */
    private static final Pattern GAP_TO = Pattern.compile("\\s*(?:to|-|–|[-–]\\s+to)\\s*");

    private static final Pattern GAP_TO_OR = Pattern.compile("\\s+(?:to|or)\\s+");

    /** The words between "from X" and "to Y", up to 40 characters; not across "and", which starts another pair ("to 17 from 36 and its international routes to 13"). */
    private static final Pattern GAP_FROM_TO = Pattern.compile("\\s+(?:(?:(?!\\band\\b)[^,;()]){1,40}\\s)?to\\s+");

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    /**
     * Joins two numbers into a range: "between 5% and 6%", "from 4.8 to 4.7 percent", "15 to 22 miles",
     * "$89 to $93 billion" (the scale of the second applies to the first), "three or four years",
     * "from 208 pounds to 193". Not when the first has a unit of its own that the second lacks or
     * differs from ("rose 3% to 1,200 points"), nor for a falling pair without units or with a percent sign on both
     * outside "from" and "between", a vote, a score or a poll's split ("voted 7 to 2", "leads 53 percent to 40 percent").
     */
    static List<Candidate> joinRanges(String sentence, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate a = candidates.get(i);
            if (i + 1 < candidates.size() && !a.range()) {
                Candidate b = candidates.get(i + 1);
                String gap = sentence.substring(a.end(), b.start()).toLowerCase(Locale.ROOT);
                String lead = sentence.substring(0, a.start()).toLowerCase(Locale.ROOT).stripTrailing();
                boolean between = GAP_AND.matcher(gap).matches() && lead.endsWith("between");
                boolean to = GAP_TO.matcher(gap).matches() || GAP_TO_OR.matcher(gap).matches() && !lead.endsWith(" up");
                boolean unitTo = fromLead(lead) && GAP_FROM_TO.matcher(gap).matches(); // "from 21 mpg combined to 23"
                boolean sameUnit = a.unit() == null || a.unit().equals(b.unit()) || unitTo;
                boolean amount = a.unit() != null && (lead.endsWith(" by") || ChangeLabels.changeVerb(lead) != null); // "increased by $43.6 billion to $419.2 billion"
                boolean vote = (a.unit() == null && b.unit() == null || "percent".equals(a.unit()) && "percent".equals(b.unit()))
                        && a.value() > b.value() && !between && !unitTo; // "voted 7 to 2", "leads 53 percent to 40 percent"
                if (!b.range() && !amount && !vote && (between || to || unitTo) && sameUnit && (a.unit() == null || b.unit() != null || unitTo)) {
                    double low = a.value();
                    if (!a.scaled() && b.scaled() && a.value() < rawValue(sentence, b)) {
                        low = a.value() * (b.value() / rawValue(sentence, b)); // "$89 to $93 billion", "1 to 2 thousand"
                    }
                    String unit = b.unit() != null ? b.unit() : a.unit();
                    if (unit == null && unitTo) {
                        unit = knownUnitAt(gap); // "from 208 pounds to 193", "from 20 miles per gallon in 2008 to 29"
                    }
                    out.add(new Candidate(a.start(), b.end(), low, low, b.value(), unit, true, b.scaled()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /**
     * Whether the words before a number open a "from ... to" range, also with a modifier of the first end between
     * ("from up to 252 miles to 287 miles", "from about 5 to 10"): as CQE reads "from X to Y" as one range whatever
     * modifies X.
     */
    private static boolean fromLead(String lead) {
        if (lead.endsWith("from")) {
            return true;
        }
        java.util.Map.Entry<String, String> modifier = Modifiers.modifier(lead);
        return modifier != null && lead.substring(0, lead.length() - modifier.getKey().length()).stripTrailing().endsWith(" from");
    }

    /** The known unit that the text starts with, up to three words ("miles per gallon in 2008" gives "miles per gallon"), or null. */
    private static String knownUnitAt(String text) {
        String[] words = NearbyWords.SPACES.split(text.strip());
        for (int n = Math.min(3, words.length); n >= 1; n--) {
            String phrase = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (phrase.length() > 1 && UnitNames.known(phrase) != null && !QuantityRules.PHRASE_STOPS.contains(words[0])) {
                return phrase;
            }
        }
        return null;
    }

    /** The number as written, before its scale: 93 of "$93 billion". */
    private static double rawValue(String sentence, Candidate c) {
        Matcher digits = DIGITS.matcher(sentence.substring(c.start(), c.end()));
        if (digits.find()) {
            double raw = Double.parseDouble(digits.group().replace(",", ""));
            return raw == 0 ? c.value() : raw;
        }
        Matcher word = QuantityRules.SPELLED.matcher(sentence.substring(c.start(), c.end()));
        return word.find() && NumberWords.UNITS.containsKey(word.group(1).toLowerCase(Locale.ROOT))
                ? NumberWords.UNITS.get(word.group(1).toLowerCase(Locale.ROOT)) : c.value();
    }
}
