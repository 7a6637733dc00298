package org.newsbrief.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are not quantities: years ("in 2016"), days of a month, times ("10 GMT"), phone numbers
 * and dotted dates, street addresses ("10 Downing Street"), page furniture ("Page 1 of 3"), and
 * identifiers after a name ("Game 2", "iPhone 11", "S&P 500"). The word lists are in
 * {@link QuantityRules}; the traps corpus {@code facts/quantity-traps.txt} in the tests holds the
 * phrases. Stateless and thread-safe.
 */
final class NumberTraps {

    /** Words after a number that make it a time of day: time zones and a.m. / p.m. */
    private static final Set<String> CLOCK_WORDS = Set.of("gmt", "utc", "edt", "est", "a.m.", "p.m.", "am", "pm");

    /**
     * The years a plain four-digit number is read as ("in 1066", "by 2016"): from 1000 to 2200. News
     * projections reach past 2100 ("seas could rise by 2150", a trap of the traps corpus), and a bare
     * four-digit number of that span with no counted noun or unit after it is far more often a year than
     * a count; dash ranges ("2014-2017", "2100-2150") and single numbers share the span.
     */
    static final int FIRST_YEAR = 1000;

    /** The last year of {@link #FIRST_YEAR}'s span. */
    static final int LAST_YEAR = 2200;

    /**
     * The span of recent years, in which a plain four-digit number dates even a plural after it ("the 2012 elections",
     * "a 1955 collectors' convention"): news writes counts of that size with a separator ("2,012 elections").
     */
    static final int RECENT_YEAR = 1900;

    /** The last year of {@link #RECENT_YEAR}'s span. */
    static final int LAST_RECENT_YEAR = 2030;

    private NumberTraps() {
    }

    /** Whether a value lies in the span of years a plain four-digit number names. */
    static boolean yearLike(double value) {
        return value >= FIRST_YEAR && value <= LAST_YEAR;
    }

    /**
     * Three or more groups of digits joined by spaces, dots or dashes: phone numbers and dotted dates; an area code's
     * parentheses may be written apart, as tokenized text has them ("( 555 ) 123-4567", "( 555 ) -123-4567").
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.,])\\+?(?:\\(\\s?)?\\d{2,4}(?:\\s?\\))?(?:(?:[\\s.\\-]|(?<=\\))\\s[.\\-])(?:\\(\\s?)?\\d{2,4}(?:\\s?\\))?){2,}(?!\\w|[.,]\\d)");

    /**
     * The hour of a clock time written apart, as tokenized text has it: "at 2: 30", "video 1: 28" (the minutes
     * follow; a leading zero, "3: 02", is dropped by {@link NumberCandidates}).
     */
    private static final Pattern CLOCK_HOUR_BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,2}: $");

    /** The first number of page furniture: "image 1 of 29", "Page 2 of 5" (the second is read by {@link #FURNITURE_BEFORE}). */
    private static final Pattern FURNITURE_FIRST = Pattern.compile("(?i)\\b(?:page|slide|photo|image|picture) $");

    private static final Pattern OF_NUMBER = Pattern.compile("^ of \\d");

    /** Page furniture: "Page 1 of 3", "Comments (0)". */
    private static final Pattern FURNITURE_BEFORE = Pattern.compile(
            "(?:\\b(?i:page|part|step|slide|photo|image|picture|episode|chapter) \\d+ of|\\b\\p{Lu}\\p{L}* \\()\\s*$");

    /** What ends an apposition after a name: "Senard, 65, now leads" (an age), "Maddon, 66)". */
    private static final Pattern APPOSITION_END = Pattern.compile("\\s*(?:[,;:)]|$)");

    /** A street address after a house number: "9 E 71st St", "12 W. Main Street". */
    private static final Pattern COMPASS = Pattern.compile("[NSEW]\\.?");

    private static final Pattern STREET_NAME = Pattern.compile("\\s+(?:\\p{Lu}\\p{Ll}+\\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave"
            + "|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Square|Court|Terrace|Crescent)\\b"
            + "|\\s+(?:Ave|Avenue|Rue|Via|Calle|Boulevard|Blvd)\\.?\\s+(?:\\p{Lu}|de |del |des |du |di )"); // "22 Ave Foch", "5 Rue de Rivoli"

    private static final Pattern STREET = Pattern.compile("\\d+(?:st|nd|rd|th)\\b.*|\\p{Lu}\\p{Ll}+\\b.*");

    /**
     * A lower-case compass letter and a street after a house number, as lower-cased text writes addresses: "36 w main st",
     * "at 100 e interstate 240 service road" (not "a 60 w bulb": a street word must follow within three words).
     */
    private static final Pattern LOWER_COMPASS_STREET = Pattern.compile("\\s+[nsew]\\.?\\s+(?:\\p{Ll}+\\s+){0,2}(?:street|st|avenue"
            + "|ave|road|rd|boulevard|blvd|lane|drive|dr|interstate|highway|hwy|parkway)\\b");

    /**
     * The last words of a title in quotes, right before the number that closes it: "the video game \" call of duty:
     * modern warfare 3 \"", "'terminator 3'star": a sequel's number (not a possessive's or contraction's quote, "company's 5").
     */
    private static final Pattern TITLE_OPEN_BEFORE = Pattern.compile("[\"“'‘](?!(?:s|t|d|m|ll|re|ve)\\s)\\s?(?:[^\\s\"“”'‘’]+\\s){1,6}$");

    private static final Pattern TITLE_CLOSE_AFTER = Pattern.compile("^\\s?[\"”'’](?![a-z]{1,2}\\b)");

    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");

    private static final Pattern NON_DIGIT = Pattern.compile("\\D");

    /** A month and day before a year: "december 15, 2011 gibbs said" (a plural after it does not make it a count). */
    private static final Pattern MONTH_DAY_BEFORE = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? $");

    /**
     * An owner right before a plain four-digit number, which then dates the noun after it: "its 1982 war",
     * "the party's 1998 campaign", "their 2004 elections" (a count after an owner is written "its 1,200 staff").
     */
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?i)(?:\\b(?:its|their|his|her|our|my|your)|\\p{L}['’]s)\\s+$");

    /** A pronoun and its verb drawn together before a number: "She's 6", "He's 82" (not a name's possessive). */
    private static final Pattern PRONOUN_CONTRACTION = Pattern.compile(
            "(?i)\\b(?:he|she|it|i|that|there|who|what|here)['’](?:s|m|re)\\s+$");

    /** Verbs of telephoning before a telephone number: "call 911", "residents called 911", "dialling 999". */
    private static final Set<String> PHONE_VERBS = Set.of("call", "calls", "called", "calling", "dial", "dials", "dialed",
            "dialled", "dialing", "dialling");

    /** A month and day before a second day: "Nov. 17 or 18", "May 5 and 6", "June 15-18" (the second is a day too). */
    private static final Pattern MONTH_DAY_OR = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2} ?(?:or|and|to|through|-) ?$");

    /** What stands before a list item's number: nothing, or a colon ("What we want to see: 1. ..."). */
    private static final Pattern LIST_BEFORE = Pattern.compile("(?:.*:)?\\s*");

    /** Words after "911" that make it the emergency number: "a 911 call", "the 911 operator". */
    private static final Set<String> EMERGENCY_WORDS = Set.of("call", "calls", "caller", "callers",
            "operator", "operators", "dispatcher", "dispatchers", "dispatch", "center", "centre", "system", "line");

    /** The words that join two days of a month: "Nov. 17 or 18", "May 5 and 6". */
    private static final Set<String> DAY_JOINERS = Set.of("or", "and", "to", "through");

    /** A day of a month before its year: "29, 2014" of "Sept. 29, 2014". */
    private static final Pattern YEAR_AFTER_DAY = Pattern.compile("\\s*,\\s*(\\d{4})(?!\\d|[.,]\\d)");

    /**
     * Labels whose number is an identifier even in lower case ("pan am flight 103", "route 66", "gate 12"), as
     * lower-cased text writes them, unless a counted noun or unit follows; "number" and "no." name a rank or
     * label in any case ("the no. 2 went", "a uniform stamped with the number 103").
     */
    private static final Set<String> LOWER_CASE_LABELS = Set.of("flight", "route", "highway", "hwy", // "on hwy 101"
            "interstate", "gate", "platform", "terminal", "channel", "exit", "article", "chapter", "section", "page",
            "room", "resolution", "episode", "number", "no.", "grade", // "the grade 7 reading test"
            "season", "proposition", "amendment", "district", "ward", "precinct", // "season 2", "proposition 65"
            "newsradio", "newschannel", // a station, "newsradio 880", "told newschannel 9"; "news 8" is a station too
            // ({@link #STATION_WORDS})
            "part", // "( part 1 )": a part of a series
            "area"); // "known as area 51", "the cia acknowledges area 51": the base's name, lower-cased

    /**
     * Words that name a television station with the digits after them, in any case and before any word but a unit: "cbs
     * news 8 sports director", "News 8's", "told news 8", "channel 2 investigates" (not "to channel one man": digits
     * only; not "the news 2 days later"). The networks' own names are {@link QuantityRules#NAMED_SERIES}: "fox 11
     * investigates".
     */
    private static final Set<String> STATION_WORDS = Set.of("channel", "news");

    /** The blog "politico 44" right before its number, as page furniture has it (not "also on politico: 10 things"). */
    private static final Pattern BLOG_BEFORE = Pattern.compile("(?i)\\bpolitico\\s+$");

    /** Words of the press before a number that begins a title with a capitalised word: "the daily 24 Chassa". */
    private static final Set<String> PRESS_WORDS = Set.of("daily", "newspaper", "weekly", "tabloid", "magazine");

    /**
     * Lower-case element symbols before a subscript written apart, as lower-cased text splits chemical formulas: "elevated
     * co 2", "h 2 o", "ch 4".
     */
    private static final Set<String> FORMULA_ELEMENTS = Set.of("co", "h", "ch", "nh", "so");

    /** A clock time joined to the number before it, which is then an hour too: "from 9 to 11pm", "between 6 and 8 p.m.". */
    private static final Pattern TO_CLOCK_TIME = Pattern.compile(
            "(?i)\\s?(?:to|and|or|until|till|-|–)\\s?\\d{1,2}(?:[:.]\\s?\\d\\d)?\\s?[ap]\\.?m\\b\\.?");

    /** A station's call sign before its channel and "news", as lower-cased text writes it: "told koin 6 news". */
    private static final Pattern CALL_SIGN_BEFORE = Pattern.compile("(?<![\\p{L}-])[kw]\\p{Ll}{2,3}(?:-tv)? $");

    private static final Pattern NEWS_AFTER = Pattern.compile("(?i)^ news\\b");

    /** A footnote's number alone in square brackets: "[ 1 ]", "[12]". */
    private static final Pattern BRACKET_OPEN = Pattern.compile("\\[\\s?$");

    private static final Pattern BRACKET_CLOSE = Pattern.compile("^\\s?\\]");

    /**
     * A street after a house number in lower-cased text: "212 elm street", "9 harbor view drive", "1709 broderick st.",
     * "140 trump place", "109 big branch court"
     * (capitalised names are read by {@link #STREET_NAME}).
     */
    private static final Pattern LOWER_STREET = Pattern.compile("\\s+((?:\\p{Ll}+\\s+){1,3})(?:street|avenue|road|boulevard|lane"
            + "|drive|place|court|plaza|terrace|circle|way|parkway|st\\.|ave\\.?|rd\\.|blvd\\.?|dr\\.)(?![\\p{L}\\-])(?!\\s+\\p{Ll}{2,}[^s\\W]s\\b)"); // not "700 high street shops"

    /** Whether a number with two decimals before a clock word is a time of day: "around 5.30 am", "at 10.45 p.m.". */
    static boolean isClockTime(double value, String decimals, String after) {
        if (decimals.length() != 2 || value >= 24 || Integer.parseInt(decimals) >= 60) {
            return false;
        }
        String next = NearbyWords.firstWord(after).toLowerCase(Locale.ROOT);
        return CLOCK_WORDS.contains(next) || CLOCK_WORDS.contains(TRAILING_DOTS.matcher(next).replaceAll(""));
    }

    /** Drops the candidates inside phone numbers and dotted dates: "+44 20 7946 0958", "12.11.2016". */
    static void removePhoneNumbers(String sentence, int digits, List<Candidate> candidates) {
        Matcher phone = PHONE.matcher(sentence);
        while (digits >= 8 && phone.find()) {
            if (NON_DIGIT.matcher(phone.group()).replaceAll("").length() >= 8) {
                int from = phone.start();
                int to = phone.end();
                candidates.removeIf(c -> c.start() < to && from < c.end()); // "+44 20 7946 0958", "12.11.2016"
            }
        }
    }

    /**
     * Plain integers that are years ("in 2016", "between 1600 and 1900" but not "1000 customers"),
     * days of a month, times, or identifiers after a capitalised word ("Big 12", "Game 2", "iPhone 11").
     */
    static boolean isTrap(String digits, double value, String before, String after) {
        String prev = NearbyWords.lastWord(before);
        String next = NearbyWords.firstWord(after);
        String noun = TRAILING_DOTS.matcher(next).replaceAll("");
        boolean countNext = noun.length() > 3 && noun.endsWith("s") && !singularInS(noun)
                        && Character.isLowerCase(noun.charAt(0))
                        && !QuantityRules.PHRASE_STOPS.contains(noun) // "since 2011 this year": "this" is no plural
                || !noun.isEmpty() && Character.isLowerCase(noun.charAt(0)) && UnitNames.known(noun) != null
                        && !QuantityRules.PHRASE_STOPS.contains(noun); // "1112 p" is not a year
        String[] nextTwo = NearbyWords.SPACES.split(after.strip(), 3);
        boolean unitNext = !noun.isEmpty() && Character.isLowerCase(noun.charAt(0)) && (noun.length() > 1
                && UnitNames.known(noun) != null && !QuantityRules.PHRASE_STOPS.contains(noun) || nextTwo.length > 1
                && UnitNames.known(nextTwo[0] + " " + NearbyWords.TRAILING_PUNCT.matcher(nextTwo[1]).replaceAll("")) != null);
        if (after.startsWith(". ") && digits.length() <= 2 && LIST_BEFORE.matcher(before).matches()) {
            return true; // "2. Rebecca larue ...", "see: 1. two a-holes": the number of a list item
        }
        if (digits.equals("911") && EMERGENCY_WORDS.contains(noun.toLowerCase(Locale.ROOT))) {
            return true; // "a senior 911 operator", "the 911 call": the emergency number
        }
        if (digits.length() == 2 && value < 60 && CLOCK_HOUR_BEFORE.matcher(before).find()) {
            return true; // "at 2: 30", "watch 1: 28": a clock's or a clip's minutes
        }
        if (FURNITURE_FIRST.matcher(before).find() && OF_NUMBER.matcher(after).find()) {
            return true; // "image 1 of 29": the number of a picture in a gallery
        }
        if (digits.length() <= 2 && value <= 24 && TO_CLOCK_TIME.matcher(after).lookingAt()) {
            return true; // "from 9 to 11pm", "between 6 and 8 p.m.": the first hour of a span of the clock
        }
        if (digits.length() <= 3 && BRACKET_OPEN.matcher(before).find() && BRACKET_CLOSE.matcher(after).find()) {
            return true; // "members worldwide; [ 1 ] the community": a footnote
        }
        if (digits.length() == 1 && FORMULA_ELEMENTS.contains(prev) && !unitNext) {
            return true; // "elevated co 2 initiates", "h 2 o": a chemical formula's subscript
        }
        if (digits.length() <= 2 && CALL_SIGN_BEFORE.matcher(before).find() && NEWS_AFTER.matcher(after).find()) {
            return true; // "koin 6 news", "wsb-tv 2 news": a station's name
        }
        if (TITLE_CLOSE_AFTER.matcher(after).find() && TITLE_OPEN_BEFORE.matcher(before).find() && Modifiers.modifierWord(prev)
                && !QuantityRules.PHRASE_STOPS.contains(prev.toLowerCase(Locale.ROOT))) { // not "a class of \"more than 150 \"plaintiffs"
            return true; // "\" call of duty: modern warfare 3 \"", "'terminator 3'star": the number that ends a title
        }
        if (digits.length() >= 10) {
            return true; // "1213456468001": ten digits or more, unseparated, are an identifier or a number in a link
        }
        if (digits.length() == 4 && yearLike(value) && (!countNext && !unitNext || MONTH_DAY_BEFORE.matcher(before).find()
                || OWNER_BEFORE.matcher(before).find() || !unitNext && value >= RECENT_YEAR && value <= LAST_RECENT_YEAR)) {
            return true; // but "the 1520 sq m centre" is an area; "the 2012 elections", "the 1969 slayings" are dated
        }
        if (value >= 1 && value <= 31 && digits.length() <= 2 && (DAY_JOINERS.contains(prev) || before.endsWith("-")
                || before.endsWith("- ")) && MONTH_DAY_OR.matcher(before).find()) {
            return true; // "forecast for Nov. 17 or 18": the second day of a month
        }
        Matcher year = YEAR_AFTER_DAY.matcher(after);
        if (value >= 1 && value <= 31 && digits.length() <= 2 && year.lookingAt() && yearLike(Double.parseDouble(year.group(1)))) {
            return true; // "Sept. 29, 2014": a day, even where the month stands in the previous sentence
        }
        return namesNumber(prev, before, after, unitNext) || isAddress(next, nextTwo, after)
                || isLabel(prev, next, before, after, countNext, unitNext);
    }

    /** A singular noun ending in "s" ("the 1998 crisis", "the 1992 class", "the 2008 process"): no plural after a year. */
    private static boolean singularInS(String noun) {
        return noun.endsWith("ss") || noun.endsWith("us") || noun.endsWith("is");
    }

    /** A name before the number that it is part of: "Game 2", "Big 12", "iPhone 11". */
    private static boolean namesNumber(String prev, String before, String after, boolean unitNext) {
        String prevLower = prev.toLowerCase(Locale.ROOT);
        if (!prev.isEmpty() && Character.isUpperCase(prev.charAt(0)) && !before.strip().equals(prev)
                && !prev.endsWith(".") && !PRONOUN_CONTRACTION.matcher(before).find() // "She's 6": no name
                && Modifiers.modifierWord(prev) && !clauseAfterName(before, after) // "In Texas, 5 people died" counts
                && !(QuantityRules.PHRASE_STOPS.contains(prevLower) && before.endsWith(" " + prev + " ")) && !unitNext) { // "With 275 pound-feet", "MacBook Pro 16 inch": a function word or a unit makes it a measure
            return true; // "Game 2", "Big 12", and ages after names ("Senard, 65,"), which NewsQuant mostly leaves out
        }
        if (prev.length() > 1 && Character.isLowerCase(prev.charAt(0)) && !prev.equals(prev.toLowerCase(Locale.ROOT))
                && before.endsWith(prev + " ")) {
            return true; // "iPhone 11", "eBay 2": a camel-case name before a number names a model
        }
        return false;
    }

    /** "9 E 71st St", "the 90049 ZIP Code", "10 Downing Street": a house number or postcode. */
    private static boolean isAddress(String next, String[] nextTwo, String after) {
        if (nextTwo.length > 1 && COMPASS.matcher(nextTwo[0]).matches() && STREET.matcher(nextTwo[1]).matches()
                || next.equalsIgnoreCase("zip") || next.equalsIgnoreCase("postcode")
                || nextTwo.length > 1 && nextTwo[0].equalsIgnoreCase("block") && nextTwo[1].equals("of") // "the 7400 block of Pacific Avenue"
                || !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && STREET_NAME.matcher(after).lookingAt()) {
            return true; // "9 E 71st St", "the 90049 ZIP Code", "10 Downing Street": an address
        }
        if (LOWER_COMPASS_STREET.matcher(after).lookingAt()) {
            return true; // "36 w main st", "100 e interstate 240 service road": an address in lower-cased text
        }
        Matcher street = LOWER_STREET.matcher(after);
        return street.lookingAt() && streetName(street.group(1));
    }

    /**
     * Whether the words between a number and a street word name a street ("elm", "harbor view"), not what the number
     * counts or measures ("5 mile road", "3 people drive", "4 dirt roads").
     */
    private static boolean streetName(String words) {
        for (String w : NearbyWords.SPACES.split(words.strip())) {
            if (UnitNames.known(w) != null || QuantityRules.PHRASE_STOPS.contains(w) || QuantityRules.COUNT_NOUNS.contains(w)
                    || w.length() > 3 && w.endsWith("s") && !singularInS(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A telephone number, model name, page furniture, day of a month, identifier label, named series or
     * time of day: "call 911", "11 Pro Max", "Page 1 of 3", "May 5", "Section 427", "FTSE 100", "10 GMT".
     */
    private static boolean isLabel(String prev, String next, String before, String after, boolean countNext,
            boolean unitNext) {
        String prevLower = prev.toLowerCase(Locale.ROOT);
        if (PHONE_VERBS.contains(prevLower) && !countNext && !unitNext) {
            return true; // "call 911", "called 911", "dialling 999": a telephone number; "call 10 witnesses" counts
        }
        if (QuantityRules.MODEL_SUFFIXES.contains(NearbyWords.TRAILING_PUNCT.matcher(next).replaceAll(""))) {
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
        if (LOWER_CASE_LABELS.contains(prev) && !before.stripTrailing().endsWith(",") && !countNext && !unitNext) { // not "the area, 125 northwest of"
            return true; // "pan am flight 103", "off exit 12": an identifier in lower-cased text
        }
        if (namedSeries(before)) {
            return true; // "the S&P 500", "FTSE 100", "a category 4 hurricane": part of a name
        }
        if (BLOG_BEFORE.matcher(before).find()) {
            return true; // "reset politico 44 and while romney": a blog's name
        }
        if (PRESS_WORDS.contains(prevLower) && !next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
            return true; // "the daily 24 Chassa reported": a newspaper's title
        }
        if (STATION_WORDS.contains(prev.toLowerCase(Locale.ROOT)) && !unitNext) {
            return true; // "cbs news 8 sports director", "News 8's": a television station
        }
        String lowerNext = next.toLowerCase(Locale.ROOT);
        String zone = TRAILING_DOTS.matcher(lowerNext).replaceAll("");
        return CLOCK_WORDS.contains(zone) || CLOCK_WORDS.contains(lowerNext); // "5 GMT", "10 a.m.", "9 pm"
    }

    /** Whether the word or two before a number name a series it belongs to: "the S&P 500", "kepler 438b", "galaxy note 7". */
    static boolean namedSeries(String before) {
        if (QuantityRules.NAMED_SERIES.contains(NearbyWords.lastWord(before.replace("&", "")).toLowerCase(Locale.ROOT))) {
            return true;
        }
        Matcher two = LAST_TWO_WORDS.matcher(before);
        return two.find() && QuantityRules.NAMED_SERIES_TWO_WORDS.contains(two.group(1).toLowerCase(Locale.ROOT)); // "galaxy note 7"
    }

    /** The last two words before a number. */
    private static final Pattern LAST_TWO_WORDS = Pattern.compile("(\\p{L}+ \\p{L}+)\\s+$");

    /** A number after a name and a comma that is no apposition ("In Texas, 5 people", not "Senard, 65, now"). */
    private static boolean clauseAfterName(String before, String after) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        return end > 0 && before.charAt(end - 1) == ',' && !APPOSITION_END.matcher(after).lookingAt();
    }
}
