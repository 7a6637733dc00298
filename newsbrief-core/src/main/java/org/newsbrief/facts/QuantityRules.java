package org.newsbrief.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and patterns of {@link QuantityExtractor}, as data. Each entry names the
 * phrase that motivated it in the tests. Stateless.
 */
final class QuantityRules {

    /** Before a number: not inside a word, a link, a decimal, a list of digits or after a currency sign. */
    private static final String NOT_INSIDE = "(?<![\\w./:\\-,$€£])";

    /**
     * A currency written before the number ("Rs 500 crore", ISO codes "CHF 20", "CNY 90" too): "$6", "US$ 58.24", "HK$216,925", "$A82,615,680", "RM23.50", "USD10m";
     * the country letters also in lower case, as lower-cased wire text has them ("c $ 300 million", "hk $ 10 billion");
     * dollar signs prefixed by an ISO code or "Mex" ("CAD$ 15", "mxn$ 15", "Mex$ 10 million", as CQE's unit table has them).
     * The wire abbreviation "dlrs 2 billion" is read by {@link NumberCandidates} from the word before.
     */
    static final String CURRENCY_BEFORE = "((?:USD|AUD|CAD|NZD|MXN|Mex|usd|cad|nzd|mxn|mex|US|HK|A|C|NZ|S|R|us|hk|nz|c)?\\s?[$€£¥₹₩₽₿]|[$](?:US|A)|RM|USD|EUR|GBP|JPY|Y=|PS(?=\\d)"
            + "|(?=[ACHNRS][A-Zs]{1,2}\\.?\\s?\\d)(?:Rs\\.?|CNY|RMB|CHF|AUD|CAD|HKD|SGD|NZD))";
    /**
     * A unit glued to the number: "256GB", "5-10W", "45g", "80km/h", "352 μm" is not glued; "6.1-inch", "25-year-old",
     * "a 57-year old woman" (an age with a space before "old"); a rate written with hyphens, "a 12-cent-a-share
     * dividend", "a $70-a-share price" (as CQE reads them), "a $ 15-an-hour wage"; a scale letter before a hyphenated
     * currency or distance, "the 740m-euro observatory", "the 55m-kilometre jaunt" (millions, read by {@link NumberCandidates});
     * an area with a space before its unit, "the 800-square foot residence" (square foot, as "800-square-foot").
     */
    static final String GLUED_UNIT = "(?:(k|bn|tn|mn|m|M|B)\\b|(?!st\\b|nd\\b|rd\\b|th\\b)([a-zA-Zμ°″€]{1,4}(?:/[a-zA-Z]{1,2})?[23²³]?)(?![\\w])"
            + "|(?:(?<=\\d)(?:m|bn)-(?=(?:euros?|dollars?|pounds?|yuan|yen|kilomet(?:re|er)s?|miles?)\\b)|-(?=[a-z]))"
            + "((?:year|month|week|day)s?[- ]olds?|(?:[a-z]+-)?(?:a|an|per)-(?!side\\b|cent\\b)[a-z]+|(?:square|cubic)(?:-[a-z]+| (?:foot|feet|miles?|met(?:er|re)s?|yards?|inch(?:es)?|kilomet(?:er|re)s?)\\b)"
            + "|[a-z]+)\\b)?";

    /**
     * What may follow a hyphenated unit after a number: not another hyphen, but for a measuring adjective ("a 2m-long
     * python", "a two-meter-long tree trunk") or after a time unit, whose hyphen may join a noun or rate ("an emergency
     * three-year-package", "six-days-a-week hard labor").
     */
    private static final String NO_HYPHEN_AFTER = "-(?!(?:long|high|wide|deep|tall|thick)\\b)(?<!(?:year|month|week|day|hour|minute)s?-)";
    /**
     * The characters a number, its sign or its currency can start with: a cheap test that keeps the patterns
     * below from trying their alternatives at every word of a sentence.
     */
    private static final String NUMBER_START = "(?=[\\s\\d.+\\-−$€£¥₹₩₽₿ACEGHJMNPRSUYmuhnc])";

    /**
     * The scale letter of a currency code written as finance reports write millions and thousands: the "M" of "120 MEUR",
     * "40 MUSD" (millions), the "k" of "300 kEUR" (thousands); the code after it names the currency.
     */
    private static final String SCALED_CODE = "[Mk](?=(?:EUR|USD|GBP|CHF|AUD|CAD|SEK|NOK|DKK|JPY|CNY|INR)\\b)";

    /** A currency code between the number and its scale: "75 USD million", "3 EUR billion" (the code names the currency). */
    static final String CODE_THEN_SCALE = "(?:EUR|USD|GBP|CHF|AUD|CAD|JPY|CNY|INR) (?:million|billion|trillion|bn|mn)\\b";

    /**
     * "1,700", "2.5", "27,349.19", "$1.762bn", "4 hundred million", "0.65 per cent", "minus-130", "-5C" (a minus
     * sign only before a temperature or a ticker's decimal percentage, "ba, -0.24 %": "COVID -19" is no number), "a 2m-long python"; not
     * inside words, times, links, dates and ratios with a slash ("9/11", "1/2/2020", "24/7") or dash ranges (read by
     * {@link #DASH_RANGE}).
     */
    static final Pattern NUMBER = Pattern.compile(
            NOT_INSIDE + NUMBER_START + "((?i:minus)[\\s-]|[+]|(?<=[\\s(]|^)[-−](?=\\d+(?:\\.\\d+)?\\s?(?:°|[CF]\\b|degree)|\\d+\\.\\d+\\s?%))?" + CURRENCY_BEFORE + "?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+|(?=\\.\\d))(?:\\.(\\d+))?"
                    + GLUED_UNIT + "(?![\\w:–]|" + NO_HYPHEN_AFTER + "|\\.\\d|,\\d|/\\d)"
                    + "(?:\\s?(hundred|thousand)(?=\\s(?:million|billion)))?"
                    + "(?:\\s?((?:million|billion|thousand|trillion|hundred|bn|mn|mil|lakhs?|crores?)\\b|" + SCALED_CODE + "|" + CODE_THEN_SCALE + "))?(?:\\s?(%|percent\\b|per cent\\b))?");
    /** A number right after "sub-" ("sub-7 nanometer", "sub-$100"), read as {@link #NUMBER}; tried only where "sub-" occurs. */
    static final Pattern SUB_NUMBER = Pattern.compile("(?<=\\bsub-)" + NUMBER.pattern().substring(NUMBER.pattern().indexOf(NUMBER_START)));

    /**
     * "5-10W", "15-22 miles per hour", "~25 – 40min", "200,000-260,000", "€ 180,000-€ 300,000": two numbers joined by a
     * dash, unit after; not a spaced price and a signed change after it, as ticker lines have them ("$ 39.69 -0.31").
     */
    static final Pattern DASH_RANGE = Pattern.compile(
            NOT_INSIDE + NUMBER_START + "(?:" + CURRENCY_BEFORE + "\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:[-–]\\s?|(?<![$€£]\\s[\\d.,]{1,15})\\s[-–]\\s?|\\s[-–]\\s)(?:[$€£]\\s?)?"
                    + "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?" + GLUED_UNIT + "(?![\\w:\\-–]|\\.\\d|,\\d)"
                    + "(?:\\s?(million|billion|thousand|trillion|bn|mn)\\b)?(?:\\s?(%|percent\\b|per cent\\b))?");
    /**
     * A dash range whose first end has its own scale or percent sign, repeated on the second: "$2m-$3m", "£5bn-£6bn",
     * "10%-15%", "2m-3m waves" (metres when no currency comes with it); the scale also as a word after a space, and a
     * space after the second currency, as lower-cased wire text has them ("$ 11 million-$ 15 million").
     */
    static final Pattern SCALED_RANGE = Pattern.compile(NOT_INSIDE + "(?:" + CURRENCY_BEFORE
            + "\\s?)?(\\d[\\d,]*(?:\\.\\d+)?)(k|m|bn|b|tn|%| million| billion)\\s?[-–]\\s?(?:(?:[$€£]|US\\$)\\s?)?(\\d[\\d,]*(?:\\.\\d+)?)"
            + "(k|m|bn|b|tn|%| million| billion)(?![\\w\\-–])");

    /**
     * "two", "twenty-five", "a dozen", "two dozen", "a million" (not "a" alone), "three hundred billion" (hundreds of a
     * larger scale), "one" (NewsQuant counts "one solution"); with a unit after a hyphen as digits have it ("a
     * five-year deal", "a six-cylinder engine", "a five-year-old").
     */
    static final Pattern SPELLED = Pattern.compile("(?i)\\b(a dozen|" + String.join("|", NumberWords.UNITS.keySet()
            .stream().filter(w -> !w.equals("a dozen") && !w.equals("dozen") && !w.equals("hundred") && !w.equals("a"))
            .toList()) + "|a(?= (?:hundred|thousand|million|billion)\\b))\\b(?:-(one|two|three|four|five|six|seven|eight|nine)\\b)?"
            + "(?:[\\s-](hundred(?: (?:thousand|million|billion)\\b)?|thousand|million|billion|dozen))?(?:-((?:year|month|week|day)s?[- ]olds?|[a-z]+)\\b)?(?!" + NO_HYPHEN_AFTER + ")");

    /**
     * A spelled number of several words with spaces, read as one as CQE reads a run of number words: tens and
     * units ("ninety five", "thirty three"), hundreds with what follows ("one hundred and fifty", "two hundred
     * twenty-five"), each with an optional scale after it ("twenty five thousand").
     */
    static final Pattern SPELLED_COMPOUND;

    static {
        String units = "one|two|three|four|five|six|seven|eight|nine";
        String teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
        String tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
        SPELLED_COMPOUND = Pattern.compile("(?i)\\b(?:(" + units + ") hundred(?: and)? (?:(" + tens + ")(?:[ -](" + units
                + "))?|(" + teens + "|" + units + "))|(" + tens + ") (" + units + "))(?: (thousand|million|billion))?\\b(?![-\\w])");
    }

    /**
     * A number in scientific notation: "6.02×10^23", "1.99×10−30 kilograms", "1.6 x 10⁻¹⁹"; the power needs a caret,
     * a sign or superscript digits, so that "3 x 10 metres" stays a size.
     */
    static final Pattern SCIENTIFIC = Pattern.compile(
            "(?<![\\w.,])(\\d+(?:\\.\\d+)?)\\s?[×x·*]\\s?10(?:\\^\\s?([-−–+]?\\d{1,3})|([-−–]\\d{1,3})|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\\d.,])");

    /**
     * A mixed number or a fraction of a unit: "10 1/2 miles", "7 3/4 %", "priced at 101 1/4", "2½ years", "a ½
     * teaspoon", "a 1/4 mile" (a bare fraction only before a unit; "1/16 of" is a share, read by {@link #FRACTION}).
     * Denominators of measures only (2, 3, 4, 8, 16, 32): "9/11" and "24/7" are no fractions. The wire writes the
     * fraction of a mixed number with a dash, "3 1-2 hours", "2 3-4 inches" (3.5 and 2.75), read only after a whole number.
     */
    static final Pattern MIXED_FRACTION = Pattern.compile(
            NOT_INSIDE + "(?:(\\d+)[\\s-](?=\\d{1,2}/))?(\\d{1,2})/(2|3|4|8|16|32)(?![\\w/]|\\.\\d|,\\d)"
                    + "|" + NOT_INSIDE + "(\\d+)?\\s?([½¼¾⅓⅔⅛⅜⅝⅞])"
                    + "|" + NOT_INSIDE + "(\\d{1,3}) ([1-9]{1,2})-(2|4|8|16)(?![\\w/\\-–]|\\.\\d|,\\d)");

    /** "half a million", "a quarter million", "three quarters of a billion", "half a dozen": a fraction of a scale word. */
    static final Pattern FRACTION_SCALE = Pattern.compile(
            "(?i)\\b(half|a quarter|quarter|three[\\s-]quarters)(?:\\s+of)?(?:\\s+an?)?\\s+(thousand|million|billion|trillion|dozen)\\b");

    /**
     * "half a percentage point", "half an hour", "three quarters of a mile": a fraction of a known unit (the reader
     * checks the unit), ending before the unit so that it is read as after any number.
     */
    static final Pattern FRACTION_UNIT = Pattern.compile(
            "(?i)\\b(half|a quarter|three[\\s-]quarters)(?:\\s+of)?\\s+an?(?=\\s+\\p{L})");

    /**
     * A number whose unit comes after a later number, joined by a suspended hyphen: "four-, five- and six-cylinder
     * engines", "10- or 12-inch screens", "two- to three-year terms".
     */
    static final Pattern SUSPENDED = Pattern.compile("(?i)" + NOT_INSIDE + "(\\d+(?:\\.\\d+)?|"
            + String.join("|", NumberWords.UNITS.keySet().stream().filter(w -> !w.startsWith("a") && !w.equals("dozen")
                    && !w.equals("hundred")).toList()) + ")-(?=,?\\s+(?:and|or|to)\\s|,\\s)");

    /** Words after "one-", "two-" that make an idiom, not a unit: "a one-time gain", "a two-way street". */
    static final Set<String> HYPHEN_IDIOMS = Set.of("time", "off", "way", "on", "sided", "stop", "size", "liner", "hit",
            "shot", "fold", "faced", "handed", "dimensional", "party", "horse", "track", "and", "or", "to");
    /** "1/16 of", "1⁄32 of", "one out of three": a share written with digits or "out of". */
    static final Pattern FRACTION = Pattern.compile("(?i)(?<![\\w./⁄])(\\d{1,3})\\s?[/⁄]\\s?(\\d{1,4})(?=\\s+of\\b)"
            + "|\\b(?<![\\w.])(\\d+|one|two|three|four|five|six|seven|eight|nine|ten) out of (\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b");
    /**
     * A ratio written with "in": "one in five", "three in four", "one in 5,000" (read as a share, as "one out of
     * three" is); the second number is spelled, or digits below 1,000 or with separators, never a year.
     */
    static final Pattern RATIO_IN = Pattern.compile("(?i)\\b(?<![\\w.,$])(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine) in "
            + "(\\d{1,3}(?:,\\d{3})*|two|three|four|five|six|seven|eight|nine|ten)\\b(?![.,]\\d|-)");
    /** "two-thirds of", "a third of", "half of", "three quarters of"; "half the vote", "one-tenth the rate" without the "of". */
    static final Pattern SPELLED_FRACTION = Pattern.compile(
            "(?i)\\b(?:(?:(one|two|three|four|a)[\\s-])?(half|thirds?|quarters?|fifths?|tenths?)"
                    + "|(one|two|three|four|five|six|seven|eight|a)[\\s-](sixths?|sevenths?|eighths?|ninths?))" // "one-sixth of", not "the sixth of"
                    + "(?=\\s+(?:of|the|its|their|his|her)\\b)");
    /**
     * "tens of thousands of", "dozens of", "hundreds of"; a compound also without "of" after it: "left hundreds of
     * thousands homeless" is 100,000 to 1,000,000, not "hundreds" ("gods who number in hundreds of thousands"); "loses
     * hundreds of billions of dollars" is one figure, not "hundreds" and "billions".
     */
    static final Pattern VAGUE = Pattern.compile(
            "(?i)\\b(tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|tens of billions"
                    + "|hundreds of billions|dozens|scores|hundreds|thousands|millions|billions|tens)(?:\\s+of\\b"
                    + "|(?<=(?:tens|hundreds) of (?:thousands|millions|billions))(?![\\w-]))");

    /** "three-and-a-half hours", "a two-and-a-half-hour session", "2 and a half years": a whole number and a half. */
    static final Pattern AND_A_HALF = Pattern.compile("(?i)(?<![\\w.,])(\\d+|" + String.join("|", NumberWords.UNITS.keySet()
            .stream().filter(w -> !w.startsWith("a") && !w.equals("dozen") && !w.equals("hundred")).toList())
            + ")[\\s-]and[\\s-]a[\\s-]half\\b(?:-(\\p{Ll}+)\\b)?");

    /**
     * A vague plural standing alone, before a verb or the end of its clause: "hundreds have died", "it's dozens,".
     * Read as {@link #VAGUE} reads "hundreds of".
     */
    static final Pattern BARE_VAGUE = Pattern.compile("(?i)(?<![\\w-])(dozens|hundreds|thousands|millions)(?=\\s+(?:have|had|has"
            + "|were|are|was|more|died|fled|gathered|marched|protested|attended|remain|remained|missing|dead|injured|wounded"
            + "|killed)\\b|\\s*[,.;:!?])");

    /**
     * Words before a number and the change they mean, longest first: "more than 10,000" is >. A negated bound
     * is the other bound ("a fine not exceeding five thousand dollars", "no more than 3 days" are at most the
     * number, "no fewer than 40 ships" at least it), so the negations stand before the words they negate.
     */
    static final List<Map.Entry<String, String>> MODIFIERS = List.of(
            Map.entry("not exceeding", "<"), Map.entry("not more than", "<"), Map.entry("no more than", "<"),
            Map.entry("not less than", ">"), Map.entry("no less than", ">"), Map.entry("no fewer than", ">"),
            Map.entry("not fewer than", ">"),
            // a stated limit: "a maximum of 18 minutes" is at most the number, "a minimum of $100 million" at least it
            Map.entry("maximum of", "<"), Map.entry("minimum of", ">"),
            // comparisons of age, length and amount: "people younger than 65", "terms longer than five years", "a
            // budget in excess of $300 million", "upwards of 2,000 fans", "cost upward of $ 230 million"
            Map.entry("no older than", "<"), Map.entry("not older than", "<"), Map.entry("none older than", "<"),
            Map.entry("no younger than", ">"), Map.entry("no longer than", "<"), Map.entry("not be longer than", "<"),
            Map.entry("not longer than", "<"),
            Map.entry("older than", ">"), Map.entry("younger than", "<"), Map.entry("longer than", ">"),
            Map.entry("shorter than", "<"), Map.entry("in excess of", ">"), Map.entry("upwards of", ">"),
            Map.entry("upward of", ">"),
            Map.entry("more than", ">"), Map.entry("greater than", ">"), Map.entry("at least", ">"),
            Map.entry("as many as", "<"), Map.entry("as much as", "<"), Map.entry("up to", "<"), Map.entry("at most", "<"),
            Map.entry("less than", "<"), Map.entry("fewer than", "<"), Map.entry("an estimated", "~"),
            Map.entry("close to", "~"), Map.entry("just over", ">"), Map.entry("just under", "<"), Map.entry("over", ">"),
            Map.entry("above", ">"), Map.entry("exceeding", ">"), Map.entry("under", "<"), Map.entry("below", "<"),
            Map.entry("about", "~"), Map.entry("around", "~"), Map.entry("some", "~"), Map.entry("approximately", "~"),
            Map.entry("roughly", "~"), Map.entry("nearly", "~"), Map.entry("almost", "~"), Map.entry("estimated", "~"),
            Map.entry("averaged", "~"), Map.entry("averaging", "~"), Map.entry("averages", "~"), Map.entry("barely", "~"));

    /**
     * Verbs right before a number that make it a change: "rose 0.65 per cent", "fell 3%". Each verb in all its
     * forms ("jumped 8.5%", "jumps 8.5%", "jumping 8.5%"), with the market-report synonyms of the same verbs
     * ("slipped 0.4%", "rebounded 2%").
     */
    static final Set<String> UP = Set.of("rose", "rise", "rises", "risen", "rising", "increased", "increase",
            "increases", "increasing", "gained", "gain", "gains", "gaining", "jumped", "jump", "jumps", "jumping",
            "climbed", "climb", "climbs", "climbing", "grew", "grow", "grows", "growing", "grown", "up",
            "surged", "surge", "surges", "surging", "soared", "soar", "soars", "soaring", "rallied", "rally", "rallies",
            "rallying", "advanced", "advance", "advances", "advancing", "added", "adds", "adding", "upward", "upwards",
            "rebounded", "rebounds", "rebounding", "leapt", "leaped", "leaps", "spiked", "+");
    /**
     * Verbs of a fall that report a change only before "by" ("revenue collapsed by 33 per cent"); alone they tell of
     * something else ("the roof collapsed 2 days ago").
     */
    static final Set<String> DOWN_BEFORE_BY = Set.of("collapsed", "collapse", "collapses", "collapsing");
    static final Set<String> DOWN = Set.of("fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops",
            "dropping", "declined", "decline", "declines", "declining", "lost", "lose", "loses", "losing", "down",
            "decreased", "decrease", "decreases", "decreasing", "slid", "slide", "slides", "sliding", "shed", "sheds",
            "shedding", "plunged", "plunge", "plunges", "plunging", "plummeted", "plummet", "plummets", "plummeting",
            "tumbled", "tumble", "tumbles", "tumbling", "eased", "eases", "easing", "dipped", "dip", "dips", "dipping",
            "cut", "cuts", "cutting", "slumped", "slump", "slumps", "slumping", "sank", "sink", "sinks", "sinking",
            "slipped", "slip", "slips", "slipping", "shrink", "shrank", "shrunk", "shrinks", "shrinking", "retreated",
            "downward", "downwards");

    /** Capitalised labels before a number make it an identifier, not a quantity: "Section 427 Row 21". */
    static final Set<String> IDENTIFIER_LABELS = Set.of("section", "row", "room", "flight", "route", "highway", "article",
            "chapter", "page", "no", "number", "resolution", "level", "phase", "step", "gate", "terminal", "platform",
            "seat", "apartment", "suite", "unit", "block", "lot", "track", "channel", "model", "version", "season",
            "episode", "volume", "vol", "issue", "item", "figure", "table", "grade", "class", "category", "district",
            "precinct", "ward", "zone", "sector", "area", "building", "house", "street", "road", "avenue",
            "proposition", "prop", "amendment"); // ballot measures: "Proposition 65 requires", "Amendment 2 passed"

    /** Words, in any case, whose following number is part of a name: stock indices, storm categories, product names. */
    static final Set<String> NAMED_SERIES = Set.of("sp", "ftse", "fortune", "russell", "nikkei", "dax", "cac", "stoxx",
            "asx", "nasdaq", "category", "poors", // "the standard & poor's 500 index", lower-cased
            "ipad", "iphone", "xbox", "playstation", "blackberry", "kepler", "gemini", "apollo", "soyuz", "comet", // product,
            // mission and sky-object names, lower-cased in much news text: "the ipad 2", "xbox one", "kepler 438b", "Comet 55P"
            "type", // "type 2 diabetes", "a Type 45 destroyer": a kind's number, whatever noun follows
            "abc", "cbs", "nbc", "fox", "pbs"); // a television station, "cbs 3 investigated", "fox 13 news"

    /**
     * Capitalised words after a number that make it part of a product name, as CQE filters them: "iPhone 11
     * Pro Max", "two new 737 Max jets", "iPhone 8 Plus".
     */
    /** Two-word names, lower-cased in much news text, whose following number is part of them: "galaxy note 7", "super bowl 50". */
    static final Set<String> NAMED_SERIES_TWO_WORDS = Set.of("galaxy note", "super bowl", "madden nfl");

    static final Set<String> MODEL_SUFFIXES = Set.of("Pro", "Max", "Mini", "Plus");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    /** Words that end the noun phrase after a number. */
    static final Set<String> PHRASE_STOPS = Set.of("of", "in", "to", "from", "on", "at", "by", "for", "with", "and", "or",
            "who", "which", "that", "were", "was", "are", "is", "have", "has", "had", "will", "would", "could", "be",
            "been", "the", "a", "an", "as", "than", "since", "after", "before", "during", "while", "including", "among",
            "into", "per", "each", "between", "said", "say", "says", "this", "these", "those", "its", "their", "his",
            "her", "it", "they", "he", "she", "we", "more", "less", "up", "down", "over", "under", "about", "cheaper",
            "higher", "lower", "bigger", "larger", "smaller", "older", "younger", "longer", "shorter", "greater", "better",
            "worse", "faster", "slower", "earlier", "later", "against", "versus", "last", "out", "next",
            "get", "gets", "s", "across", "around", "through", "within", "without", "like", "near",
            // pronouns, question words and adverbs are never the counted thing: "some 15 themselves", "400 when the
            // fire hit", "the six already given", "11 overall", "2 alongside", "50 however", "one outside" (not "most": "the 20 most expensive restaurants");
            // "i" and "me" where lower-cased text leaves the pronoun small: "at seven i wanted"
            "them", "themselves", "you", "him", "i", "me", "when", "where", "whom", "whose", "why", "how", "what", "already",
            "overall", "alongside", "however", "outside", "worldwide", "every", "having", "being", "now", "then", "still", "just", "only", "also", "again", "apiece", "respectively",
            "altogether", "together", "alone", "too", "ever", "never", "here", "there", "instead", "early", "behind",
            // days after a number date the clause, as in lower-cased text: "closing above 22,000 wednesday"
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "tomorrow", "tonight",
            "many", "much", "few", "that's", "that’s", "thats", "it's", "it’s", "there's", "there’s", "theres", "what's",
            "what’s", "whats", "who's", "who’s", "he's", "he’s", "she's", "she’s", "here's", "here’s", "let's", "let’s",
            // auxiliaries, modals and conjunctions after a number start its clause's verb or the next clause: "76 remain
            // hospitalized", "if 50 or 75 do so", "two might not be enough", "8 because it had"
            "do", "did", "might", "must", "should", "shall", "cannot", "remain", "remains", "remained",
            "because", "but", "although", "though", "unless", "if", "whether", "nor",
            // a vague plural starts a count of its own: "10,000 dead and thousands missing"
            "dozens", "hundreds", "thousands", "millions", "billions");

    /** Nouns that count though not plural in form: "2 million people". */
    static final Set<String> COUNT_NOUNS = Set.of("people", "children", "men", "women", "police", "personnel", "staff",
            "cattle", "livestock", "sheep", "fish", "aircraft", "percent");

    /** Units of time: a duration, not a count of people, and never a unit to inherit. */
    static final Set<String> TIME_UNITS = Set.of("seconds", "second", "minutes", "minute", "hours", "hour", "days", "day",
            "weeks", "week", "months", "month", "years", "year", "decades", "decade");

    /** Cue words of what a count measures, by concept. */
    static final Map<String, Set<String>> CONCEPTS = Map.of(
            "killed", Set.of("killed", "kill", "kills", "killing", "dead", "died", "die", "deaths", "death", "lives",
                    "executed", "slain", "murdered", "massacred", "perished", "perish", "fatalities", "fatality"),
            "fled", Set.of("fled", "flee", "flees", "fleeing", "exodus", "escape", "escaped", "left"),
            "displaced", Set.of("displaced", "displacement", "homeless"),
            "wounded", Set.of("wounded", "wounding", "injured", "injuring", "injuries", "hurt"),
            "besieged", Set.of("besieged", "siege", "trapped"),
            "captured", Set.of("captured", "arrested", "detained", "seized", "abducted", "kidnapped"),
            "evacuated", Set.of("evacuated", "evacuation", "evacuate"));

    /** Every cue word of {@link #CONCEPTS}: a verb or a noun of what a count measures, never the counted thing itself. */
    static final Set<String> CUE_WORDS = CONCEPTS.values().stream().flatMap(Set::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Counted things that name the same kind of being for grouping: people, residents and victims are people;
     * protesters and demonstrators are protesters ("At least four demonstrators" and "at least four protesters"
     * killed in one crackdown, two outlets, were two rows).
     * Civilians are a class of their own where fighters are counted too ({@link #CASUALTY_CONCEPTS}): a count of
     * people killed includes fighters, so "300 people killed" and "250 civilians killed" do not contradict each
     * other, and a row of civilians killed must not show a count of people. Those who flee, are displaced, besieged
     * or evacuated are the population, whatever an outlet calls them ("250,000 civilians" and "250,000 people"
     * besieged are one figure), so there civilians are people.
     */
    static final Map<String, String> UNIT_CLASSES = Map.ofEntries(
            Map.entry("people", "people"), Map.entry("civilians", "civilians"), Map.entry("residents", "people"),
            Map.entry("persons", "people"), Map.entry("individuals", "people"), Map.entry("inhabitants", "people"),
            Map.entry("deaths", "people"), Map.entry("fatalities", "people"), Map.entry("dead", "people"), Map.entry("bodies", "people"),
            Map.entry("victims", "people"), Map.entry("casualties", "people"),
            Map.entry("troops", "soldiers"), Map.entry("soldiers", "soldiers"), Map.entry("fighters", "fighters"),
            Map.entry("rebels", "fighters"), Map.entry("militants", "fighters"), Map.entry("protesters", "protesters"),
            Map.entry("protestors", "protesters"), Map.entry("demonstrators", "protesters"), Map.entry("kilometres", "kilometre"),
            Map.entry("kilometers", "kilometre"), Map.entry("km", "kilometre"), Map.entry("percent", "percent"));

    /** Concepts whose counts include fighters, so that civilians are a part of the people counted. */
    static final Set<String> CASUALTY_CONCEPTS = Set.of("killed", "wounded", "captured");

    private QuantityRules() {
    }
}
