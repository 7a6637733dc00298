package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a sentence before their modifiers and nouns are read: digits with separators,
 * signs and scales ("2.5 million", "$13.6M", "minus-130"), dash ranges ("5-10W", "$2m-$3m"), scientific
 * notation, suspended hyphens ("four-, five-"), vague plurals ("hundreds of") and spelled numbers
 * ("twenty-five", "a dozen"); fractions and shares are read by {@link FractionCandidates}, traps left
 * out by {@link NumberTraps}. The patterns are those of {@link QuantityRules}. Stateless and thread-safe.
 */
final class NumberCandidates {

    private NumberCandidates() {
    }

    /** "five per cent": a spelled number followed by percent. */
    static final Pattern SPELLED_PERCENT = Pattern.compile("\\s?(?:%|percent\\b|per cent\\b)");

    /** A cheap test before the spelled-fraction scan. */
    private static final Pattern FRACTION_WORD = Pattern.compile("(?:alf|hird|uarter|ifth|enth|ixth|ghth|inth)s? (?:of|the|its|their|his|her) ");

    /** The second number of a ratio with "in", as {@link QuantityRules#RATIO_IN} reads it. */
    private static final Pattern RATIO_SECOND = Pattern.compile("(?i)\\d|two\\b|three\\b|four\\b|five\\b|six\\b|seven\\b|eight\\b"
            + "|nine\\b|ten\\b");

    /** Words before "one" that make it a pronoun. */
    private static final Pattern ONE_PRONOUN = Pattern.compile(
            "(?i)\\b(?:no|each|every|any|the|the same|this|that|which|another|someone|some) $");

    /**
     * A determiner and one or two lower-case words (adjectives, adverbs) before "one": with no noun after it, "one" stands
     * for a noun said before ("than the current one", "the last major one", "a very good one", "their loved one"); not
     * with a conjunction, preposition or verb between ("the total plus one", "the department had one").
     */
    private static final Pattern ONE_AFTER_ADJECTIVE = Pattern.compile(
            "\\b(?i:the|a|an|this|that|his|her|its|their|our|my|your)\\s+(?:(?!(?:and|or|but|nor|plus|minus|of|to|than"
                    + "|with|by|for|at|in|on|from|had|has|have|is|was|are|were|be|been|do|did|does|only)\\s)"
                    + "\\p{Ll}[\\p{Ll}-]*\\s+){1,2}$");

    /** What may follow such a pronoun: the clause's end or a word that starts no noun phrase of its own. */
    private static final Pattern ONE_PRONOUN_AFTER = Pattern.compile("^(?:[,.;:!?)\"”'’—–]|$|(?:in|on|at|that|which|who"
            + "|with|for|from|to|is|was|will|would|has|had|as|than|like|by|about|since|after|before|he|she|they|it|i|we"
            + "|you)\\b)");

    /**
     * What opens an apposition or a predicate before "one that": a comma or dash, "but", "or", "albeit", "especially",
     * "is", "as opposed to" ("a rogue state, one that holds", "as opposed to one that the administration"): "one" then
     * stands for the noun said before, and the relative clause describes it.
     */
    private static final Pattern ONE_THAT_BEFORE = Pattern.compile("(?:[,;:—–]|\\b(?i:but|or|albeit|especially|is|was|to))\\s*$");

    /** "that" before "one of", a conjunction: "reported that one of the guards fled" counts one. */
    private static final Pattern THAT_BEFORE = Pattern.compile("(?i)\\bthat $");

    /**
     * "one" as the generic pronoun: its possessive ("to purify one's memory"), a modal after it ("with whom one can
     * keep in touch") or an auxiliary before it ("how long does one have to wait").
     */
    private static final Pattern ONE_GENERIC_AFTER = Pattern.compile("^(?:['’]s\\b|(?:can|cannot|can't|must|should)\\b)");

    /** A spelled number after "number" or "no." is a rank or label: "the number one engine", "the no. two official". */
    private static final Pattern RANK_BEFORE = Pattern.compile("(?i)\\b(?:number|no\\.) $");

    private static final Pattern ONE_GENERIC_BEFORE = Pattern.compile(
            "(?i)\\b(?:does|do|did|can|could|would|should|must|might) $");

    /** The wire's "dlrs" right before a number: "dlrs 2 billion". */
    private static final Pattern DLRS_BEFORE = Pattern.compile("(?i)(?<!\\p{L})dlrs?\\.? ?$");

    private static final Pattern STARTS_DIGIT = Pattern.compile("^\\d.*");

    /** A letter in brackets right after a number: a section's or plan's label, "401( k )", "condition 15.4( c )". */
    private static final Pattern SECTION_LETTER = Pattern.compile("\\s?\\(\\s?\\p{L}\\s?\\)");

    /** Scale words a hyphen may join to digits: "$ 2.8-billion" (as some papers write them). */
    private static final Set<String> HYPHEN_SCALES = Set.of("thousand", "million", "billion", "trillion");

    /**
     * A rate glued with hyphens: "cent-a-share" of "12-cent-a-share", "a-share" of "$70-a-share", "an-hour" of
     * "$ 15-an-hour".
     */
    private static final Pattern HYPHEN_RATE = Pattern.compile("(?:([a-z]+)-)?(?:a|an|per)-([a-z]+)");

    private static final Pattern AFTER_NAME = Pattern.compile(".*\\p{Lu}\\p{L}* $");

    /** A word right before a number word, mid-sentence: "the Group of Seven", "the Four Seasons" (not "Update: Two"). */
    private static final Pattern IN_NAME_BEFORE = Pattern.compile("\\p{L} $");

    /**
     * Lower-case "big" right before a spelled number, not after "a": a name lower-cased text no longer capitalises ("the
     * big ten school", "the social media big three"), as "the Big Ten" is.
     */
    private static final Pattern BIG_NAME_BEFORE = Pattern.compile("(?<!\\b[Aa] )\\bbig $");

    /**
     * A plural noun after a number glued to "m", or one word and a plural ("10m twitter users"), makes the m a million:
     * "1.5m words", "2.3m people" (not a unit: "37m
     * deep", "the 100m final"), but not the plurals of track events ("the 400m hurdles").
     */
    private static final Pattern MILLION_OF = Pattern.compile("\\s+(?:(?!(?:long|tall|high|wide|deep|thick|away|apart|below|above"
            + "|under|over|freestyle|backstroke|breaststroke|butterfly|medley|individual|world|olympic)\\b)\\p{Ll}{3,}\\s+)?" // "10m twitter users"
            + "(?:people|(?!(?:hurdles|races|heats|sprints|relays|events"
            + "|finals|runners|swimmers|laps)\\b)\\p{Ll}{3,}[^s\\W]s)\\b"); // "the 400m hurdles" are metres

    /**
     * The candidate numbers of a sentence in text order, phone numbers and dotted dates left out. Cheap
     * character checks decide which readers' patterns run at all; where two readers find overlapping
     * numbers, the first in the order below wins.
     */
    static List<Candidate> find(String sentence) {
        List<Candidate> candidates = new ArrayList<>();
        int digits = 0;
        boolean dash = false;
        boolean vulgar = false;
        for (int i = 0; i < sentence.length(); i++) {
            char ch = sentence.charAt(i);
            digits += ch >= '0' && ch <= '9' ? 1 : 0;
            dash |= ch == '-' || ch == '–';
            vulgar |= ch >= '¼' && ch <= '¾' || ch >= '⅓' && ch <= '⅞'; // "2½", "¾ cup"
        }
        if (sentence.contains("nd a half") || sentence.contains("nd-a-half")) {
            collect(QuantityRules.AND_A_HALF, sentence, candidates, NumberCandidates::andAHalf);
        }
        collectDigitForms(sentence, candidates, digits, dash, vulgar);
        collectWordForms(sentence, candidates);
        candidates.sort(Comparator.comparingInt(c -> c.start()));
        NumberTraps.removePhoneNumbers(sentence, digits, candidates);
        return candidates;
    }

    /** Scientific notation, fractions, suspended hyphens, ranges and numbers written with digits. */
    private static void collectDigitForms(String sentence, List<Candidate> candidates, int digits, boolean dash,
            boolean vulgar) {
        if (digits > 2 && (sentence.indexOf('×') >= 0 || sentence.indexOf('^') >= 0 || sentence.contains("x 10")
                || sentence.contains("x10") || sentence.indexOf('·') >= 0 || sentence.contains("*10") || sentence.contains("* 10"))) {
            collect(QuantityRules.SCIENTIFIC, sentence, candidates, NumberCandidates::scientific);
        }
        if (digits > 1 && (sentence.indexOf('/') >= 0 || sentence.indexOf('⁄') >= 0) || sentence.contains(" out of ")) {
            collect(QuantityRules.FRACTION, sentence, candidates, FractionCandidates::fraction);
        }
        if (ratioHint(sentence)) {
            collect(QuantityRules.RATIO_IN, sentence, candidates, FractionCandidates::ratio); // "one in five"
        }
        if (digits > 1 && (sentence.indexOf('/') >= 0 || dash) || vulgar) {
            collect(QuantityRules.MIXED_FRACTION, sentence, candidates, FractionCandidates::mixedFraction);
        }
        if (dash && (sentence.contains("- ") || sentence.contains("-,"))) {
            collect(QuantityRules.SUSPENDED, sentence, candidates, NumberCandidates::suspended);
        }
        if (dash && digits > 1) {
            if (sentence.contains("%-") || sentence.contains("m-") || sentence.contains("n-") || sentence.contains("k-")
                    || sentence.contains("b-") || sentence.contains("% -") || sentence.contains("m -")) {
                collect(QuantityRules.SCALED_RANGE, sentence, candidates, DashRanges::scaledRange); // "$2m-$3m"
            }
            collect(QuantityRules.DASH_RANGE, sentence, candidates, DashRanges::dashRange);
        }
        if (digits > 0) {
            collect(QuantityRules.NUMBER, sentence, candidates, NumberCandidates::numeric);
            if (sentence.contains("sub-")) {
                collect(QuantityRules.SUB_NUMBER, sentence, candidates, NumberCandidates::numeric);
            }
        }
    }

    /** A cheap test before the ratio scan: " in " before a digit or a small number word ("one in 5", "three in four"). */
    private static boolean ratioHint(String sentence) {
        for (int i = sentence.indexOf(" in "); i >= 0; i = sentence.indexOf(" in ", i + 3)) {
            if (i + 4 < sentence.length() && RATIO_SECOND.matcher(sentence).region(i + 4, sentence.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Vague plurals, spelled fractions and shares, and spelled numbers. */
    private static void collectWordForms(String sentence, List<Candidate> candidates) {
        collect(QuantityRules.VAGUE, sentence, candidates, (m, text) -> vague(m));
        if (sentence.contains("ozens") || sentence.contains("undreds") || sentence.contains("ousands") || sentence.contains("illions")) {
            collect(QuantityRules.BARE_VAGUE, sentence, candidates, (m, text) -> vague(m)); // "hundreds have died"
        }
        if ((sentence.contains("alf ") || sentence.contains("hird") || sentence.contains("uarter") || sentence.contains("ifth")
                || sentence.contains("enth") || sentence.contains("ixth") || sentence.contains("ghth") || sentence.contains("inth"))
                && FRACTION_WORD.matcher(sentence).find()) {
            collect(QuantityRules.SPELLED_FRACTION, sentence, candidates, FractionCandidates::fraction);
        }
        if (sentence.contains("alf ") || sentence.contains("uarter")) {
            if (sentence.contains("illion") || sentence.contains("thousand") || sentence.contains("dozen")) {
                collect(QuantityRules.FRACTION_SCALE, sentence, candidates, FractionCandidates::fractionOfScale);
            }
            collect(QuantityRules.FRACTION_UNIT, sentence, candidates, FractionCandidates::fractionOfUnit);
        }
        if (sentence.contains("ty ") || sentence.contains("undred ")) {
            collect(QuantityRules.SPELLED_COMPOUND, sentence, candidates, NumberCandidates::spelledCompound);
        }
        collect(QuantityRules.SPELLED, sentence, candidates, NumberCandidates::spelled);
    }

    private interface Reader {
        Candidate read(Matcher matcher, String text);
    }

    private static void collect(Pattern pattern, String text, List<Candidate> out, Reader reader) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Candidate candidate = reader.read(matcher, text);
            if (candidate != null && out.stream().noneMatch(c -> c.start() < candidate.end() && candidate.start() < c.end())) {
                out.add(candidate);
            }
        }
    }

    /** What is glued to a number's digits: a scale ("$2.7m", "1.5bn") or a unit ("37m", "256GB", "40.3F"). */
    private record Glued(String scale, String unit) {
    }

    /**
     * A number written with digits: its sign, currency, glued scale or unit, scale words and percent
     * ("minus-130", "$13.6M", "4 hundred million", "2.5%"); bare integers that are years, days, times or
     * labels are left out ({@link NumberTraps}).
     */
    private static Candidate numeric(Matcher m, String input) {
        String currency = m.group(2);
        Glued glued = glued(m, input, currency);
        if (glued == null || m.group(3).isEmpty() && m.group(4) == null) {
            return null;
        }
        String text = m.group().strip();
        String gluedUnit = glued.unit();
        if ("plus".equals(gluedUnit) && text.endsWith("-plus") || "odd".equals(gluedUnit) && text.endsWith("-odd")) {
            text = text.substring(0, text.lastIndexOf('-')); // "1,000-plus jobs", "600-odd satellites": the suffix is a modifier
            gluedUnit = null;
        }
        if (gluedUnit != null && (gluedUnit.startsWith("square") || gluedUnit.startsWith("cubic"))) {
            gluedUnit = gluedUnit.replace('-', ' '); // "an 800-square-foot home", "the 800-square foot residence": square foot
        }
        double value = digitValue(m, glued.scale());
        int start = m.start() + (m.group().length() - m.group().stripLeading().length());
        int end = start + text.length();
        int dlrs = currency == null && gluedUnit == null ? dollarsBefore(input, start) : -1; // "about dlrs 100"
        boolean bare = currency == null && dlrs < 0 && glued.scale() == null && gluedUnit == null && m.group(9) == null
                && m.group(10) == null && m.group(4) == null && !m.group(3).contains(",");
        if (bare && (m.group(3).length() > 1 && m.group(3).charAt(0) == '0' || start > 1 && input.startsWith("&#", start - 2))) {
            return null; // "the 0871 line", "at 3: 02", "&#124;": a leading zero makes a code or a clock's minutes,
                         // "&#" a character reference
        }
        if (currency == null && gluedUnit == null && glued.scale() == null
                && SECTION_LETTER.matcher(input).region(end, input.length()).lookingAt()) {
            return null; // "their 401( k )", "section 2.1( a )", "condition 15.4( c )": a label, not a number
        }
        if (bare && NumberTraps.isTrap(m.group(3), value, NearbyWords.before(input, m), NearbyWords.after(input, m))
                || currency == null && gluedUnit != null && NumberTraps.namedSeries(NearbyWords.before(input, m)) // "kepler 438b"
                || currency == null && m.group(4) != null && NearbyWords.lastWord(NearbyWords.before(input, m))
                        .equalsIgnoreCase("version") // "version 2.0": a release's number
                || m.group(4) != null && currency == null && NumberTraps.isClockTime(value, m.group(4), NearbyWords.after(input, m))) {
            return null;
        }
        String codeBeforeScale = m.group(9) != null && m.group(9).indexOf(' ') == 3 ? m.group(9).substring(0, 3) : null;
        String unit = m.group(10) != null ? "percent" : currency != null ? UnitResolver.currency(currency)
                : dlrs >= 0 ? "dollar" : codeBeforeScale != null ? UnitResolver.currency(codeBeforeScale) : gluedUnit; // "75 USD million"
        Matcher rate = gluedUnit == null ? null : HYPHEN_RATE.matcher(gluedUnit);
        if (rate != null && rate.matches() && (rate.group(1) != null || currency != null)) {
            // "a 12-cent-a-share dividend" is cent per share, "a $70-a-share price" dollar per share (CQE's reading)
            unit = (currency != null ? unit : rate.group(1)) + " per " + rate.group(2);
        }
        return new Candidate(dlrs >= 0 ? dlrs : start, end, value, value, value, unit, false,
                glued.scale() != null || m.group(9) != null);
    }

    /** Where the wire's abbreviation of dollars starts right before the number ("dlrs 2 billion", "DLRS 20"), else -1. */
    private static int dollarsBefore(String input, int start) {
        if (start < 4) {
            return -1;
        }
        Matcher dlrs = DLRS_BEFORE.matcher(input).region(Math.max(0, start - 6), start).useTransparentBounds(true);
        return dlrs.find() ? dlrs.start() : -1;
    }

    /**
     * The scale or unit glued to a number, or null where the glued letters make it no quantity: times
     * ("10.45pm"), decades and plurals of names ("the 1990s", "Channel 5s"), names ("the 49ers", "3D", capitals that are no known unit: "3T").
     */
    private static Glued glued(Matcher m, String input, String currency) {
        String scale = m.group(5);
        String unit = m.group(6) != null ? m.group(6) : m.group(7);
        if ("m".equals(scale) && currency == null && !MILLION_OF.matcher(NearbyWords.after(input, m)).lookingAt()) {
            return new Glued(null, "m"); // "37m (121ft)", "the 100m final": metres; "$2.7m", "USD10m", "1.5m words": million
        }
        if (unit == null) {
            return new Glued(scale, null);
        }
        if (m.group(7) != null && Character.isLetter(input.charAt(m.start(7) - 2))) { // "the 740m-euro observatory"
            String letters = input.substring(m.start(7) - 1 - (input.charAt(m.start(7) - 3) == 'b' ? 2 : 1), m.start(7) - 1);
            return new Glued(letters, unit);
        }
        if (m.group(7) != null && HYPHEN_SCALES.contains(unit.toLowerCase(Locale.ROOT))) {
            return new Glued(unit.toLowerCase(Locale.ROOT), null); // "$ 2.8-billion", "the new $ 209-million stadium": a scale
        }
        if (QuantityRules.MONTHS.contains(unit.toLowerCase(Locale.ROOT))) {
            return null; // "may 29-june 2", "Sept. 30-Oct. 4": a day before the month that ends a span of dates
        }
        if (unit.equals("b") && currency != null) {
            return new Glued("b", null); // "$ 2.5b", "£1b": billions, as "bn" and "B" are
        }
        if (unit.equalsIgnoreCase("am") || unit.equalsIgnoreCase("pm")
                || unit.equals("s") && m.group(4) == null || unit.equals("ers") || unit.equals("D") || unit.equals("d")) {
            return null; // "at 10.45pm", "5am"; "the 1990s", "2018s best"; "the 49ers", "a 3D film", "3d glasses", "3-d films"
        }
        if ((capitals(unit) || titleCase(unit)) && UnitNames.known(unit) == null) {
            return null; // capitals or a capitalised word glued to digits that are no known unit make a name: the
                         // band "3T", the company "3Com"
        }
        // "40.3C (104.5F)": glued, F is Fahrenheit; so is lower-cased wire text's "High 47f." (a farad is no weather)
        return new Glued(scale, "F".equals(unit) || "f".equals(unit) ? "°F" : unit);
    }

    /** A capital and small letters: "Seven" (not "SEVEN" or "seven"). */
    private static boolean capitalisedWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.chars().skip(1).allMatch(ch -> Character.isLowerCase(ch) || ch == ' ');
    }

    private static boolean capitals(String letters) {
        return letters.chars().allMatch(Character::isUpperCase);
    }

    /** A capital and two or more small letters: "Com" of "3Com" ("Hz" and "Mb" are too short to be a word). */
    private static boolean titleCase(String letters) {
        return letters.length() > 2 && Character.isUpperCase(letters.charAt(0))
                && letters.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /** The digits times their scales ("4 hundred million", "$2.7m", "2.5 million"), negative after a minus sign. */
    private static double digitValue(Matcher m, String gluedScale) {
        String digits = m.group(3).replace(",", "");
        double value = Double.parseDouble(m.group(4) == null ? digits : digits + "." + m.group(4));
        for (String s : new String[] {m.group(8), gluedScale, m.group(9)}) {
            if (s != null) {
                value *= NumberWords.SCALES.get(s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)); // "USD million"
            }
        }
        String sign = m.group(1);
        return sign != null && !sign.equals("+") ? -value : value; // "minus-130 degrees", "minus 387 Fahrenheit"
    }

    /** "three-and-a-half hours", "a two-and-a-half-hour session": the number and a half, with the unit after a hyphen. */
    private static Candidate andAHalf(Matcher m, String input) {
        String whole = m.group(1).toLowerCase(Locale.ROOT);
        Double base = Character.isDigit(whole.charAt(0)) ? Double.valueOf(whole) : NumberWords.UNITS.get(whole);
        String unit = m.group(2) == null || QuantityRules.HYPHEN_IDIOMS.contains(m.group(2)) ? null : m.group(2);
        return base == null ? null : new Candidate(m.start(), m.end(), base + 0.5, base + 0.5, base + 0.5, unit);
    }

    /** "6.02×10^23", "1.99×10−30": the mantissa times ten to the power. */
    private static Candidate scientific(Matcher m, String input) {
        String power = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : superscriptDigits(m.group(4));
        double value = Double.parseDouble(m.group(1) + "E" + Integer.parseInt(power.replace('−', '-')
                .replace('–', '-').replace("+", "")));
        return new Candidate(m.start(), m.end(), value, value, value, null);
    }

    private static String superscriptDigits(String written) {
        StringBuilder out = new StringBuilder();
        for (char ch : written.toCharArray()) {
            out.append(ch == '⁻' ? '-' : ch == '⁺' ? '+' : (char) ('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(ch)));
        }
        return out.toString();
    }

    /** "four-" of "four-, five- and six-cylinder": the number; its unit comes from the last one. */
    private static Candidate suspended(Matcher m, String input) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Double value = Character.isDigit(word.charAt(0)) ? Double.valueOf(word) : NumberWords.UNITS.get(word);
        return value == null ? null : new Candidate(m.start(), m.end() - 1, value, value, value, null);
    }

    private static Candidate vague(Matcher m) {
        double[] range = NumberWords.VAGUE.get(m.group(1).toLowerCase(Locale.ROOT));
        return new Candidate(m.start(), m.end(1), range[0], range[0], range[1], null, true, false);
    }

    /**
     * A spelled number ("two", "twenty-five", "two dozen", "a million", "five per cent"), with a unit
     * after a hyphen ("a five-year deal"); pronouns ("no one") and prices per dozen are left out.
     */
    private static Candidate spelled(Matcher m, String input) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Double base = spelledBase(m, word);
        String hyphenUnit = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT);
        if (base == null || hyphenUnit != null && (QuantityRules.HYPHEN_IDIOMS.contains(hyphenUnit)
                || NumberWords.UNITS.containsKey(hyphenUnit) || NumberWords.FRACTIONS.containsKey(hyphenUnit)
                || NumberWords.SCALES.containsKey(hyphenUnit))) {
            return null; // "a one-time gain", "two-thirds majority": idioms and number words, not units
        }
        if (noSpelledCount(m, input, word)) {
            return null;
        }
        double value = base * (m.group(3) == null ? 1 : scale(m.group(3).toLowerCase(Locale.ROOT)));
        Matcher percent = SPELLED_PERCENT.matcher(input).region(m.end(), input.length());
        if (percent.lookingAt()) {
            return new Candidate(m.start(), percent.end(), value, value, value, "percent", false, m.group(3) != null);
        }
        return new Candidate(m.start(), m.end(), value, value, value, hyphenUnit, false, m.group(3) != null);
    }

    /** A scale word, or "hundred" before another ("three hundred billion dollars" is 300 billion): their product. */
    private static double scale(String words) {
        int space = words.indexOf(' ');
        return space < 0 ? NumberWords.SCALES.get(words)
                : NumberWords.SCALES.get(words.substring(0, space)) * NumberWords.SCALES.get(words.substring(space + 1));
    }

    /**
     * A spelled number of several words ("ninety five", "one hundred and fifty", "twenty five thousand"): the sum
     * of its parts times its scale, as CQE's number normaliser adds a run of number words.
     */
    private static Candidate spelledCompound(Matcher m, String input) {
        double value = 0;
        for (int g = 1; g <= 6; g++) {
            if (m.group(g) != null) {
                double part = NumberWords.UNITS.get(m.group(g).toLowerCase(Locale.ROOT));
                value += g == 1 ? part * 100 : part;
            }
        }
        if (m.group(7) != null) {
            value *= NumberWords.SCALES.get(m.group(7).toLowerCase(Locale.ROOT));
        }
        Matcher percent = SPELLED_PERCENT.matcher(input).region(m.end(), input.length());
        if (percent.lookingAt()) {
            return new Candidate(m.start(), percent.end(), value, value, value, "percent", false, m.group(7) != null);
        }
        return new Candidate(m.start(), m.end(), value, value, value, null, false, m.group(7) != null);
    }

    /** The value of a spelled number's words before its scale: "five", "twenty-five"; null for "one-two punch". */
    private static Double spelledBase(Matcher m, String word) {
        Double base = NumberWords.UNITS.get(word);
        if (m.group(2) == null) {
            return base;
        }
        if (base == null || base < 20 || base % 10 != 0) {
            return null; // "one-two punch": not a compound number
        }
        return base + NumberWords.UNITS.get(m.group(2).toLowerCase(Locale.ROOT)); // "twenty-five"
    }

    /**
     * Whether a spelled number counts nothing: "one" as a pronoun or in "one day", "a" without a scale,
     * "a dozen" as the measure of a price ("64.2 cents a dozen").
     */
    private static boolean noSpelledCount(Matcher m, String input, String word) {
        String after = NearbyWords.after(input, m).stripLeading().toLowerCase(Locale.ROOT);
        String lead = NearbyWords.before(input, m);
        if (word.equals("one") && m.group(3) == null && (after.startsWith("another") || after.startsWith("day")
                || after.startsWith("by one") || after.startsWith("after the other") || after.startsWith("after another")
                || lead.toLowerCase(Locale.ROOT).endsWith("one by ") || STARTS_DIGIT.matcher(after).matches()
                || ONE_PRONOUN.matcher(lead).find() && !(after.startsWith("of ") && THAT_BEFORE.matcher(lead).find())
                || m.group(1).equals("One") && AFTER_NAME.matcher(lead).matches()
                || ONE_GENERIC_AFTER.matcher(after).find()
                || ONE_AFTER_ADJECTIVE.matcher(lead).find() && ONE_PRONOUN_AFTER.matcher(after).find()
                || after.startsWith("that ") && ONE_THAT_BEFORE.matcher(lead).find()
                || !after.startsWith("of ") && ONE_GENERIC_BEFORE.matcher(lead).find())) {
            return true; // "no one", "each one", "the same one", "one another", "one day", "just one 52,000-barrel
                         // refinery", "BBC One", "one's", "one can", "does one", "one by one": not counts ("one of
                         // the people" is one, as NewsQuant counts), "one after the other", "the current one."; not
                         // with a scale after it: "some one million hectares" is a million
        }
        if (!after.startsWith("-") && BIG_NAME_BEFORE.matcher(lead).find()) {
            return true; // "the big ten school", "the big five news organizations": a name, lower-cased
        }
        if (capitalisedWord(m.group(1)) && IN_NAME_BEFORE.matcher(lead).find()) {
            return true; // "the Group of Seven", "the Four Seasons", "the Big Ten": a capital mid-sentence makes a name
        }
        if (RANK_BEFORE.matcher(lead).find()) {
            return true; // "the number one engine", "the no. two official": a rank, not a count
        }
        if (NumberTraps.namedSeries(lead)) {
            return true; // "an xbox one", "apollo eleven": part of a product's or mission's name
        }
        if (word.equals("a") && m.group(3) == null) {
            return true;
        }
        String unitBefore = NearbyWords.lastWord(lead).toLowerCase(Locale.ROOT);
        return word.equals("a dozen") && unitBefore.length() > 1 && UnitNames.known(unitBefore) != null;
    }
}
