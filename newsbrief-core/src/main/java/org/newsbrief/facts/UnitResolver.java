package org.newsbrief.facts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * The normalised unit name of a quantity ({@link UnitNames}): a written unit or currency ("87 mph" is
 * {@code mile per hour}, "$10 per gram" {@code dollar per gram}), a unit glued to a scale
 * ("billion-mile"), a share's counted thing, or the counted noun phrase ({@link CountedPhrase}), with
 * the POS tagger only when built with it. Immutable and thread-safe.
 */
final class UnitResolver {

    /** What stands between a share and its counted thing: "of the" in "two-thirds of the voters". */
    private static final Pattern SHARE_OF = Pattern.compile("\\s+(?:of\\s+)?(?:(?:the|a|an)\\s+)?");

    // Patterns of the rules below, compiled once: extraction runs on every sentence.
    static final Pattern CURRENCY_SIGN = Pattern.compile(QuantityRules.CURRENCY_BEFORE + "\\s?\\d");

    private static final Pattern SLASH_PER = Pattern.compile("/(\\p{L}+)\\b");

    private static final Pattern DIGIT_IN = Pattern.compile("\\d");

    private static final Pattern ONE_OF_THE = Pattern.compile("^\\s+of (?:the|its|their|his|her) ((?:[\\p{L}\\-]+ ){0,2}[\\p{L}\\-]+s)\\b");

    /** A currency sign written after the number, as in much of Europe: "15 €", "10 $". */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("[$€£¥₹₩₽]");

    private static final Pattern UNIT_LETTER = Pattern.compile("[BCFVW″\"°]");

    private static final Pattern ENDS_PUNCT_DOT = Pattern.compile(".*[,;:).]$");

    private static final Pattern STARTS_WORD = Pattern.compile("\\s+(?:of\\s+)?\\p{L}.*");

    private static final Pattern VERB_FORM = Pattern.compile(".*(?:ing|ed|ly)");

    private static final Pattern ENDS_PUNCT = Pattern.compile(".*[,;:)]$");

    private static final Pattern RELATIVE_TIME = Pattern.compile("(?:earlier|ago|later|before|after)\\W*");

    private static final Pattern HYPHEN_UNIT = Pattern.compile("-(\\p{Ll}+(?:-old)?)\\b");

    /** A wire service's currency quote code after a price: "at $1.1396 EUR=", "108.79 JPY=". */
    private static final Pattern RIC = Pattern.compile("\\s+(EUR|GBP|JPY|CHF|AUD|CAD|CNY)=");

    /** Periods of a rate after the thing measured: "34,500 tons of copper a year". */
    private static final Set<String> PERIODS = Set.of("year", "month", "week", "day", "hour");

    /** Things prices are quoted per after "a"/"an": "$1,271.2 an ounce", "$80 a share". */
    private static final Set<String> PER_THINGS = Set.of("share", "barrel", "ounce", "gallon",
            "head", "person", "litre", "liter", "pound", "kilo", "tonne", "ton", "night", "piece", "unit", "dozen");

    /** Whether counted things are named with the POS tagger and lemmatizer ({@link CountedPhrase}). */
    private final boolean tagged;

    UnitResolver(boolean tagged) {
        this.tagged = tagged;
    }

    /**
     * The normalised unit ({@link UnitNames}): a unit written with the number or a known unit in the
     * next words ("15.9 degrees", "87 mph", "500 degrees celsius"), followed by "per"/"a" and what it
     * is per ("$10 per gram", "$3500 a month"); else the counted noun phrase ("50 different products");
     * "-" when none.
     */
    String unitName(String sentence, Candidate c, String unit, Quantity previous, String before) {
        int from = sentence.startsWith("-plus", c.end()) ? c.end() + 5 : c.end(); // "1 million-plus visitors"
        String rest = sentence.substring(from, Math.min(sentence.length(), from + HeadNouns.LOOK_AHEAD));
        String name;
        int used = 0;
        String glued = c.unit() == null && c.scaled() ? gluedToScale(rest) : null;
        Matcher ric = RIC.matcher(rest);
        if (ric.lookingAt() && (c.unit() == null || CURRENCY_SIGN.matcher(sentence.substring(c.start(), c.end())).find())) {
            return UnitNames.normalize(ric.group(1)); // "$1.1396 EUR=", "108.79 JPY=": the wire's quote code names what is priced
        }
        if ("share".equals(c.unit())) {
            Matcher of = SHARE_OF.matcher(rest);
            CountedPhrase.Named phrase = of.lookingAt() ? CountedPhrase.name("of", rest.substring(of.end()), c.value(), true, tagged, true) : null;
            if (phrase == null) {
                return "% -";
            }
            String named = countedName(phrase.name());
            return UnitNames.known(named) != null ? named : "% " + named; // "% German", but "1/16 of a US pint" is pint
        } else if (c.unit() != null) {
            name = UnitNames.normalize(c.unit());
            String scale = name.equals("degree") ? UnitNames.known(NearbyWords.TRAILING_PUNCT.matcher(NearbyWords.firstWord(rest)).replaceAll("")) : null;
            if ("celsius".equals(scale) || "fahrenheit".equals(scale)) {
                name = scale; // "100° Celsius"
                used = 1;
            }
        } else if (glued != null) {
            return glued; // "a 1.8 billion-mile journey"
        } else {
            String[] words = NearbyWords.SPACES.split(rest.strip());
            name = null;
            for (int n = Math.min(3, words.length); n >= 1 && name == null; n--) {
                String phrase = NearbyWords.TRAILING_PUNCT.matcher(String.join(" ", java.util.Arrays.copyOf(words, n))).replaceAll("");
                String first = NearbyWords.TRAILING_PUNCT.matcher(words[0]).replaceAll("");
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
                    if (name.equals("pound-mass") && c.scaled() && !(n < words.length && words[n].equalsIgnoreCase("of"))) {
                        name = "pound sterling"; // "361 million pounds" is money; "2 million pounds of beef" a weight
                    }
                }
            }
            if (name == null) {
                boolean afterOf = c.range() && rest.startsWith(" of ");
                CountedPhrase.Named phrase = countedPhrase(sentence.substring(c.start(), c.end()),
                        afterOf ? rest.substring(3) : rest, c.value(), afterOf);
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
                        sentence.substring(Math.max(0, c.start() - 40), c.start()), sentence.substring(c.start(), c.end())) : null;
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
        String[] words = NearbyWords.SPACES.split(rest.strip());
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
                String period = NearbyWords.TRAILING_PUNCT.matcher(words[k + 1].toLowerCase(Locale.ROOT)).replaceAll("");
                String following = k + 2 < words.length ? words[k + 2].toLowerCase(Locale.ROOT) : "";
                if ((words[k].equals("a") || words[k].equals("per")) && PERIODS.contains(period)
                        && !RELATIVE_TIME.matcher(following).matches()) {
                    return name + " per " + period; // "2.4 billion gallons of jet fuel a year": a rate
                }
                if (HeadNouns.ENDS_PUNCT_ANY.matcher(words[k]).matches() || QuantityRules.PHRASE_STOPS.contains(words[k])) {
                    break;
                }
            }
        }
        if (used + 1 < words.length && (converted || !ENDS_PUNCT.matcher(words[Math.max(0, used - 1)]).matches())) {
            String joiner = words[used].toLowerCase(Locale.ROOT);
            String what = NearbyWords.NON_LETTER.matcher(words[used + 1].toLowerCase(Locale.ROOT)).replaceAll("");
            if (what.equals("square") || what.equals("sq") || what.equals("cubic")) {
                what = what + " " + (used + 2 < words.length ? NearbyWords.NON_LETTER.matcher(words[used + 2].toLowerCase(Locale.ROOT)).replaceAll("") : "");
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

    static String currency(String symbol) {
        if (symbol.equals("PS")) {
            return "pound sterling"; // "PS2.7m": the pound sign as ASCII transliteration writes it
        }
        String named = UnitNames.known(symbol.replace(" ", "").replace(".", "")); // "Rs." is rs
        return named == null ? "dollar" : named;
    }
}
