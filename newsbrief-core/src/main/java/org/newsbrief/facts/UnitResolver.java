package org.newsbrief.facts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalised unit name of a quantity ({@link UnitNames}): a written unit or currency ("87 mph" is
 * {@code mile per hour}, "$10 per gram" {@code dollar per gram}), a unit glued to a scale
 * ("billion-mile"), a share's counted thing, or the counted noun phrase ({@link CountedPhrase}), with
 * the POS tagger only when built with it. Immutable and thread-safe.
 */
final class UnitResolver {

    /** What stands between a share and its counted thing: "of the" in "two-thirds of the voters", "its" in "half its staff". */
    private static final Pattern SHARE_OF = Pattern.compile("\\s+(?:of\\s+)?(?:(?:the|a|an|its|their|his|her)\\s+)?");

    // Patterns of the rules below, compiled once: extraction runs on every sentence.
    static final Pattern CURRENCY_SIGN = Pattern.compile(QuantityRules.CURRENCY_BEFORE + "\\s?\\d");

    static final Pattern DIGIT_IN = Pattern.compile("\\d");

    private static final Pattern ONE_OF_THE = Pattern.compile("^\\s+of (?:the|its|their|his|her) ((?:[\\p{L}\\-]+ ){0,2}[\\p{L}\\-]+s)\\b");

    /** "one of" and a determiner before a plural phrase of any length: "one of the most heavily guarded areas". */
    private static final Pattern ONE_OF_ANY = Pattern.compile("^\\s+of (?:(?:the|its|their|his|her|our|my|your|several|many|these|those) "
            + "|(?=[\\p{L}.\\-]+['’]s ))"); // or a name's possessive, kept: "one of Turkey's leading politicians"

    /** A currency sign written after the number, as in much of Europe: "15 €", "10 $". */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("[$€£¥₹₩₽₡₭₾₵元₿]"); // "200 ₡", "5,000 ₭" too

    /** The sign in a currency written before a number: the "€" of "A €5". */
    private static final Pattern CURRENCY_SIGN_CHAR = Pattern.compile("[$€£¥₹₩₽₡₭₾₵元₿]");

    /** The names a bare currency word is read as, which a country's name before it replaces ("Argentine pesos"). */
    private static final java.util.Set<String> COUNTRY_CURRENCY_HEADS = java.util.Set.of("mexican peso", "dollar",
            "pound-mass", "pound sterling", "rupee", "swiss franc", "south korean won", "chinese yuan");

    /**
     * "8,000 Chilean pesos", "200 Egyptian pounds", "40 New Taiwan dollars": a currency word after the
     * capitalised name of its country (one or two words) is that country's currency, not the one the
     * bare word names ({@code name}: "pesos" alone is the Mexican peso, "pounds" alone a weight); a
     * whole name that is known ("Canadian dollars", "Hong Kong dollars") is read before this, and "40
     * U.S. dollars" stays dollar.
     */
    private static String countryCurrency(String rest, String name) {
        String[] words = NearbyWords.SPACES.split(rest.strip(), 4);
        for (int k = 1; k < Math.min(3, words.length); k++) {
            if (words[k - 1].isEmpty() || !Character.isUpperCase(words[k - 1].charAt(0)) || words[k - 1].indexOf('.') >= 0) {
                return name;
            }
            String word = NearbyWords.TRAILING_PUNCT.matcher(words[k]).replaceAll("").toLowerCase(Locale.ROOT);
            if (name.equals(UnitNames.known(word))) {
                return String.join(" ", java.util.Arrays.copyOf(words, k)).toLowerCase(Locale.ROOT) + " "
                        + UnitNames.singular(word);
            }
        }
        return name;
    }

    /** The unit of an amount of money whose currency is not known. */
    static final String GENERIC_CURRENCY = "currency";

    private static final Pattern UNIT_LETTER = Pattern.compile("[BCFVW″\"°]");

    private static final Pattern ENDS_PUNCT_DOT = Pattern.compile(".*[,;:).]$");

    private static final Pattern STARTS_WORD = Pattern.compile("\\s+(?:of\\s+)?\\p{L}.*");

    private static final Pattern VERB_FORM = Pattern.compile(".*(?:ing|ed|ly)");

    private static final Pattern HYPHEN_UNIT = Pattern.compile("-(\\p{Ll}+(?:-old)?)\\b");

    /** A wire service's currency quote code after a price: "at $1.1396 EUR=", "108.79 JPY=". */
    private static final Pattern RIC = Pattern.compile("\\s+(EUR|GBP|JPY|CHF|AUD|CAD|CNY)=");

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
    String unitName(String sentence, Candidate c, String unit, Quantity previous) {
        int from = HeadNouns.phraseStart(sentence, c.end()); // "1 million-plus visitors", "20 more lives"
        String rest = sentence.substring(from, Math.min(sentence.length(), from + HeadNouns.LOOK_AHEAD));
        String glued = c.unit() == null && c.scaled() ? gluedToScale(rest) : null;
        Matcher ric = RIC.matcher(rest);
        if (ric.lookingAt() && (c.unit() == null || CURRENCY_SIGN.matcher(sentence.substring(c.start(), c.end())).find())) {
            return UnitNames.normalize(ric.group(1)); // "$1.1396 EUR=", "108.79 JPY=": the wire's quote code names what is priced
        }
        if ("share".equals(c.unit())) {
            return shareName(rest, c);
        }
        if (glued != null) {
            return glued; // "a 1.8 billion-mile journey"
        }
        CountedPhrase.Named named = c.unit() != null ? writtenUnit(c.unit(), rest) : knownUnitAfter(rest, c.scaled());
        if (named == null) {
            named = countedUnit(sentence, c, rest);
            if (named == null) {
                return unnamed(rest, unit, previous);
            }
        }
        return UnitRates.withRate(named.name(), rest, named.words());
    }

    /** A share's counted thing: "% German" of "two-thirds of Germans", but "1/16 of a US pint" is pint. */
    private String shareName(String rest, Candidate c) {
        Matcher of = SHARE_OF.matcher(rest);
        CountedPhrase.Named phrase = of.lookingAt() ? CountedPhrase.name("of", rest.substring(of.end()), c.value(), true, tagged, true) : null;
        if (phrase == null) {
            return "% -";
        }
        String named = countedName(phrase.name());
        return UnitNames.known(named) != null ? named : "% " + named; // "% German", but "1/16 of a US pint" is pint
    }

    /** The unit written with the number, and the words of {@code rest} it used: "100° Celsius" reads one. */
    private static CountedPhrase.Named writtenUnit(String written, String rest) {
        String name = UnitNames.normalize(written);
        int used = 0;
        String scale = name.equals("degree") ? UnitNames.known(NearbyWords.TRAILING_PUNCT.matcher(NearbyWords.firstWord(rest)).replaceAll("")) : null;
        if ("celsius".equals(scale) || "fahrenheit".equals(scale)) {
            name = scale; // "100° Celsius"
            used = 1;
        }
        if (written.equalsIgnoreCase("sq") && rest.startsWith(".")) {
            String square = UnitNames.known("sq " + NearbyWords.TRAILING_PUNCT.matcher(NearbyWords.firstWord(rest.substring(1)))
                    .replaceAll("").toLowerCase(Locale.ROOT));
            if (square != null) {
                name = square; // "an 8,600-sq. feet house": square foot
                used = 1;
            }
        }
        return new CountedPhrase.Named(name, used);
    }

    /** A known unit in the next three words ("87 mph", "500 degrees celsius") and the words it used, else null. */
    private static CountedPhrase.Named knownUnitAfter(String rest, boolean scaled) {
        String[] words = NearbyWords.SPACES.split(rest.strip());
        if (words.length > 1 && words[0].equalsIgnoreCase("sq.")) {
            words[0] = "sq"; // "8,600 sq. feet", "900 sq. meters": the abbreviation's dot ends no phrase
        }
        String name = null;
        int used = 0;
        for (int n = Math.min(3, words.length); n >= 1 && name == null; n--) {
            String phrase = NearbyWords.TRAILING_PUNCT.matcher(String.join(" ", java.util.Arrays.copyOf(words, n))).replaceAll("");
            String first = NearbyWords.TRAILING_PUNCT.matcher(words[0]).replaceAll("");
            boolean letter = first.length() > 1 ? !QuantityRules.PHRASE_STOPS.contains(first.toLowerCase(Locale.ROOT))
                    : UNIT_LETTER.matcher(first).matches() && !(first.equals("\"") && !rest.isEmpty()
                            && Character.isWhitespace(rest.charAt(0))) // "up to 5,000 \"friends\"": a spaced quote opens a word, no inch
                    || CURRENCY_AFTER.matcher(first).matches()
                            && (words.length == 1 || !DIGIT_IN.matcher(words[1]).lookingAt()); // "15 €", not "10 $ 30"
            boolean inside = false; // punctuation inside the phrase ends it: "5 km, miles" is not "km miles"
            for (int w = 0; w < n - 1; w++) {
                inside |= ENDS_PUNCT_DOT.matcher(words[w]).matches();
            }
            if (letter && !inside && !phrase.isEmpty() && UnitNames.known(phrase) != null) {
                name = UnitNames.known(phrase);
                used = n;
                if (name.equals("pound-mass") && scaled && !(n < words.length && words[n].equalsIgnoreCase("of"))
                        && first.toLowerCase(Locale.ROOT).startsWith("pound")) {
                    name = "pound sterling"; // "361 million pounds" is money; "2 million pounds of beef", "100 million lbs." a weight
                }
            }
        }
        return name == null ? null : new CountedPhrase.Named(name, used);
    }

    /** The counted noun phrase after the number, with its premodifier ("the top three seeds": top seed), else null. */
    private CountedPhrase.Named countedUnit(String sentence, Candidate c, String rest) {
        Matcher any = c.value() == 1 && tagged ? ONE_OF_ANY.matcher(rest.toLowerCase(Locale.ROOT)) : null;
        String oneOf = any != null && any.lookingAt() ? CountedPhrase.oneOf(rest.substring(any.end()), true) : null;
        if (oneOf != null) {
            // "one of the dumbest corporate pr stunts of all time", "one of our busiest nights": the whole phrase,
            // whose last word need not be its head (so no unit is read from it: "of all time" is no count)
            return new CountedPhrase.Named(oneOf, 0);
        }
        boolean afterOf = c.range() && rest.startsWith(" of ");
        // a range is named as its larger end counts: "one or two insurance carriers" counts carriers, as "two" does
        CountedPhrase.Named phrase = countedPhrase(sentence.substring(c.start(), c.end()),
                afterOf ? rest.substring(3) : rest, c.range() ? Math.max(c.value(), c.high()) : c.value(), afterOf);
        if (phrase == null) {
            return null;
        }
        String name = countedName(phrase.name());
        if (COUNTRY_CURRENCY_HEADS.contains(name)) {
            name = countryCurrency(rest, name);
        }
        String premodifier = tagged && UnitNames.known(name) == null ? CountedPhrase.premodifier(
                sentence.substring(Math.max(0, c.start() - 40), c.start()), sentence.substring(c.start(), c.end())) : null;
        if (premodifier != null) {
            name = premodifier + " " + name; // "the top three seeds": top seed
        }
        return new CountedPhrase.Named(name, phrase.words());
    }

    /** The name of a number without a unit or counted phrase: its head noun's, the previous one's, or "-". */
    private static String unnamed(String rest, String unit, Quantity previous) {
        boolean word = STARTS_WORD.matcher(rest).matches() && !VERB_FORM.matcher(unit).matches();
        String name = unit.equals("-") || !word && !unit.equals(previousUnitOf(previous)) ? "-" : UnitNames.normalize(unit);
        if (!unit.equals("-") && previous != null && unit.equals(previous.unit()) && UnitNames.known(unit) == null) {
            name = previous.unitName();
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

    /**
     * The unit of a currency sign or code before a number: "$" is dollar, "PS" (an ASCII "£") pound
     * sterling, "S£" Syrian pound. A prefix and sign that name no known currency fall back to the sign
     * alone ("Class A €5": the letter is a word of its own, the euro stays) and else to the generic
     * {@link #GENERIC_CURRENCY}, never to a dollar the text does not show.
     */
    static String currency(String symbol) {
        if (symbol.equals("PS")) {
            return "pound sterling"; // "PS2.7m": the pound sign as ASCII transliteration writes it
        }
        String named = UnitNames.known(symbol.replace(" ", "").replace(".", "")); // "Rs." is rs
        if (named != null) {
            return named;
        }
        Matcher sign = CURRENCY_SIGN_CHAR.matcher(symbol);
        String signNamed = sign.find() ? UnitNames.known(sign.group()) : null;
        return signNamed == null ? GENERIC_CURRENCY : signNamed;
    }
}
