package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Span;

/**
 * Extracts the quantities of one sentence with the rules of {@link QuantityRules}: digits with
 * separators, decimals, signs and scales ("2.5 million", "$13.6M", "minus-130"), spelled numbers
 * ("two", "a dozen", "a million"), vague plurals as NewsQuant's ranges ("hundreds of" is 100 to
 * 1,000), ranges ("5-10W", "between 5% and 6%", "$2 to $4 billion", "from 21 mpg to 23") and shares
 * ("two-thirds of", "one out of three"); the modifier before it sets the interval ({@link Modifiers#interval})
 * and a change verb the change label ("rose 3%", "increased by 2 percent", "+0.2%"); the head of the
 * noun phrase after it is the unit or counted thing ("22 pro-Ankara Syrian rebels" counts rebels;
 * "another 2,500" inherits the previous one's), normalised by {@link UnitNames} ("87 mph" is
 * {@code mile per hour}, "$10 per gram" {@code dollar per gram}); a cue word of the number's clause gives the
 * concept ({@link ConceptCues}). Years, times, dates, scores, phone numbers, identifiers ("Section 427", "iPhone 11",
 * "S&P 500"), page furniture and numbers inside words or links are not quantities (the traps corpus
 * {@code facts/quantity-traps.txt} in the tests).
 *
 * <p>This class runs the steps in order; each is its own package-private class: {@link NumberCandidates}
 * (with {@link FractionCandidates}, {@link DashRanges} and {@link NumberTraps}) finds the numbers,
 * {@link RangeJoiner} joins ranges, {@link Modifiers} and {@link ChangeLabels} read the words before,
 * {@link HeadNouns} and {@link UnitResolver} the unit after, {@link ConceptCues} the concept, and
 * {@link UnitInheritance} carries units over between neighbours. Immutable and thread-safe.
 */
public final class QuantityExtractor {

    private static final Pattern WINDOW = Pattern.compile(
            "(?i)\\b(past|last) (24|48|\\d+) hours\\b|\\bovernight\\b|\\b(yesterday|today)\\b"
                    + "|\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private static final Pattern GAP_WORD_TO = Pattern.compile("\\s+(?:\\p{L}+\\s+)?to\\s+");

    /** "a pick or two": the noun a small number after "or" counts. */
    /**
     * Words before a number that make it an age: "aged 65", "aged between 18", "aged under 18", "ages 4 and 6", "ages 12, 9
     * and 6", "as young as 12", "between the ages
     * of 18 and 34", "at age 11", "my age (19)", "died at 62", "found dead at 34", "lived to 90", "younger than 5", "turns 83 next month",
     * "just turned 40 last march" (the text is lower-cased here).
     */
    private static final Pattern AGE_BEFORE = Pattern.compile(
            "\\b(?:aged?|ages)(?: between| of| under| over| below| above)? (?:\\d{1,3}(?:,| and| or| to|, and|, or) )*$|\\bage \\($"
                    + "|\\bas (?:young|old) as $"
                    + "|\\b(?:died|dies|passed away|(?:found|was|were) dead) at $|\\blived? to $|\\b(?:older|younger) than $"
                    + "|\\bturn(?:s|ed|ing)? $");

    /**
     * A personal pronoun and a verb of being or turning before a bare number that ends its clause: an age ("he was 82.",
     * "she's 6", "I was 14 when", "he will be 35 by the end of the year", "who was 15 at the time"); the text is
     * lower-cased here.
     */
    private static final Pattern PRONOUN_AGE_BEFORE = Pattern.compile(
            "\\b(?:he|she|i|who)(?:['’]s|['’]m| is| was| am| will be| would be| would have been"
                    + "| (?:has |had |just )?turned| turns)\\s+$");

    /** "now" or "then" between an apposition's comma and its age: "swank, now 40, grew up", "omar, then 24, in which". */
    private static final Pattern NOW_AGE_BEFORE = Pattern.compile("\\p{L}, (?:now|then) $");

    /** What may follow such an age: the clause's end, or "when", "by", "at the time". */
    private static final Pattern AGE_CLAUSE_END = Pattern.compile(
            "\\s*(?:[.,;!?\"”)]|$)|\\s+(?:when|by|at the time|and|but)\\b");

    /**
     * A number set off by commas right after a word or an initial's dot: the age of whom it names ("walker, 68, a former
     * deputy", "adam s., 47, was found").
     */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile("\\p{L}\\.?, $");

    /** The sentence's end right after such a number, which closes the apposition as a comma does: "said ruben diaz, 49." */
    private static final Pattern APPOSITION_END = Pattern.compile("\\.\\s*[\"”]?\\s*");

    /** A dash that closes an apposition, as a comma does: "and victoria, 17 — are set to inherit". */
    private static final Pattern APPOSITION_DASH = Pattern.compile(" [—–] ");

    /** An age word right before a number: "ages 18-34", "aged 14-65". */
    private static final Pattern AGE_WORD_BEFORE = Pattern.compile("\\bage[sd]? $");

    /** Bound words that are also prepositions of place: "over one of the beggars" is no bound. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("over", "under", "above", "below");

    /** Units of a temperature that a bare "F" in brackets after it converts. */
    private static final Set<String> TEMPERATURES = Set.of("degree", "celsius", "fahrenheit");

    /** What lies between a temperature and its conversion: " degrees (", " Celsius (" (the temperature's own words). */
    private static final Pattern TEMPERATURE_CONVERSION = Pattern.compile(
            "(?:\\s+[\\p{L}°.]+){0,2}\\s*\\(\\s*(?:minus\\s+|-)?");

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{1,3}");

    /** A verb in "-s" right after "one": "one shatters", "making one involves" (a plural cannot follow one). */
    private static final Pattern ONE_VERB = Pattern.compile(
            "\\s+(?!(?:series|species|news|means|headquarters|politics|physics|economics|Thanks)\\b)\\p{Ll}{2,}[^s\\W']s\\b(?!\\s+of\\b)");

    /**
     * A verb in "-ing" right after a number above one, then a particle, a preposition, a determiner or the clause's end:
     * "the two drifting apart", "only two running for office", "the 10 remaining." (a count noun after two is a plural).
     */
    private static final Pattern ING_VERB = Pattern.compile("\\s+(?!(?:during|including|according|excluding|regarding"
            + "|concerning|following|morning|evening|something|nothing|anything|everything)\\b)\\p{Ll}{3,}ing"
            + "(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:apart|away|off|out|up|down|back|together|for|to|in|on|at|into|from|with|through"
            + "|around|across|along|the|a|an|his|her|their|its|our|this|that|these|those)\\b)");

    /**
     * A bound after a number or its unit: "600 or so satellites", "30 years or so" are about the number, "$30 billion or
     * more" and "aged 65 or over" at least it, "45 percent or below" and "5 or fewer" at most it.
     */
    private static final Pattern OR_BOUND = Pattern.compile(
            "(?:\\s+\\p{L}+){0,2}?\\s+or (so|more|greater|higher|above|over|less|fewer|lower|below|under)\\b");

    private static final Pattern OR_TWO = Pattern.compile("\\b(?:a|an|another|one) ([a-z]{3,}) or $");

    /** Names units and counted things, with or without the POS tagger. */
    private final UnitResolver units;

    /** An extractor that names counted things as NewsQuant does, with OpenNLP's tagger where rules cannot. */
    public QuantityExtractor() {
        this(true);
    }

    private QuantityExtractor(boolean tagged) {
        this.units = new UnitResolver(tagged);
    }

    /**
     * An extractor for callers that group quantities by {@link Quantity#unit()} and never read
     * {@link Quantity#unitName()}, such as the brief's key figures: counted things that need the POS tagger
     * ("one of the best screens", "60 commercial fishermen") get the head noun's name instead, so that no
     * model is loaded and no sentence tagged. Values, units, intervals and change labels are the same.
     */
    public static QuantityExtractor withoutTagger() {
        return new QuantityExtractor(false);
    }

    /** Quantities of one sentence, in text order. */
    public List<Quantity> extract(String sentence) {
        TokenizedText tokenized = TokenizedText.of(sentence); // "14 . 4 points", "£910 , 000" as ECB+ gives them
        if (tokenized == null) {
            return extractGlued(sentence);
        }
        List<Quantity> quantities = new ArrayList<>();
        for (Quantity q : extractGlued(tokenized.text())) {
            quantities.add(tokenized.restore(q));
        }
        return quantities;
    }

    private List<Quantity> extractGlued(String sentence) {
        List<Candidate> candidates = NumberCandidates.find(sentence);
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates = RangeJoiner.joinRanges(sentence, candidates);
        boolean partial = WINDOW.matcher(sentence).find();
        List<Quantity> quantities = new ArrayList<>();
        String previousUnit = "-";
        Quantity previous = null;
        ConceptCues.Cues cues = ConceptCues.cues(sentence);
        for (Candidate c : candidates) {
            Quantity q = complete(sentence, c, previousUnit, partial, previous, cues);
            quantities.add(q);
            previous = q;
            if (!QuantityRules.TIME_UNITS.contains(q.unit())) {
                previousUnit = q.unit();
            }
        }
        if (quantities.size() > 1) {
            SubunitAmounts.join(sentence, quantities); // "15 dollars 50" is one amount
        }
        UnitInheritance.inheritWholeUnits(sentence, quantities);
        UnitInheritance.inheritParallelUnits(sentence, quantities);
        UnitInheritance.inheritSuspendedUnits(sentence, quantities);
        UnitInheritance.inheritInchesAfterFeet(sentence, quantities);
        UnitInheritance.inheritConjoinedUnits(sentence, quantities);
        UnitInheritance.inheritComparedUnits(sentence, quantities);
        return quantities;
    }

    /**
     * A whole number of at most 120 between commas after a word, read as an age: "charles koch, 82, remains"
     * (capitalised names before it are left out as {@link NumberTraps} reads them).
     */
    private static boolean apposition(String sentence, Candidate c, String before) {
        return !c.range() && c.value() >= 1 && c.value() <= 120 && (sentence.startsWith(",", c.end())
                || APPOSITION_DASH.matcher(sentence).region(c.end(), sentence.length()).lookingAt()
                || APPOSITION_END.matcher(sentence).region(c.end(), sentence.length()).matches())
                && APPOSITION_BEFORE.matcher(before).region(Math.max(0, before.length() - 4), before.length()).find() && TWO_DIGITS.matcher(sentence).region(c.start(), c.end()).matches();
    }

    /**
     * A whole number from {@code least} to 120 that ends its clause, with {@code cue} matching within {@code window}
     * characters before it: an age ("he was 82.", "she's 6", "I turned 40"; "lane, now 18, revealed").
     */
    private static boolean clauseAge(String sentence, Candidate c, String before, Pattern cue, int window, int least) {
        return !c.range() && c.value() >= least && c.value() <= 120 && c.value() == Math.rint(c.value())
                && cue.matcher(before).region(Math.max(0, before.length() - window), before.length()).find()
                && AGE_CLAUSE_END.matcher(sentence).region(c.end(), sentence.length()).lookingAt();
    }

    /** The bound an "or" phrase after the number gives ("or so" ~, "or more" >, "or less" <), else null. */
    private static String orBound(String sentence, Candidate c) {
        int or = sentence.indexOf(" or ", c.end());
        if (or < 0 || or - c.end() > 30) {
            return null;
        }
        Matcher bound = OR_BOUND.matcher(sentence).region(c.end(), sentence.length());
        if (!bound.lookingAt()) {
            return null;
        }
        return switch (bound.group(1)) {
            case "so" -> "~";
            case "more", "greater", "higher", "above", "over" -> ">";
            default -> "<";
        };
    }

    private Quantity complete(String sentence, Candidate c, String previousUnit, boolean partial, Quantity previous,
            ConceptCues.Cues cues) {
        String before = sentence.substring(0, c.start()).toLowerCase(Locale.ROOT);
        Map.Entry<String, String> modifier = Modifiers.modifier(before);
        if (modifier != null && PLACE_PREPOSITIONS.contains(modifier.getKey().toLowerCase(Locale.ROOT)) && c.value() == 1
                && sentence.regionMatches(true, c.start(), "one of ", 0, 7)) {
            modifier = null; // "stumbled over one of the beggars": a preposition before "one of", no bound
        }
        String orBound = modifier == null ? orBound(sentence, c) : null;
        boolean sub = modifier == null && (before.endsWith("sub-") || "<".equals(orBound));
        boolean plus = modifier == null && (sentence.startsWith("-plus", c.end()) || HeadNouns.plusSign(sentence, c.end())
                || ">".equals(orBound));
        boolean odd = modifier == null && (sentence.startsWith("-odd", c.end()) || "~".equals(orBound));
        String change = ChangeLabels.label(sentence, c, before, modifier, sub, plus, previous);
        if (odd && change.equals("=")) {
            change = "~"; // "600-odd satellites", "600 or so satellites": about 600
        }
        double[] interval = c.range() ? new double[] {c.low(), c.high()} : Modifiers.interval(c, modifier == null
                ? sub ? "under" : plus ? "more than" : odd ? "about" : null : modifier.getKey());
        if (interval[0] > interval[1]) {
            interval = new double[] {interval[1], interval[0]}; // "from 4.8 to 4.7 percent"
        }
        int start = modifier == null ? c.start() : c.start() - modifier.getKey().length() - 1;
        String unit = c.unit() != null ? c.unit().toLowerCase(Locale.ROOT)
                : HeadNouns.unitAfter(sentence, HeadNouns.phraseStart(sentence, c.end()), previousUnit, before);
        String name = units.unitName(sentence, c, unit, previous);
        if (name.equals("-") && previous != null && !previous.unitName().equals("-")
                && sentence.substring(0, previous.span().start()).endsWith("from ")
                && GAP_WORD_TO.matcher(sentence.substring(previous.span().end(), c.start())).matches()) {
            name = previous.unitName(); // "from 14-18 mpg to 24": the second end has the first's unit
        }
        if (name.equals("farad") && previous != null && TEMPERATURES.contains(previous.unitName())
                && TEMPERATURE_CONVERSION.matcher(sentence.substring(previous.span().end(), c.start())).matches()) {
            name = "fahrenheit"; // "600 degrees (1,100 F)", "minus 21 Celsius (minus 6 F)": a conversion of a temperature
            unit = "fahrenheit";
        }
        if (c.value() == 1 && !c.range() && c.unit() == null && ONE_VERB.matcher(sentence).region(c.end(), sentence.length()).lookingAt()) {
            unit = "-";
            name = "-"; // "one shatters his thigh", "making one involves": a verb, no counted thing
        }
        if (c.value() >= 2 && !c.range() && c.unit() == null && ING_VERB.matcher(sentence).region(c.end(), sentence.length()).lookingAt()) {
            unit = "-";
            name = "-"; // "the two drifting apart", "two running for office": a verb, no counted thing
        }
        if (c.range() && c.unit() == null && AGE_WORD_BEFORE.matcher(before).find() && !QuantityRules.TIME_UNITS.contains(unit)) {
            unit = "-";
            name = "year of age"; // "men ages 18-34 live with": the range after "ages" is of ages, the verb no counted thing
        }
        if (name.equals("-") && (AGE_BEFORE.matcher(before).region(Math.max(0, before.length() - 24), before.length()).find()
                || apposition(sentence, c, before) || clauseAge(sentence, c, before, PRONOUN_AGE_BEFORE, 30, 2) // not "he is one"
                || clauseAge(sentence, c, before, NOW_AGE_BEFORE, 8, 1))) {
            name = "year of age"; // "people aged 65 and over", "a man aged 45", "at age 11", "reed, 67, made"
        }
        Matcher orTwo = !before.endsWith(" or ") ? null : OR_TWO.matcher(before).region(Math.max(0, before.length() - 30), before.length())
                .useTransparentBounds(true);
        if (name.equals("-") && c.value() <= 3 && orTwo != null && orTwo.find() && !NumberWords.UNITS.containsKey(orTwo.group(1))) {
            name = UnitNames.normalize(orTwo.group(1)); // "another pick or two", "a day or two": two picks, two days
            unit = orTwo.group(1);
        }
        int end = c.end();
        String concept = cues.cues().isEmpty() || QuantityRules.TIME_UNITS.contains(unit) || ConceptCues.measure(sentence, c, unit, name) ? "-"
                : ConceptCues.concept(cues, Math.max(0, start), c.start(), c.end());
        return new Quantity(new Span(Math.max(0, start), end), sentence.substring(Math.max(0, start), end), c.value(),
                interval[0], interval[1], change, unit, concept, partial, c.range(), name);
    }
}
