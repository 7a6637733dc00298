package org.newsbrief.facts;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The change label of a quantity: from the verb before it ("rose 3%" and "increased by 2 percent" are
 * {@code up}, "fell 5%" {@code down}; phrasal verbs such as "gave up 517 yards" are no change), else from
 * its sign, modifier or the number it converts. The verb lists are {@link QuantityRules#UP} and
 * {@link QuantityRules#DOWN}. Stateless and thread-safe.
 */
final class ChangeLabels {

    private ChangeLabels() {
    }

    /** What lies between a number and its conversion: " hp (", " crowns (US ". */
    private static final Pattern GAP_CONVERSION = Pattern.compile("(?:\\s+[\\p{L}°.]+){0,3}\\s*[(/]\\s*(?:US\\s?)?");

    /** A number of times before a comparative: "four times faster", "three times more" (a ratio of rates, not a change). */
    private static final Pattern TIMES_COMPARATIVE = Pattern.compile("\\s+times\\s+(?:more|less|as|\\p{L}+er)\\b");

    /**
     * A length followed by where a body lands: "10ft onto the roof", "30 feet to the ground", "50 metres down the cliff"
     * after "jumped" or "plunging" measure a distance moved, not a rise or fall of a level.
     */
    private static final String LANDING =
            "\\s+(?:onto|into|off|down|to the (?:ground|floor|bottom|street|pavement|sidewalk|water))\\b";
    private static final Pattern BODY_LANDING = Pattern.compile("(?i)" + LANDING);
    private static final Pattern BODY_MOVE = Pattern.compile(
            "(?i)\\s*(?:feet|foot|ft|metres?|meters?|yards?|stor(?:y|ies))" + LANDING);

    /** A length glued to its number: "10ft", "37m". */
    private static final Pattern GLUED_LENGTH = Pattern.compile("\\d(?:ft|m)$");

    /** Verbs of a body's jump or fall: "jumped", "leapt", "falling", "plunged", "tumbled", "dropped". */
    private static final Pattern BODY_VERB = Pattern.compile(
            "(?:jump|leap|fall|fell|plung|plummet|tumbl|dropp?|div|dove)\\p{L}*");

    /** What lies between a change and its restatement: " points, or " of "lost 303.68 points, or 2.7%". */
    private static final Pattern GAP_RESTATED = Pattern.compile("(?:\\s+\\p{L}+){0,2}\\s*,\\s*or\\s+");

    /** What lies between two changes of one verb: " percentage points this year and " of "down 13 percentage points this year and 6 points". */
    private static final Pattern GAP_AND = Pattern.compile("(?:\\s+\\p{L}+){0,4}\\s+and\\s+");

    /**
     * "off" after a figure or a form of "to be", before a percentage: a market report's fall ("mcd, +1.31 % off 4 %",
     * "shares were off 4 percent"); not after other verbs ("pick off 15 percent of our members").
     */
    private static final Pattern OFF_AFTER_FIGURE = Pattern.compile("(?i)(?:[\\d%]|\\b(?:is|are|was|were|been|being))\\s+off\\s*$");

    /** "Drop" in the sense of withdrawing, before charges: "dropped 94 other counts", "drops two lawsuits". */
    private static final Pattern DROPPED = Pattern.compile("drop(?:s|ped|ping)?");

    /** Charges and suits after such a verb and its number: "94 other counts", "two lawsuits", "all 12 charges". */
    private static final Pattern CHARGES = Pattern.compile(
            "(?:\\s+\\p{L}+){0,2}?\\s+(?:counts?|charges?|lawsuits?|suits?|claims?|indictments?|allegations?)\\b");

    /**
     * The change label of a quantity: a change verb before it or its modifier ("rose 0.65 per cent", "up nearly
     * 57%"), a sign ("Dow +0.2%"), the modifier's own label, "~", "sub-" ({@code <}) or "-plus" ({@code >}),
     * the change of the number it restates after ", or" ("fell 5 points, or 2%"), or the bound of the number it
     * converts ("just under 296 hp (224 kW)"); {@code =} when none.
     */
    static String label(String sentence, Candidate c, String before, Map.Entry<String, String> modifier, boolean sub,
            boolean plus, Quantity previous) {
        String change = modifier == null ? "=" : modifier.getValue();
        if (modifier == null && before.endsWith("~")) {
            change = "~"; // "~25 – 40min", "(~1lb)"
        }
        if (sub) {
            change = "<"; // "sub-7 nanometer chips", "a sub-$100 phone": under the number
        }
        if (plus) {
            change = ">"; // "1 million-plus visitors", "a 20-plus-year career": more than the number
        }
        String lead = modifier == null ? before : before.stripTrailing().substring(0,
                before.stripTrailing().length() - modifier.getKey().length());
        String changed = changeVerb(lead);
        if (changed == null && modifier == null) {
            changed = changeOfObject(lead);
        }
        if (changed != null && TIMES_COMPARATIVE.matcher(sentence).region(c.end(), sentence.length()).lookingAt()) {
            changed = null; // "shrinking four times faster": how many times, not by how much
        }
        if (changed != null) {
            String verb = NearbyWords.lastWord(lead).toLowerCase(Locale.ROOT);
            if (BODY_VERB.matcher(verb).matches()
                    && (GLUED_LENGTH.matcher(sentence.substring(c.start(), c.end())).find() ? BODY_LANDING : BODY_MOVE)
                            .matcher(sentence).region(c.end(), sentence.length()).lookingAt()) {
                changed = null; // "jumped 10ft onto the roof", "plunging 20 to 30 feet to the ground": a distance moved, no change
            } else if ("down".equals(changed) && DROPPED.matcher(verb).matches()
                    && CHARGES.matcher(sentence).region(c.end(), sentence.length()).lookingAt()) {
                changed = null; // "prosecutors dropped 94 other counts": charges withdrawn, no fall of a figure
            }
        }
        if (changed == null && "percent".equals(c.unit()) && OFF_AFTER_FIGURE.matcher(lead).find()) {
            changed = "down"; // "mcd, +1.31 % off 4 %", "shares were off 4 percent": "off" a percentage after a figure or "to be" is a fall
        }
        if (changed != null) {
            change = changed; // "rose 0.65 per cent", "up nearly 57%", "increased by 2 percent"
        } else if (sentence.charAt(c.start()) == '+') {
            change = "up"; // "Dow +0.2%"
        } else if ((sentence.charAt(c.start()) == '-' || sentence.charAt(c.start()) == '−') && "percent".equals(c.unit())) {
            change = "down"; // "Boeing's stock ba, -0.24 %"
        } else if (modifier == null && previous != null && sameMove(previous, sentence.substring(previous.span().end(), c.start()))) {
            change = previous.change();
        } else if (modifier == null && previous != null
                && GAP_CONVERSION.matcher(sentence.substring(previous.span().end(), c.start())).matches()) {
            change = previous.change(); // "just under 296 hp (224 kW / 300 PS)", "more than 7.5 million Danish
                                        // crowns (US $1.1 million)": a conversion keeps the bound
        }
        return change;
    }

    /**
     * Whether the number after {@code gap} carries on the rise or fall of {@code previous}: the same fall restated
     * ("lost 303.68 points, or 2.7%") or a second one of the same verb ("down 13 points this year and 6 points in the
     * past month").
     */
    private static boolean sameMove(Quantity previous, String gap) {
        return (previous.change().equals("up") || previous.change().equals("down"))
                && (GAP_RESTATED.matcher(gap).matches() || !previous.unitName().equals("-") && GAP_AND.matcher(gap).matches());
    }

    /** "rose", "fell", "up", "down" right before the number, or before "by": the change it reports. */
    static String changeVerb(String before) {
        String trimmed = before.stripTrailing();
        if (trimmed.endsWith(" by")) { // "increased by 2 percent", "grow sales by 35 per cent"
            String[] words = NearbyWords.SPACES.split(trimmed.substring(0, trimmed.length() - 3).strip());
            String last = NearbyWords.NON_LETTER.matcher(words[words.length - 1]).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            if (QuantityRules.DOWN_BEFORE_BY.contains(last)) {
                return "down"; // "revenue collapsed by 33 per cent"
            }
            if (!QuantityRules.UP.contains(last) && !QuantityRules.DOWN.contains(last) && participle(last)) {
                return null; // "sheds run by nine contractors", "cuts approved by two boards": a participle, then its agent
            }
            for (int i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
                String w = NearbyWords.NON_LETTER.matcher(words[i]).replaceAll("");
                if ((w.equals("up") || w.equals("down")) && i > 0
                        && PHRASAL.contains(NearbyWords.NON_LETTER.matcher(words[i - 1]).replaceAll(""))) {
                    return null; // "held up by three men", "written down by two clerks": a particle, then an agent
                }
                if (QuantityRules.UP.contains(w) || QuantityRules.DOWN.contains(w)) {
                    return QuantityRules.UP.contains(w) ? "up" : "down";
                }
            }
            return null;
        }
        if (trimmed.endsWith(",") || trimmed.endsWith(":") || trimmed.endsWith(";")) {
            return null; // "profits fell, 40 jobs went", "survived the cut: 14-year-old": a clause ends before the number
        }
        String verb = NearbyWords.lastWord(trimmed);
        String particleOf = NearbyWords.lastWord(trimmed.substring(0, trimmed.length() - verb.length()));
        if ((verb.equals("up") || verb.equals("down")) && PHRASAL.contains(particleOf)
                && !(verb.equals("down") && CLOSING.contains(particleOf))) {
            return null; // "gave up 517 rushing yards", "turned down 3 offers": phrasal verbs, not changes
        }
        if (DETERMINERS.contains(particleOf.toLowerCase(Locale.ROOT))) {
            return null; // "the fallen 19-year-old", "the lost $40 million grant", "survived the cut: 14": an adjective or noun
        }
        return QuantityRules.UP.contains(verb) ? "up" : QuantityRules.DOWN.contains(verb) ? "down" : null;
    }

    /** Past participles that take an agent's "by" and are no change verbs: "run", "held", "led", "owned". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("run", "held", "led", "made", "built", "sold", "bought",
            "won", "hit", "shot", "set", "put", "kept", "found", "caught", "brought", "done", "seen", "taken", "given",
            "written", "driven", "beaten", "chosen", "stolen", "known", "shown", "drawn", "paid", "told", "struck", "met");

    /** Whether a word is a past participle: "approved", "owned", "run" (not "speed", "need"). */
    private static boolean participle(String word) {
        return word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed") || IRREGULAR_PARTICIPLES.contains(word);
    }

    /**
     * Verbs that change their object, read only with "by" right before the number: "slashing its global work force by
     * 5,000" is a fall, "raised the fee by $20" a rise ("raised $20" is no change; with a modifier, "boost the range by
     * about 35 miles", NewsQuant labels the modifier).
     */
    private static final Set<String> RAISE = Set.of("raise", "raises", "raised", "raising", "boost", "boosts", "boosted",
            "boosting", "hike", "hikes", "hiked", "hiking", "lift", "lifts", "lifted", "lifting", "expand", "expands",
            "expanded", "expanding", "widen", "widens", "widened", "widening", "increase", "increases", "increased",
            "increasing"); // "increase its playoff field by four"
    private static final Set<String> LOWER = Set.of("slash", "slashes", "slashed", "slashing", "reduce", "reduces",
            "reduced", "reducing", "lower", "lowers", "lowered", "lowering", "trim", "trims", "trimmed", "trimming",
            "narrow", "narrows", "narrowed", "narrowing", "decrease", "decreases", "decreased", "decreasing", "cut", "cuts",
            "cutting"); // "cut its third-quarter forecast by 1 million"

    /** How many words of a change verb's object may stand before its "by": "slashing its global work force by". */
    private static final int OBJECT_WORDS = 4;

    /**
     * The change of a verb of {@link #RAISE} or {@link #LOWER} before its object and "by" ({@code before} ends with it),
     * else null; a verb right before "by" is passive, its "by" an agent ("a bill raised by two senators").
     */
    private static String changeOfObject(String before) {
        String trimmed = before.stripTrailing();
        if (!trimmed.endsWith(" by")) {
            return null;
        }
        String[] words = NearbyWords.SPACES.split(trimmed.substring(0, trimmed.length() - 3).strip());
        for (int i = words.length - 2; i >= Math.max(0, words.length - OBJECT_WORDS - 1); i--) {
            if (NearbyWords.TRAILING_PUNCT.matcher(words[i]).find()) {
                return null; // "cut, by some 20 delegates": a clause ends between
            }
            String w = NearbyWords.NON_LETTER.matcher(words[i]).replaceAll("");
            if (RAISE.contains(w) || LOWER.contains(w)) {
                return RAISE.contains(w) ? "up" : "down";
            }
        }
        return null;
    }

    /** Verbs that make "up" or "down" a particle rather than a change. */
    private static final Set<String> PHRASAL = Set.of("give", "gave", "given", "gives", "giving",
            "set", "sets", "put", "puts", "pick", "picked", "make", "made", "end", "ended", "turn", "turned", "shut",
            "break", "broke", "back", "backed", "sign", "signed", "step", "stepped", "take", "took", "taken",
            // eating, shooting and felling: "wolfed down 34 hot dogs", "shot down two drones", "cut down 40 trees"
            "wolf", "wolfed", "gulp", "gulped", "gobble", "gobbled", "scarf", "scarfed", "chow", "chowed", "shoot", "shot",
            "knock", "knocked", "cut", "chop", "chopped", "mow", "mowed", "gun", "gunned",
            // gathering and turning up: "racking up 300 miles", "showed up two hours late", "turns up 40 years later"
            "rack", "racks", "racked", "racking", "show", "shows", "showed", "shown", "showing", "turns", "turning",
            "wake", "wakes", "woke", "waking", "snap", "snaps", "snapped", "snapping", "scoop", "scoops", "scooped",
            "scooping", "buy", "buys", "bought", "buying",
            // holding and writing: "held up by three men", "written down by two clerks"
            "hold", "holds", "held", "holding", "write", "writes", "wrote", "written", "writing");

    /** Words before a change word that make it an adjective or a noun: "the fallen 19-year-old", "its lost $40 million". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "my",
            "your", "this", "that", "these", "those");

    /**
     * Verbs of a market close: "ended up" is phrasal, but "the index ended down 1%" reports a fall, as
     * "closed down 2%" does.
     */
    private static final Set<String> CLOSING = Set.of("end", "ended", "ends", "ending");
}
