package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Span;

/**
 * Extracts the quantities of one sentence with the rules of {@link QuantityRules}: digits with
 * separators, decimals, signs and scales ("2.5 million", "$13.6M", "minus-130"), spelled numbers
 * ("two", "a dozen", "a million"), vague plurals as NewsQuant's ranges ("hundreds of" is 100 to
 * 1,000), ranges ("5-10W", "between 5% and 6%", "$2 to $4 billion", "from 21 mpg to 23") and shares
 * ("two-thirds of", "one out of three"); the modifier before it sets the interval ({@link #interval})
 * and a change verb the change label ("rose 3%", "increased by 2 percent", "+0.2%"); the head of the
 * noun phrase after it is the unit or counted thing ("22 pro-Ankara Syrian rebels" counts rebels;
 * "another 2,500" inherits the previous one's), normalised by {@link UnitNames} ("87 mph" is
 * {@code mile per hour}, "$10 per gram" {@code dollar per gram}); the nearest cue word gives the
 * concept. Years, times, dates, scores, phone numbers, identifiers ("Section 427", "iPhone 11",
 * "S&P 500"), page furniture and numbers inside words or links are not quantities (the traps corpus
 * {@code facts/quantity-traps.txt} in the tests). Immutable and thread-safe.
 */
public final class QuantityExtractor {

    private static final Pattern WINDOW = Pattern.compile(
            "(?i)\\b(past|last) (24|48|\\d+) hours\\b|\\bovernight\\b|\\b(yesterday|today)\\b"
                    + "|\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /** Words before "one" that make it a pronoun. */
    private static final Pattern ONE_PRONOUN = Pattern.compile(
            "(?i)\\b(?:no|each|every|any|the|the same|this|that|which|another|someone|some) $");

    /** "five per cent": a spelled number followed by percent. */
    private static final Pattern SPELLED_PERCENT = Pattern.compile("\\s?(?:%|percent\\b|per cent\\b)");

    /** A cheap test before the spelled-fraction scan. */
    private static final Pattern FRACTION_WORD = Pattern.compile("(?:alf|hird|uarter|ifth|enth)s? of ");

    /** Words before a bare fraction word that make it the name of a part. */
    private static final Pattern PART_NAME = Pattern.compile(
            "(?i)\\b(?:the|final|first|last|second|top|bottom|upper|lower|opening|closing)\\s+$");

    /** What stands between a share and its counted thing: "of the" in "two-thirds of the voters". */
    private static final Pattern SHARE_OF = Pattern.compile("\\s+(?:of\\s+)?(?:(?:the|a|an)\\s+)?");

    /** How far after a number its unit and counted phrase are looked for, in characters. */
    private static final int LOOK_AHEAD = 120;

    // Patterns of the rules below, compiled once: extraction runs on every sentence.
    private static final Pattern CURRENCY_SIGN = Pattern.compile(QuantityRules.CURRENCY_BEFORE + "\\s?\\d");
    private static final Pattern SLASH_PER = Pattern.compile("/(\\p{L}+)\\b");
    private static final Pattern DIGIT_IN = Pattern.compile("\\d");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern ONE_OF_THE = Pattern.compile("^\\s+of (?:the|its|their|his|her) ((?:[\\p{L}\\-]+ ){0,2}[\\p{L}\\-]+s)\\b");
    private static final Pattern NUMBER_OF = Pattern.compile("^\\s+(?:the\\s+)?(?:overall\\s+|total\\s+)?number of (\\w+)");
    private static final Pattern OF_ITS = Pattern.compile("^\\s+of (?:its|their|the|his|her|aleppo's )?\\s*(?:\\p{L}+ )?(\\w+s)\\b");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern GAP_AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern GAP_TO = Pattern.compile("\\s*(?:to|-|–)\\s*");
    private static final Pattern GAP_TO_OR = Pattern.compile("\\s+(?:to|or)\\s+");
    private static final Pattern GAP_FROM_TO = Pattern.compile("\\s+(?:[^,;()]{1,40}\\s)?to\\s+");
    private static final Pattern STARTS_DIGIT = Pattern.compile("^\\d.*");
    private static final Pattern AFTER_NAME = Pattern.compile(".*\\p{Lu}\\p{L}* $");
    private static final Pattern GAP_CONVERSION = Pattern.compile("(?:\\s+[\\p{L}°.]+){0,3}\\s*[(/]\\s*(?:US\\s?)?");
    private static final Pattern GAP_WORD_TO = Pattern.compile("\\s+(?:\\p{L}+\\s+)?to\\s+");
    /** A currency sign written after the number, as in much of Europe: "15 €", "10 $". */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("[$€£¥₹₩₽]");
    private static final Pattern UNIT_LETTER = Pattern.compile("[BCFVW″\"°]");
    private static final Pattern ENDS_PUNCT_DOT = Pattern.compile(".*[,;:).]$");
    private static final Pattern STARTS_WORD = Pattern.compile("\\s+(?:of\\s+)?\\p{L}.*");
    private static final Pattern VERB_FORM = Pattern.compile(".*(?:ing|ed|ly)");
    private static final Pattern ENDS_PUNCT = Pattern.compile(".*[,;:)]$");
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?:earlier|ago|later|before|after)\\W*");
    private static final Pattern ENDS_PUNCT_ANY = Pattern.compile(".*[,.;:)]$");
    private static final Pattern OF_OTHERS = Pattern.compile("^\\s+of others\\b.*");
    private static final Pattern NON_DIGIT = Pattern.compile("\\D");
    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");
    /** Punctuation that ends a word before its unit is read; a hyphen before a space too ("287 miles- and"). */
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[,.;:)!?-]+$");
    private static final Pattern NON_LETTER_HYPHEN = Pattern.compile("[^\\p{L}\\-]");
    /** "U.S.", "u.k." (the text is lower-cased where the head noun is read). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.){2,}");
    private static final Pattern TRAILING_HYPHEN = Pattern.compile("-+$");
    private static final Pattern NON_LETTER_DOT = Pattern.compile("[^\\p{L}.]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HYPHEN_UNIT = Pattern.compile("-(\\p{Ll}+(?:-old)?)\\b");
    /** A number after a name and a comma that is no apposition ("In Texas, 5 people", not "Senard, 65, now"). */
    private static boolean clauseAfterName(String before, String after) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        return end > 0 && before.charAt(end - 1) == ',' && !APPOSITION_END.matcher(after).lookingAt();
    }

    /** What ends an apposition after a name: "Senard, 65, now leads" (an age), "Maddon, 66)". */
    private static final Pattern APPOSITION_END = Pattern.compile("\\s*(?:[,;:)]|$)");
    /** A street address after a house number: "9 E 71st St", "12 W. Main Street". */
    private static final Pattern COMPASS = Pattern.compile("[NSEW]\\.?");
    private static final Pattern STREET_NAME = Pattern.compile("\\s+(?:\\p{Lu}\\p{Ll}+\\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave"
            + "|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Square|Court|Terrace|Crescent)\\b"
            + "|\\s+(?:Ave|Avenue|Rue|Via|Calle|Boulevard|Blvd)\\.?\\s+(?:\\p{Lu}|de |del |des |du |di )"); // "22 Ave Foch", "5 Rue de Rivoli"
    private static final Pattern STREET = Pattern.compile("\\d+(?:st|nd|rd|th)\\b.*|\\p{Lu}\\p{Ll}+\\b.*");
    /** A wire service's currency quote code after a price: "at $1.1396 EUR=", "108.79 JPY=". */
    private static final Pattern RIC = Pattern.compile("\\s+(EUR|GBP|JPY|CHF|AUD|CAD|CNY)=");
    /**
     * A plural noun after a number glued to "m" makes the m a million: "1.5m words", "2.3m people" (not a unit: "37m
     * deep", "the 100m final"), but not the plurals of track events ("the 400m hurdles").
     */
    private static final Pattern MILLION_OF = Pattern.compile("\\s+(?:people|(?!(?:hurdles|races|heats|sprints|relays|events"
            + "|finals|runners|swimmers|laps)\\b)\\p{Ll}{3,}[^s\\W]s)\\b"); // "the 400m hurdles" are metres
    /** "a pick or two": the noun a small number after "or" counts. */
    private static final Pattern OR_TWO = Pattern.compile("\\b(?:a|an|another|one) ([a-z]{3,}) or $");
    private static final Pattern OF_NEXT = Pattern.compile(
            "\\s+(?:out\\s+)?of\\s+(?:(?:the|a|an|its|their|his|her|our)\\s+)?(?:(?:last|first|next|past|top)\\s+)?");

    /** Three or more groups of digits joined by spaces, dots or dashes: phone numbers and dotted dates. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.,])\\+?\\(?\\d{2,4}\\)?(?:[\\s.\\-]\\(?\\d{2,4}\\)?){2,}(?![\\w,]|\\.\\d)");

    /** Page furniture: "Page 1 of 3", "Comments (0)". */
    private static final Pattern FURNITURE_BEFORE = Pattern.compile(
            "(?:\\b(?i:page|part|step|slide|photo|image|picture|episode|chapter) \\d+ of|\\b\\p{Lu}\\p{L}* \\()\\s*$");

    /** Whether counted things are named with the POS tagger and lemmatizer ({@link CountedPhrase}). */
    private final boolean tagged;

    /** An extractor that names counted things as NewsQuant does, with OpenNLP's tagger where rules cannot. */
    public QuantityExtractor() {
        this(true);
    }

    private QuantityExtractor(boolean tagged) {
        this.tagged = tagged;
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
        if (digits > 2 && (sentence.indexOf('×') >= 0 || sentence.indexOf('^') >= 0 || sentence.contains("x 10")
                || sentence.contains("x10") || sentence.indexOf('·') >= 0 || sentence.contains("*10") || sentence.contains("* 10"))) {
            collect(QuantityRules.SCIENTIFIC, sentence, candidates, QuantityExtractor::scientific);
        }
        if (digits > 1 && (sentence.indexOf('/') >= 0 || sentence.indexOf('⁄') >= 0) || sentence.contains(" out of ")) {
            collect(QuantityRules.FRACTION, sentence, candidates, QuantityExtractor::fraction);
        }
        if (digits > 1 && sentence.indexOf('/') >= 0 || vulgar) {
            collect(QuantityRules.MIXED_FRACTION, sentence, candidates, QuantityExtractor::mixedFraction);
        }
        if (dash && (sentence.contains("- ") || sentence.contains("-,"))) {
            collect(QuantityRules.SUSPENDED, sentence, candidates, QuantityExtractor::suspended);
        }
        if (dash && digits > 1) {
            if (sentence.contains("%-") || sentence.contains("m-") || sentence.contains("n-") || sentence.contains("k-")
                    || sentence.contains("b-") || sentence.contains("% -") || sentence.contains("m -")) {
                collect(QuantityRules.SCALED_RANGE, sentence, candidates, QuantityExtractor::scaledRange); // "$2m-$3m"
            }
            collect(QuantityRules.DASH_RANGE, sentence, candidates, QuantityExtractor::dashRange);
        }
        if (digits > 0) {
            collect(QuantityRules.NUMBER, sentence, candidates, QuantityExtractor::numeric);
            if (sentence.contains("sub-")) {
                collect(QuantityRules.SUB_NUMBER, sentence, candidates, QuantityExtractor::numeric);
            }
        }
        collect(QuantityRules.VAGUE, sentence, candidates, (m, text) -> vague(m));
        if (sentence.contains(" of ") && FRACTION_WORD.matcher(sentence).find()) {
            collect(QuantityRules.SPELLED_FRACTION, sentence, candidates, QuantityExtractor::fraction);
        }
        if (sentence.contains("alf ") || sentence.contains("uarter")) {
            if (sentence.contains("illion") || sentence.contains("thousand") || sentence.contains("dozen")) {
                collect(QuantityRules.FRACTION_SCALE, sentence, candidates, QuantityExtractor::fractionOfScale);
            }
            collect(QuantityRules.FRACTION_UNIT, sentence, candidates, QuantityExtractor::fractionOfUnit);
        }
        collect(QuantityRules.SPELLED, sentence, candidates, QuantityExtractor::spelled);
        candidates.sort(Comparator.comparingInt(c -> c.start));
        Matcher phone = PHONE.matcher(sentence);
        while (digits >= 8 && phone.find()) {
            if (NON_DIGIT.matcher(phone.group()).replaceAll("").length() >= 8) {
                int from = phone.start();
                int to = phone.end();
                candidates.removeIf(c -> c.start < to && from < c.end); // "+44 20 7946 0958", "12.11.2016"
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates = joinRanges(sentence, candidates);
        boolean partial = WINDOW.matcher(sentence).find();
        List<Quantity> quantities = new ArrayList<>();
        String previousUnit = "-";
        Quantity previous = null;
        List<Cue> cues = candidates.isEmpty() ? List.of() : cues(sentence);
        for (Candidate c : candidates) {
            Quantity q = complete(sentence, c, previousUnit, partial, previous, cues);
            quantities.add(q);
            previous = q;
            if (!QuantityRules.TIME_UNITS.contains(q.unit())) {
                previousUnit = q.unit();
            }
        }
        for (int i = quantities.size() - 2; i >= 0; i--) {
            Quantity q = quantities.get(i);
            Quantity next = quantities.get(i + 1);
            if (q.unitName().equals("-") && !next.unitName().equals("-") && !next.unit().equals("share")
                    && q.span().end() <= next.span().start()
                    && OF_NEXT.matcher(sentence.substring(q.span().end(), next.span().start())).matches()) {
                // "raised 280 million of the 1.5 billion shekels", "won 11 of its last 12 games": the part counts
                // what the whole counts
                quantities.set(i, new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.change(), next.unit(),
                        q.concept(), q.partial(), q.range(), next.unitName()));
            }
        }
        inheritParallelUnits(sentence, quantities);
        inheritSuspendedUnits(sentence, quantities);
        return quantities;
    }

    /**
     * A number before a suspended hyphen takes the unit of the hyphenated number that ends the list: "four-, five-
     * and six-cylinder engines" are three counts of cylinders, "10- or 12-inch screens" two sizes in inches.
     */
    private static void inheritSuspendedUnits(String sentence, List<Quantity> quantities) {
        for (int i = quantities.size() - 2; i >= 0; i--) {
            Quantity q = quantities.get(i);
            int end = q.span().end();
            if (end + 1 >= sentence.length() || sentence.charAt(end) != '-' || Character.isLetterOrDigit(sentence.charAt(end + 1))
                    || q.range()) {
                continue;
            }
            Quantity next = quantities.get(i + 1);
            int nextEnd = next.span().end();
            boolean hyphened = next.text().indexOf('-') > 0 || nextEnd < sentence.length() && sentence.charAt(nextEnd) == '-';
            if (next.span().start() - end < 40 && !next.unitName().equals("-") && hyphened) {
                quantities.set(i, new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.change(), next.unit(),
                        q.concept(), q.partial(), q.range(), next.unitName()));
            }
        }
    }

    /** Prepositions whose repeats make two numbers parallel: "by 2 percent ... by 1", "at 1,463 points ... at 1,334". */
    private static final java.util.Set<String> PARALLEL = java.util.Set.of("by", "at");

    /**
     * A bare number after "by" or "at" takes the unit of an earlier number after the same preposition, as a
     * reader does: "the DAX increased by 2 percent but the Nasdaq fell by 1." is 1 percent.
     */
    private static void inheritParallelUnits(String sentence, List<Quantity> quantities) {
        for (int i = 1; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (!q.unitName().equals("-") || q.range()) {
                continue;
            }
            String preposition = wordBefore(sentence, q.span().start());
            if (!PARALLEL.contains(preposition)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Quantity p = quantities.get(j);
                String before = wordBefore(sentence, p.span().start());
                boolean sign = CURRENCY_SIGN.matcher(p.text()).find(); // "$1.14", "Y=590": writers repeat these, so a bare number has none
                if (before.equals(preposition) && !sign && !p.unitName().equals("-") && !p.unit().equals("share") && !p.range()) {
                    quantities.set(i, new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.change(), p.unit(),
                            q.concept(), q.partial(), q.range(), p.unitName()));
                    break;
                }
            }
        }
    }

    /**
     * A number found in the text before its modifier and noun are read.
     *
     * @param unit the unit written with the number (currency, percent, glued "GB"), else null
     * @param scaled whether a scale word or suffix multiplied it ("2.5 million", "$13.6M")
     */
    private record Candidate(int start, int end, double value, double low, double high, String unit, boolean range,
            boolean scaled) {

        Candidate(int start, int end, double value, double low, double high, String unit) {
            this(start, end, value, low, high, unit, false, false);
        }
    }

    private interface Reader {
        Candidate read(Matcher matcher, String text);
    }

    private static void collect(Pattern pattern, String text, List<Candidate> out, Reader reader) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Candidate candidate = reader.read(matcher, text);
            if (candidate != null && out.stream().noneMatch(c -> c.start < candidate.end && candidate.start < c.end)) {
                out.add(candidate);
            }
        }
    }

    private static Candidate numeric(Matcher m, String input) {
        String sign = m.group(1);
        String currency = m.group(2);
        String digits = m.group(3).replace(",", "");
        double value = Double.parseDouble(m.group(4) == null ? digits : digits + "." + m.group(4));
        String gluedScale = m.group(5);
        String gluedUnit = m.group(6) != null ? m.group(6) : m.group(7);
        String scale = m.group(9);
        if ("m".equals(gluedScale) && currency == null && !MILLION_OF.matcher(after(input, m)).lookingAt()) {
            gluedUnit = "m"; // "37m (121ft)", "the 100m final": metres; "$2.7m", "USD10m", "1.5m words": million
            gluedScale = null;
        }
        if (gluedUnit != null && (gluedUnit.equalsIgnoreCase("am") || gluedUnit.equalsIgnoreCase("pm"))) {
            return null; // "at 10.45pm", "5am": times
        }
        if (gluedUnit != null && gluedUnit.equals("s") && m.group(4) == null) {
            return null; // "the 1990s", "2018s best", "Channel 5s": decades and plurals of names
        }
        if (gluedUnit != null && (gluedUnit.equals("ers") || gluedUnit.equals("D"))) {
            return null; // "the 49ers", "a 3D film": names
        }
        if ("F".equals(gluedUnit)) {
            gluedUnit = "°F"; // "40.3C (104.5F)": glued to the number, F is Fahrenheit; "2.5 F" apart stays farad
        }
        if (m.group(8) != null) {
            value *= NumberWords.SCALES.get(m.group(8).toLowerCase(Locale.ROOT)); // "4 hundred million"
        }
        for (String s : new String[] {gluedScale, scale}) {
            if (s != null) {
                value *= NumberWords.SCALES.get(s.toLowerCase(Locale.ROOT));
            }
        }
        if (sign != null && !sign.equals("+")) {
            value = -value; // "minus-130 degrees", "minus 387 Fahrenheit"
        }
        String text = m.group().strip();
        if ("plus".equals(gluedUnit) && text.endsWith("-plus")) {
            text = text.substring(0, text.length() - 5); // "1,000-plus jobs": read as "1 million-plus" is, below
            gluedUnit = null;
        }
        boolean bare = currency == null && gluedScale == null && gluedUnit == null && scale == null && m.group(10) == null
                && m.group(4) == null && !m.group(3).contains(",");
        if (bare && isTrap(m.group(3), value, before(input, m), after(input, m))) {
            return null;
        }
        if (m.group(3).isEmpty() && m.group(4) == null) {
            return null;
        }
        String unit = m.group(10) != null ? "percent" : currency != null ? currency(currency)
                : gluedUnit;
        int start = m.start() + (m.group().length() - m.group().stripLeading().length());
        return new Candidate(start, start + text.length(), value, value, value, unit, false,
                gluedScale != null || scale != null);
    }

    /** "$2m-$3m" is 2 to 3 million dollars, "10%-15%" a range of percentages, "2m-3m" (no currency) metres. */
    private static Candidate scaledRange(Matcher m, String input) {
        String currency = m.group(1);
        String scale = m.group(3);
        if (!scale.equals(m.group(5))) {
            return null;
        }
        double low = Double.parseDouble(m.group(2).replace(",", ""));
        double high = Double.parseDouble(m.group(4).replace(",", ""));
        String unit;
        if (scale.equals("%")) {
            unit = "percent";
        } else if (scale.equals("m") && currency == null) {
            unit = "m";
        } else {
            double factor = NumberWords.SCALES.get(scale);
            low *= factor;
            high *= factor;
            unit = currency == null ? null : currency(currency);
        }
        return new Candidate(m.start(), m.end(), low, low, high, unit, true, !scale.equals("%") && !"m".equals(unit));
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

    /** Unicode fractions: "2½", "¾ cup". */
    private static final Map<Character, Double> VULGAR = Map.of('½', 0.5, '¼', 0.25, '¾', 0.75, '⅓', 1 / 3.0,
            '⅔', 2 / 3.0, '⅛', 0.125, '⅜', 0.375, '⅝', 0.625, '⅞', 0.875);

    /**
     * "10 1/2 miles" is 10.5, "101 1/4" 101.25, "2½ years" 2.5; a bare fraction only before a unit ("a 1/4 mile",
     * "1/2 cup"), since "1/2" alone may be a date.
     */
    private static Candidate mixedFraction(Matcher m, String input) {
        double value;
        if (m.group(5) != null) {
            value = (m.group(4) == null ? 0 : Double.parseDouble(m.group(4))) + VULGAR.get(m.group(5).charAt(0));
        } else {
            double numerator = Double.parseDouble(m.group(2));
            double denominator = Double.parseDouble(m.group(3));
            if (numerator == 0 || numerator >= denominator) {
                return null;
            }
            if (m.group(1) == null) {
                String next = TRAILING_PUNCT.matcher(firstWord(after(input, m))).replaceAll("");
                boolean unit = next.length() > 1 && UnitNames.known(next) != null || after(input, m).stripLeading().startsWith("%");
                if (!unit) {
                    return null;
                }
            }
            value = (m.group(1) == null ? 0 : Double.parseDouble(m.group(1))) + numerator / denominator;
        }
        Matcher percent = SPELLED_PERCENT.matcher(input).region(m.end(), input.length());
        if (percent.lookingAt()) {
            return new Candidate(m.start(), percent.end(), value, value, value, "percent"); // "7 3/4 %"
        }
        return new Candidate(m.start(), m.end(), value, value, value, null);
    }

    /** "four-" of "four-, five- and six-cylinder": the number; its unit comes from the last one. */
    private static Candidate suspended(Matcher m, String input) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Double value = Character.isDigit(word.charAt(0)) ? Double.valueOf(word) : NumberWords.UNITS.get(word);
        return value == null ? null : new Candidate(m.start(), m.end() - 1, value, value, value, null);
    }

    /** "half a percentage point" is 0.5 percentage point, "half an hour" 0.5 hour; only before a known unit. */
    private static Candidate fractionOfUnit(Matcher m, String input) {
        String[] next = SPACES.split(input.substring(m.end(), Math.min(input.length(), m.end() + 40)).strip(), 3);
        String one = TRAILING_PUNCT.matcher(next[0]).replaceAll("");
        String two = next.length > 1 ? one + " " + TRAILING_PUNCT.matcher(next[1]).replaceAll("") : one;
        boolean unit = one.length() > 1 && UnitNames.known(one) != null || UnitNames.known(two) != null;
        if (!unit) {
            return null; // "half a loaf", "a quarter a century"
        }
        String part = m.group(1).toLowerCase(Locale.ROOT);
        double value = part.equals("half") ? 0.5 : part.startsWith("three") ? 0.75 : 0.25;
        return new Candidate(m.start(), m.end(), value, value, value, null);
    }

    /** "half a million" is 500,000, "a quarter million" 250,000, "three quarters of a billion" 750 million. */
    private static Candidate fractionOfScale(Matcher m, String input) {
        String part = m.group(1).toLowerCase(Locale.ROOT);
        double share = part.equals("half") ? 0.5 : part.startsWith("three") ? 0.75 : 0.25;
        double value = share * NumberWords.SCALES.get(m.group(2).toLowerCase(Locale.ROOT));
        return new Candidate(m.start(), m.end(), value, value, value, null, false, true);
    }

    /**
     * "5-10W", "15-22 miles per hour", "200,000-260,000 year-old": a range when a unit, scale, currency
     * or counted noun comes with it; otherwise (scores "2-2", "2-0 down", years "2014-2017", addresses
     * "16-18 Industrial Avenue") nothing.
     */
    private static Candidate dashRange(Matcher m, String input) {
        double low = Double.parseDouble(m.group(2).replace(",", "") + (m.group(3) == null ? "" : "." + m.group(3)));
        double high = Double.parseDouble(m.group(4).replace(",", "") + (m.group(5) == null ? "" : "." + m.group(5)));
        String gluedScale = m.group(6);
        String gluedUnit = m.group(7) != null ? m.group(7) : m.group(8);
        String scale = m.group(9);
        if ("m".equals(gluedScale) && m.group(1) == null) {
            gluedUnit = "m";
            gluedScale = null;
        }
        double factor = 1;
        for (String s : new String[] {gluedScale, scale}) {
            if (s != null) {
                factor *= NumberWords.SCALES.get(s.toLowerCase(Locale.ROOT));
            }
        }
        String unit = m.group(10) != null ? "percent" : m.group(1) != null ? currency(m.group(1))
                : gluedUnit;
        if (low >= 1000 && low <= 2100 && high >= 1000 && high <= 2100 && m.group(3) == null && m.group(5) == null) {
            return null; // "2014-2017"
        }
        if (unit == null && factor == 1) {
            String next = firstWord(after(input, m)).toLowerCase(Locale.ROOT);
            boolean counted = UnitNames.known(next) != null && next.length() > 1
                    || next.length() > 3 && next.endsWith("s") && !QuantityRules.PHRASE_STOPS.contains(next);
            if (!counted || !Character.isLowerCase(firstWord(after(input, m)).isEmpty() ? 'X'
                    : firstWord(after(input, m)).charAt(0))) {
                return null;
            }
        }
        return new Candidate(m.start(), m.end(), low * factor, low * factor, high * factor, unit, true, factor != 1);
    }

    /**
     * Joins two numbers into a range: "between 5% and 6%", "from 4.8 to 4.7 percent", "15 to 22 miles",
     * "$89 to $93 billion" (the scale of the second applies to the first), "three or four years",
     * "from 208 pounds to 193". Not when the first has a unit of its own that the second lacks or
     * differs from ("rose 3% to 1,200 points").
     */
    private static List<Candidate> joinRanges(String sentence, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate a = candidates.get(i);
            if (i + 1 < candidates.size() && !a.range) {
                Candidate b = candidates.get(i + 1);
                String gap = sentence.substring(a.end, b.start).toLowerCase(Locale.ROOT);
                String lead = sentence.substring(0, a.start).toLowerCase(Locale.ROOT).stripTrailing();
                boolean between = GAP_AND.matcher(gap).matches() && lead.endsWith("between");
                boolean to = GAP_TO.matcher(gap).matches() || GAP_TO_OR.matcher(gap).matches() && !lead.endsWith(" up");
                boolean unitTo = lead.endsWith("from") && GAP_FROM_TO.matcher(gap).matches(); // "from 21 mpg combined to 23"
                boolean sameUnit = a.unit == null || a.unit.equals(b.unit) || unitTo;
                boolean amount = a.unit != null && (lead.endsWith(" by") || changeVerb(lead) != null); // "increased by $43.6 billion to $419.2 billion"
                if (!b.range && !amount && (between || to || unitTo) && sameUnit && (a.unit == null || b.unit != null || unitTo)) {
                    double low = a.value;
                    if (!a.scaled && b.scaled && a.value < rawValue(sentence, b)) {
                        low = a.value * (b.value / rawValue(sentence, b)); // "$89 to $93 billion", "1 to 2 thousand"
                    }
                    String unit = b.unit != null ? b.unit : a.unit;
                    if (unit == null && unitTo) {
                        unit = knownUnitAt(gap); // "from 208 pounds to 193", "from 20 miles per gallon in 2008 to 29"
                    }
                    out.add(new Candidate(a.start, b.end, low, low, b.value, unit, true, b.scaled));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The known unit that the text starts with, up to three words ("miles per gallon in 2008" gives "miles per gallon"), or null. */
    private static String knownUnitAt(String text) {
        String[] words = SPACES.split(text.strip());
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
        Matcher digits = DIGITS.matcher(sentence.substring(c.start, c.end));
        if (digits.find()) {
            double raw = Double.parseDouble(digits.group().replace(",", ""));
            return raw == 0 ? c.value : raw;
        }
        Matcher word = QuantityRules.SPELLED.matcher(sentence.substring(c.start, c.end));
        return word.find() && NumberWords.UNITS.containsKey(word.group(1).toLowerCase(Locale.ROOT))
                ? NumberWords.UNITS.get(word.group(1).toLowerCase(Locale.ROOT)) : c.value;
    }

    /**
     * A share: "1/16 of a pint", "one out of three Germans", "two-thirds of", "half of": the ratio,
     * with the unit {@code share} (the brief never counts it as a number of things).
     */
    private static Candidate fraction(Matcher m, String input) {
        boolean outOf = m.groupCount() == 4 && m.group(3) != null;
        String top = outOf ? m.group(3) : m.group(1);
        Double numerator = top == null ? Double.valueOf(1) : numberWord(top);
        Double denominator = numberWord(outOf ? m.group(4) : m.group(2));
        if (numerator == null || denominator == null || denominator == 0 || numerator >= denominator) {
            return null;
        }
        if (top == null && PART_NAME.matcher(before(input, m)).find()) {
            return null; // "the final third of the pitch", "the first half of the year": a part, not a share
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

    private static Candidate vague(Matcher m) {
        double[] range = NumberWords.VAGUE.get(m.group(1).toLowerCase(Locale.ROOT));
        return new Candidate(m.start(), m.end(1), range[0], range[0], range[1], null, true, false);
    }

    private static Candidate spelled(Matcher m, String input) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Double base = NumberWords.UNITS.get(word);
        if (m.group(2) != null) {
            if (base == null || base < 20 || base % 10 != 0) {
                return null; // "one-two punch": not a compound number
            }
            base += NumberWords.UNITS.get(m.group(2).toLowerCase(Locale.ROOT)); // "twenty-five"
        }
        String hyphenUnit = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT);
        if (base == null || hyphenUnit != null && (QuantityRules.HYPHEN_IDIOMS.contains(hyphenUnit)
                || NumberWords.UNITS.containsKey(hyphenUnit) || NumberWords.FRACTIONS.containsKey(hyphenUnit)
                || NumberWords.SCALES.containsKey(hyphenUnit))) {
            return null; // "a one-time gain", "two-thirds majority": idioms and number words, not units
        }
        double value = base * (m.group(3) == null ? 1 : NumberWords.SCALES.get(m.group(3).toLowerCase(Locale.ROOT)));
        String after = after(input, m).stripLeading().toLowerCase(Locale.ROOT);
        String lead = before(input, m);
        if (word.equals("one") && (after.startsWith("another") || after.startsWith("day") || STARTS_DIGIT.matcher(after).matches()
                || ONE_PRONOUN.matcher(lead).find() || m.group(1).equals("One") && AFTER_NAME.matcher(lead).matches())) {
            return null; // "no one", "each one", "the same one", "one another", "one day", "just one 52,000-barrel
                         // refinery", "BBC One": not counts ("one of the people" is one, as NewsQuant counts)
        }
        if (word.equals("a") && m.group(3) == null) {
            return null;
        }
        String unitBefore = lastWord(lead).toLowerCase(Locale.ROOT);
        if (word.equals("a dozen") && unitBefore.length() > 1 && UnitNames.known(unitBefore) != null) {
            return null; // "64.2 cents a dozen": a price per dozen, not twelve of something
        }
        Matcher percent = SPELLED_PERCENT.matcher(input).region(m.end(), input.length());
        if (percent.lookingAt()) {
            return new Candidate(m.start(), percent.end(), value, value, value, "percent", false, m.group(3) != null);
        }
        return new Candidate(m.start(), m.end(), value, value, value, hyphenUnit, false, m.group(3) != null);
    }

    /**
     * Plain integers that are years ("in 2016", "between 1600 and 1900" but not "1000 customers"),
     * days of a month, times, or identifiers after a capitalised word ("Big 12", "Game 2", "iPhone 11").
     */
    private static boolean isTrap(String digits, double value, String before, String after) {
        String prev = lastWord(before);
        String next = firstWord(after);
        String noun = TRAILING_DOTS.matcher(next).replaceAll("");
        boolean countNext = noun.length() > 3 && noun.endsWith("s") && Character.isLowerCase(noun.charAt(0))
                        && !QuantityRules.PHRASE_STOPS.contains(noun) // "since 2011 this year": "this" is no plural
                || !noun.isEmpty() && Character.isLowerCase(noun.charAt(0)) && UnitNames.known(noun) != null
                        && !QuantityRules.PHRASE_STOPS.contains(noun); // "1112 p" is not a year
        String[] nextTwo = SPACES.split(after.strip(), 3);
        boolean unitNext = !noun.isEmpty() && Character.isLowerCase(noun.charAt(0)) && (noun.length() > 1
                && UnitNames.known(noun) != null && !QuantityRules.PHRASE_STOPS.contains(noun) || nextTwo.length > 1
                && UnitNames.known(nextTwo[0] + " " + TRAILING_PUNCT.matcher(nextTwo[1]).replaceAll("")) != null);
        if (digits.length() == 4 && value >= 1000 && value <= 2200 && !countNext && !unitNext) {
            return true; // but "the 1520 sq m centre" is an area
        }
        String prevLower = prev.toLowerCase(Locale.ROOT);
        if (!prev.isEmpty() && Character.isUpperCase(prev.charAt(0)) && !before.strip().equals(prev)
                && !prev.endsWith(".") && modifierWord(prev) && !clauseAfterName(before, after) // "In Texas, 5 people died" counts
                && !(QuantityRules.PHRASE_STOPS.contains(prevLower) && before.endsWith(" " + prev + " ")) && !unitNext) { // "With 275 pound-feet", "MacBook Pro 16 inch": a function word or a unit makes it a measure
            return true; // "Game 2", "Big 12", and ages after names ("Senard, 65,"), which NewsQuant mostly leaves out
        }
        if (prev.length() > 1 && Character.isLowerCase(prev.charAt(0)) && !prev.equals(prev.toLowerCase(Locale.ROOT))
                && before.endsWith(prev + " ")) {
            return true; // "iPhone 11", "eBay 2": a camel-case name before a number names a model
        }
        if (nextTwo.length > 1 && COMPASS.matcher(nextTwo[0]).matches() && STREET.matcher(nextTwo[1]).matches()
                || next.equalsIgnoreCase("zip") || next.equalsIgnoreCase("postcode")
                || !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && STREET_NAME.matcher(after).lookingAt()) {
            return true; // "9 E 71st St", "the 90049 ZIP Code", "10 Downing Street": an address
        }
        if ((prevLower.equals("call") || prevLower.equals("dial")) && !countNext && !unitNext) {
            return true; // "call 911", "dial 999": a telephone number; "call 10 witnesses" counts
        }
        if (QuantityRules.MODEL_SUFFIXES.contains(TRAILING_PUNCT.matcher(next).replaceAll(""))) {
            return true; // "11 Pro Max", "737 Max jets": a model name
        }
        if (FURNITURE_BEFORE.matcher(before).find() && (!before.stripTrailing().endsWith("(") || after.startsWith(")"))) {
            return true;
        }
        if (QuantityRules.MONTHS.contains(prev.toLowerCase(Locale.ROOT).replace(".", ""))
                || QuantityRules.MONTHS.contains(next.toLowerCase(Locale.ROOT).replace(".", ""))) {
            return true;
        }
        if (!prev.isEmpty() && Character.isUpperCase(prev.charAt(0))
                && QuantityRules.IDENTIFIER_LABELS.contains(prev.toLowerCase(Locale.ROOT).replace(".", ""))) {
            return true;
        }
        if (QuantityRules.NAMED_SERIES.contains(lastWord(before.replace("&", "")).toLowerCase(Locale.ROOT))) {
            return true; // "the S&P 500", "FTSE 100", "a category 4 hurricane": part of a name
        }
        String lowerNext = next.toLowerCase(Locale.ROOT);
        String zone = TRAILING_DOTS.matcher(lowerNext).replaceAll("");
        return zone.equals("gmt") || zone.equals("utc") || zone.equals("edt") || zone.equals("est") || lowerNext.equals("a.m.") || lowerNext.equals("p.m.") || lowerNext.equals("am") || lowerNext.equals("pm")
                || lowerNext.equals("gmt") || lowerNext.equals("edt") || lowerNext.equals("est");
    }

    private Quantity complete(String sentence, Candidate c, String previousUnit, boolean partial, Quantity previous,
            List<Cue> cues) {
        String before = sentence.substring(0, c.start).toLowerCase(Locale.ROOT);
        Map.Entry<String, String> modifier = modifier(before);
        String change = modifier == null ? "=" : modifier.getValue();
        if (modifier == null && before.endsWith("~")) {
            change = "~"; // "~25 – 40min", "(~1lb)"
        }
        boolean sub = modifier == null && before.endsWith("sub-");
        if (sub) {
            change = "<"; // "sub-7 nanometer chips", "a sub-$100 phone": under the number
        }
        boolean plus = modifier == null && sentence.startsWith("-plus", c.end);
        if (plus) {
            change = ">"; // "1 million-plus visitors", "a 20-plus-year career": more than the number
        }
        String lead = modifier == null ? before : before.stripTrailing().substring(0,
                before.stripTrailing().length() - modifier.getKey().length());
        String changed = changeVerb(lead);
        if (changed != null) {
            change = changed; // "rose 0.65 per cent", "up nearly 57%", "increased by 2 percent"
        } else if (sentence.charAt(c.start) == '+') {
            change = "up"; // "Dow +0.2%"
        } else if (modifier == null && previous != null
                && GAP_CONVERSION.matcher(sentence.substring(previous.span().end(), c.start)).matches()) {
            change = previous.change(); // "just under 296 hp (224 kW / 300 PS)", "more than 7.5 million Danish
                                        // crowns (US $1.1 million)": a conversion keeps the bound
        }
        double[] interval = c.range ? new double[] {c.low, c.high} : interval(c, modifier == null
                ? sub ? "under" : plus ? "more than" : null : modifier.getKey());
        if (interval[0] > interval[1]) {
            interval = new double[] {interval[1], interval[0]}; // "from 4.8 to 4.7 percent"
        }
        int start = modifier == null ? c.start : c.start - modifier.getKey().length() - 1;
        String unit = c.unit != null ? c.unit.toLowerCase(Locale.ROOT)
                : unitAfter(sentence, sentence.startsWith("-plus", c.end) ? c.end + 5 : c.end, previousUnit, before);
        String name = unitName(sentence, c, unit, previous, before);
        if (name.equals("-") && previous != null && !previous.unitName().equals("-")
                && sentence.substring(0, previous.span().start()).endsWith("from ")
                && GAP_WORD_TO.matcher(sentence.substring(previous.span().end(), c.start)).matches()) {
            name = previous.unitName(); // "from 14-18 mpg to 24": the second end has the first's unit
        }
        if (name.equals("-") && (before.endsWith("aged ") || before.endsWith("aged between "))) {
            name = "year of age"; // "people aged 65 and over", "a man aged 45"
        }
        Matcher orTwo = !before.endsWith(" or ") ? null : OR_TWO.matcher(before).region(Math.max(0, before.length() - 30), before.length())
                .useTransparentBounds(true);
        if (name.equals("-") && c.value <= 3 && orTwo != null && orTwo.find() && !NumberWords.UNITS.containsKey(orTwo.group(1))) {
            name = UnitNames.normalize(orTwo.group(1)); // "another pick or two", "a day or two": two picks, two days
            unit = orTwo.group(1);
        }
        int end = c.end;
        String concept = QuantityRules.TIME_UNITS.contains(unit) ? "-" : concept(cues, c.start);
        return new Quantity(new Span(Math.max(0, start), end), sentence.substring(Math.max(0, start), end), c.value,
                interval[0], interval[1], change, unit, concept, partial, c.range, name);
    }

    /** "rose", "fell", "up", "down" right before the number, or before "by": the change it reports. */
    private static String changeVerb(String before) {
        String trimmed = before.stripTrailing();
        if (trimmed.endsWith(" by")) { // "increased by 2 percent", "grow sales by 35 per cent"
            String[] words = SPACES.split(trimmed.substring(0, trimmed.length() - 3).strip());
            for (int i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
                String w = NON_LETTER.matcher(words[i]).replaceAll("");
                if (QuantityRules.UP.contains(w) || QuantityRules.DOWN.contains(w)) {
                    return QuantityRules.UP.contains(w) ? "up" : "down";
                }
            }
            return null;
        }
        String verb = lastWord(trimmed);
        String particleOf = lastWord(trimmed.substring(0, trimmed.length() - verb.length()));
        if ((verb.equals("up") || verb.equals("down")) && PHRASAL.contains(particleOf)
                && !(verb.equals("down") && CLOSING.contains(particleOf))) {
            return null; // "gave up 517 rushing yards", "turned down 3 offers": phrasal verbs, not changes
        }
        return QuantityRules.UP.contains(verb) ? "up" : QuantityRules.DOWN.contains(verb) ? "down" : null;
    }

    /** Verbs that make "up" or "down" a particle rather than a change. */
    private static final java.util.Set<String> PHRASAL = java.util.Set.of("give", "gave", "given", "gives", "giving",
            "set", "sets", "put", "puts", "pick", "picked", "make", "made", "end", "ended", "turn", "turned", "shut",
            "break", "broke", "back", "backed", "sign", "signed", "step", "stepped", "take", "took", "taken");

    /**
     * Verbs of a market close: "ended up" is phrasal, but "the index ended down 1%" reports a fall, as
     * "closed down 2%" does.
     */
    private static final java.util.Set<String> CLOSING = java.util.Set.of("end", "ended", "ends", "ending");

    /**
     * The normalised unit ({@link UnitNames}): a unit written with the number or a known unit in the
     * next words ("15.9 degrees", "87 mph", "500 degrees celsius"), followed by "per"/"a" and what it
     * is per ("$10 per gram", "$3500 a month"); else the counted noun phrase ("50 different products");
     * "-" when none.
     */
    private String unitName(String sentence, Candidate c, String unit, Quantity previous, String before) {
        int from = sentence.startsWith("-plus", c.end) ? c.end + 5 : c.end; // "1 million-plus visitors"
        String rest = sentence.substring(from, Math.min(sentence.length(), from + LOOK_AHEAD));
        String name;
        int used = 0;
        String glued = c.unit == null && c.scaled ? gluedToScale(rest) : null;
        Matcher ric = RIC.matcher(rest);
        if (ric.lookingAt() && (c.unit == null || CURRENCY_SIGN.matcher(sentence.substring(c.start, c.end)).find())) {
            return UnitNames.normalize(ric.group(1)); // "$1.1396 EUR=", "108.79 JPY=": the wire's quote code names what is priced
        }
        if ("share".equals(c.unit)) {
            Matcher of = SHARE_OF.matcher(rest);
            CountedPhrase.Named phrase = of.lookingAt() ? CountedPhrase.name("of", rest.substring(of.end()), c.value, true, tagged, true) : null;
            if (phrase == null) {
                return "% -";
            }
            String named = countedName(phrase.name());
            return UnitNames.known(named) != null ? named : "% " + named; // "% German", but "1/16 of a US pint" is pint
        } else if (c.unit != null) {
            name = UnitNames.normalize(c.unit);
            String scale = name.equals("degree") ? UnitNames.known(TRAILING_PUNCT.matcher(firstWord(rest)).replaceAll("")) : null;
            if ("celsius".equals(scale) || "fahrenheit".equals(scale)) {
                name = scale; // "100° Celsius"
                used = 1;
            }
        } else if (glued != null) {
            return glued; // "a 1.8 billion-mile journey"
        } else {
            String[] words = SPACES.split(rest.strip());
            name = null;
            for (int n = Math.min(3, words.length); n >= 1 && name == null; n--) {
                String phrase = TRAILING_PUNCT.matcher(String.join(" ", java.util.Arrays.copyOf(words, n))).replaceAll("");
                String first = TRAILING_PUNCT.matcher(words[0]).replaceAll("");
                boolean letter = first.length() > 1 ? !QuantityRules.PHRASE_STOPS.contains(first.toLowerCase(Locale.ROOT))
                        : UNIT_LETTER.matcher(first).matches() || CURRENCY_AFTER.matcher(first).matches()
                                && (words.length == 1 || !DIGIT_IN.matcher(words[1]).lookingAt()); // "15 €", not "10 $ 30"
                boolean inside = false; // punctuation inside the phrase ends it: "5 km, miles" is not "km miles"
                for (int w = 0; w < n - 1; w++) {
                    inside |= ENDS_PUNCT_DOT.matcher(words[w]).matches();
                }
                if (letter && !inside && !phrase.isEmpty() && UnitNames.known(phrase) != null) {
                    name = UnitNames.known(phrase);
                    used = n;
                    if (name.equals("pound-mass") && c.scaled && !(n < words.length && words[n].equalsIgnoreCase("of"))) {
                        name = "pound sterling"; // "361 million pounds" is money; "2 million pounds of beef" a weight
                    }
                }
            }
            if (name == null) {
                boolean afterOf = c.range && rest.startsWith(" of ");
                CountedPhrase.Named phrase = countedPhrase(sentence.substring(c.start, c.end),
                        afterOf ? rest.substring(3) : rest, c.value, afterOf);
                if (phrase == null) {
                    boolean word = STARTS_WORD.matcher(rest).matches() && !VERB_FORM.matcher(unit).matches();
                    name = unit.equals("-") || !word && !unit.equals(previousUnitOf(previous)) ? "-" : UnitNames.normalize(unit);
                    if (!unit.equals("-") && previous != null && unit.equals(previous.unit()) && UnitNames.known(unit) == null) {
                        name = previous.unitName();
                    }
                    return name;
                }
                name = countedName(phrase.name());
                used = phrase.words();
                String premodifier = tagged && UnitNames.known(name) == null ? CountedPhrase.premodifier(
                        sentence.substring(Math.max(0, c.start - 40), c.start), sentence.substring(c.start, c.end)) : null;
                if (premodifier != null) {
                    name = premodifier + " " + name; // "the top three seeds": top seed
                }
            }
        }
        Matcher slash = SLASH_PER.matcher(rest);
        if (used == 0 && slash.lookingAt() && !name.equals("-")) {
            String what = slash.group(1).toLowerCase(Locale.ROOT);
            if (QuantityRules.TIME_UNITS.contains(what) || PER_THINGS.contains(what)
                    || what.length() > 1 && UnitNames.known(what) != null) {
                return name + " per " + UnitNames.normalize(what); // "$9.99/month", "£5/kg"
            }
        }
        String[] words = SPACES.split(rest.strip());
        boolean converted = false;
        if (used < words.length && words[used].startsWith("(") && DIGIT_IN.matcher(words[used]).find()) {
            for (int k = used; k < Math.min(words.length, used + 4); k++) {
                if (words[k].endsWith(")")) {
                    used = k + 1; // "9 billion shekels ($2.4 billion) a year": the conversion is passed over
                    converted = true;
                    break;
                }
            }
        }
        if (used > 0 && used + 3 < words.length && words[used].equals("of") && UnitNames.known(name) != null
                && !ENDS_PUNCT.matcher(words[used - 1]).matches()) {
            for (int k = used + 2; k < Math.min(words.length - 1, used + 5); k++) {
                String period = TRAILING_PUNCT.matcher(words[k + 1].toLowerCase(Locale.ROOT)).replaceAll("");
                String following = k + 2 < words.length ? words[k + 2].toLowerCase(Locale.ROOT) : "";
                if ((words[k].equals("a") || words[k].equals("per")) && PERIODS.contains(period)
                        && !RELATIVE_TIME.matcher(following).matches()) {
                    return name + " per " + period; // "2.4 billion gallons of jet fuel a year": a rate
                }
                if (ENDS_PUNCT_ANY.matcher(words[k]).matches() || QuantityRules.PHRASE_STOPS.contains(words[k])) {
                    break;
                }
            }
        }
        if (used + 1 < words.length && (converted || !ENDS_PUNCT.matcher(words[Math.max(0, used - 1)]).matches())) {
            String joiner = words[used].toLowerCase(Locale.ROOT);
            String what = NON_LETTER.matcher(words[used + 1].toLowerCase(Locale.ROOT)).replaceAll("");
            if (what.equals("square") || what.equals("sq") || what.equals("cubic")) {
                what = what + " " + (used + 2 < words.length ? NON_LETTER.matcher(words[used + 2].toLowerCase(Locale.ROOT)).replaceAll("") : "");
            }
            String following = used + 2 < words.length ? words[used + 2].toLowerCase(Locale.ROOT) : "";
            boolean relative = RELATIVE_TIME.matcher(following).matches(); // "a year earlier"
            boolean per = !relative && joiner.equals("per") && !what.isBlank() && !QuantityRules.PHRASE_STOPS.contains(what)
                    || (joiner.equals("a") || joiner.equals("an")) && (QuantityRules.TIME_UNITS.contains(what)
                            || UnitNames.known(what) != null && what.length() > 2 || PER_THINGS.contains(what)) && !relative;
            if (per && !name.equals("-")) {
                return name + " per " + UnitNames.normalize(what);
            }
        }
        return name;
    }

    /** The known unit glued by a hyphen to a scale word right before {@code rest} ("billion-mile"), else null. */
    private static String gluedToScale(String rest) {
        Matcher glued = HYPHEN_UNIT.matcher(rest);
        return glued.lookingAt() ? UnitNames.known(glued.group(1)) : null;
    }

    /**
     * A counted phrase's name: a known unit when its head is one ("one US fluid ounce" is ounce,
     * "517 rushing yards" yard), else the phrase, normalized when it has no proper noun.
     */
    private static String countedName(String phrase) {
        String whole = UnitNames.known(phrase);
        if (whole != null && phrase.indexOf(' ') > 0) {
            return whole; // "a quarter of a percentage point": the unit is the whole phrase, not its head "point"
        }
        int space = phrase.lastIndexOf(' ');
        String head = phrase.substring(space + 1).toLowerCase(Locale.ROOT);
        String known = head.length() > 1 ? UnitNames.known(head) : null;
        if (known != null && space > 0 && !phrase.contains("-") && !Character.isUpperCase(phrase.charAt(space + 1))) {
            return known; // but "eight straight World Cups" counts a name, not cups
        }
        return phrase.equals(phrase.toLowerCase(Locale.ROOT)) ? UnitNames.normalize(phrase) : phrase;
    }

    private static String previousUnitOf(Quantity previous) {
        return previous == null ? "-" : previous.unit();
    }

    /** Periods of a rate after the thing measured: "34,500 tons of copper a year". */
    private static final java.util.Set<String> PERIODS = java.util.Set.of("year", "month", "week", "day", "hour");

    /** Things prices are quoted per after "a"/"an": "$1,271.2 an ounce", "$80 a share". */
    private static final java.util.Set<String> PER_THINGS = java.util.Set.of("share", "barrel", "ounce", "gallon",
            "head", "person", "litre", "liter", "pound", "kilo", "tonne", "ton", "night", "piece", "unit", "dozen");

    /**
     * The counted noun phrase after a number ({@link CountedPhrase}): "50 different products" is
     * {@code different product}, "60 commercial fishermen" {@code commercial fisherman}; "one of the
     * best screens" is {@code good screen}. Null when no noun follows.
     */
    private CountedPhrase.Named countedPhrase(String number, String rest, double value, boolean afterOf) {
        Matcher of = ONE_OF_THE.matcher(rest.toLowerCase(Locale.ROOT));
        if (value == 1 && of.find()) {
            String name = tagged ? CountedPhrase.oneOf(rest.substring(of.start(1))) : null;
            return new CountedPhrase.Named(name == null ? UnitNames.normalize(of.group(1)) : name, 0);
        }
        return CountedPhrase.name(number, rest, value, value == 1, tagged, afterOf);
    }

    /**
     * The interval a modifier gives: exact {@code [v, v]}; "about", "around", "some", and an average
     * ("averaged 7 points a game", "barely 6 times") within 2.5%;
     * "nearly", "almost", "close to" from 5% under to v; "more than", "over", "at least" from v up;
     * "less than", "fewer than", "under", "up to" from 0 to v; vague plurals their own range.
     */
    static double[] interval(Candidate c, String modifier) {
        double v = c.value;
        if (modifier == null) {
            return new double[] {c.low, c.high};
        }
        return switch (modifier) {
            case "about", "around", "some", "approximately", "roughly", "an estimated", "estimated", "averaged",
                    "averaging", "averages", "barely" ->
                    new double[] {v * 0.975, v * 1.025};
            case "nearly", "almost", "close to", "just under" -> new double[] {v * 0.95, v};
            case "more than", "greater than", "over", "above", "exceeding", "just over", "at least" ->
                    new double[] {v, Double.POSITIVE_INFINITY};
            default -> new double[] {0, Math.max(v, c.high)};
        };
    }

    private static Map.Entry<String, String> modifier(String before) {
        String trimmed = before.stripTrailing();
        for (Map.Entry<String, String> entry : QuantityRules.MODIFIERS) {
            String key = entry.getKey();
            if (trimmed.endsWith(key) && (trimmed.length() == key.length()
                    || trimmed.charAt(trimmed.length() - key.length() - 1) == ' ')) {
                return entry;
            }
        }
        return null;
    }

    /** The head noun of the phrase after the number; "another 2,500" and "N others" take the previous unit. */
    private static String unitAfter(String sentence, int end, String previousUnit, String before) {
        String rest = sentence.substring(end, Math.min(sentence.length(), end + LOOK_AHEAD)).toLowerCase(Locale.ROOT);
        Matcher numberOf = NUMBER_OF.matcher(rest);
        if (numberOf.find()) {
            return numberOf.group(1);
        }
        Matcher ofIts = OF_ITS.matcher(rest);
        if (ofIts.find() && !ofIts.group(1).equals("others") && !QuantityRules.PHRASE_STOPS.contains(ofIts.group(1))) {
            return ofIts.group(1);
        }
        if (OF_OTHERS.matcher(rest).matches()) {
            return previousUnit;
        }
        String head = headNoun(rest);
        if (head == null || head.equals("others") || head.equals("more")) {
            return before.stripTrailing().endsWith("another") || "others".equals(head) ? previousUnit : "-";
        }
        return QuantityRules.UNIT_CLASSES.containsKey(head) && head.startsWith("kilomet") ? "kilometre" : head;
    }

    /**
     * The counted thing: within the next four words, the first plural or known count noun
     * ("22 pro-Ankara Syrian rebels", "2 million people"), else the first word ("40 yard line");
     * null when the phrase ends at once.
     */
    private static String headNoun(String rest) {
        String first = null;
        String[] words = SPACES.split(rest.strip());
        for (int i = 0; i < Math.min(4, words.length); i++) {
            String clean = TRAILING_HYPHEN.matcher(NON_LETTER_HYPHEN.matcher(words[i]).replaceAll("")).replaceAll("");
            if (clean.isEmpty() || QuantityRules.PHRASE_STOPS.contains(clean)
                    || i == 0 && NumberWords.UNITS.containsKey(clean) && !clean.equals("a")) {
                break; // "up from 798,000 two years ago": no noun of this number
            }
            if (first == null) {
                first = clean;
            }
            if (QuantityRules.COUNT_NOUNS.contains(clean) || (clean.length() > 3 && clean.endsWith("s") && !clean.endsWith("ss"))) {
                return clean;
            }
            if (ENDS_PUNCT_ANY.matcher(words[i]).matches() && !ABBREVIATION.matcher(words[i]).matches()) {
                break; // but "40 U.S. senators" goes on
            }
        }
        return first;
    }

    /** A concept's cue word and where it stands. */
    private record Cue(int position, String concept) {
    }

    /** The cue words of a sentence, in text order, found once per sentence. */
    private static List<Cue> cues(String sentence) {
        List<Cue> cues = new ArrayList<>();
        Matcher words = LETTERS.matcher(sentence.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            for (Map.Entry<String, java.util.Set<String>> concept : QuantityRules.CONCEPTS.entrySet()) {
                if (concept.getValue().contains(word)) {
                    cues.add(new Cue(words.start(), concept.getKey()));
                }
            }
        }
        return cues;
    }

    /** The concept whose cue word is nearest to the quantity (alphabetically first on a tie). */
    private static String concept(List<Cue> cues, int position) {
        String best = "-";
        int bestDistance = Integer.MAX_VALUE;
        for (Cue cue : cues) {
            int distance = Math.abs(cue.position() - position);
            if (distance < bestDistance || (distance == bestDistance && cue.concept().compareTo(best) < 0)) {
                bestDistance = distance;
                best = cue.concept();
            }
        }
        return best;
    }

    private static String currency(String symbol) {
        if (symbol.equals("PS")) {
            return "pound sterling"; // "PS2.7m": the pound sign as ASCII transliteration writes it
        }
        String named = UnitNames.known(symbol.replace(" ", "").replace(".", "")); // "Rs." is rs
        return named == null ? "dollar" : named;
    }

    private static String before(String input, Matcher m) {
        return input.substring(Math.max(0, m.start() - 40), m.start());
    }

    private static String after(String input, Matcher m) {
        return input.substring(m.end(), Math.min(input.length(), m.end() + 40));
    }

    /** A capitalised word before a number that is not itself a modifier ("About 40") names the number. */
    private static boolean modifierWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return QuantityRules.MODIFIERS.stream().noneMatch(e -> e.getKey().equals(lower) || e.getKey().endsWith(" " + lower));
    }

    /** The word before a position, in lower case, read from a short window. */
    private static String wordBefore(String sentence, int position) {
        return lastWord(sentence.substring(Math.max(0, position - 24), position)).toLowerCase(Locale.ROOT);
    }

    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return NON_LETTER_DOT.matcher(text.substring(start, end)).replaceAll("");
    }

    private static String firstWord(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return NON_LETTER_DOT.matcher(text.substring(start, end)).replaceAll("");
    }
}
