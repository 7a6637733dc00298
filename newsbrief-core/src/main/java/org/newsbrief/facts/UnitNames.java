package org.newsbrief.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalised unit names, as NewsQuant and CQE write them: the unit's full singular name in British
 * spelling ("km" and "kilometers" are {@code kilometre}, "%" and "per cent" {@code percentage},
 * "$" {@code dollar}, "mph" {@code mile per hour}), a counted noun phrase with its head in the
 * singular ("heart transplants" is {@code heart transplant}). Stateless.
 */
public final class UnitNames {

    /**
     * Written forms of units (lower case) and their name; plural forms come from {@link #singular}.
     * Each line groups one quantity kind; the forms are the common news abbreviations and spellings.
     */
    private static final String[][] TABLE = {
        {"percentage", "%", "percent", "per cent", "pc", "pct", "percentage"},
        {"percentage point", "percentage point", "percentage points", "points percentage"},
        {"basis point", "basis point", "bps", "bp"},
        {"point", "point", "pts", "pt", "p"},
        {"dollar", "$", "us$", "us $", "$us", "usd", "dlrs", "dlr", "dollar", "us dollar", "u.s. dollar"},
        {"australian dollar", "a$", "$a", "aud", "australian dollar"},
        {"hong kong dollar", "hk$", "hk $", "hkd", "hong kong dollar"},
        {"canadian dollar", "c$", "cad", "canadian dollar"},
        {"euro", "€", "eur", "euro"},
        {"pound sterling", "£", "gbp", "pound sterling", "sterling"},
        {"japanese yen", "¥", "jpy", "yen", "japanese yen", "y="},
        {"chinese yuan", "yuan", "cny", "rmb", "renminbi", "chinese yuan"},
        {"malaysian ringgit", "rm", "ringgit", "myr"},
        {"shekel", "shekel", "nis", "ils"},
        {"cent", "cent"},
        {"penny", "pence", "penny"}, // CQE's name for pence ("470 pence a share")
        {"rupee", "rupee", "rs"},
        {"croatian kuna", "kn", "hrk", "croatian kuna"}, // a bare "kuna" is no surface of CQE's croatian kuna
        {"danish krone", "dkk", "danish krone", "danish crown"},
        {"swedish krone", "sek", "swedish krona", "swedish krone", "swedish crown"}, // CQE's key, for "krona" too
        {"norwegian krone", "nok", "norwegian krone", "norwegian crown"},
        {"swiss franc", "chf", "swiss franc", "franc"},
        {"indian rupee", "inr", "indian rupee", "₹"},
        // other currencies of world news, named as CQE's unit table names them
        {"mexican peso", "mxn", "mexican peso", "peso", "mex$"},
        {"brazilian real", "brl", "r$", "brazilian real", "reais"},
        {"russian ruble", "rub", "₽", "ruble", "rouble", "russian ruble", "russian rouble"},
        {"south african rand", "zar", "rand", "south african rand"},
        {"south korean won", "krw", "₩", "south korean won", "korean won", "won"}, // "won" is one of CQE's surfaces
        {"turkish lira", "try", "turkish lira"}, // as CQE's table: a bare "lira" stays lira
        {"indonesian rupiah", "idr", "rupiah", "indonesian rupiah"},
        {"polish złoty", "pln", "złoty", "polish zloty", "polish złoty"}, // a bare "zloty" stays zloty in CQE's table
        {"syrian pound", "s£", "syp", "syrian pound"},
        {"saudi riyal", "sar", "saudi riyal"}, // a bare "riyal" stays riyal in CQE's table
        {"united arab emirates dirham", "aed", "united arab emirates dirham"},
        {"singapore dollar", "s$", "sgd", "singapore dollar"},
        {"new zealand dollar", "nz$", "nz $", "nzd", "new zealand dollar"},
        {"bitcoin", "btc", "₿", "xbt", "bitcoin"},
        {"satoshi", "satoshi"},
        // CQE's unit table (unit.json) names these currencies by their symbols and ISO-prefixed dollar signs
        {"chinese yuan", "元", "kuai"},
        {"costa rican colón", "₡", "crc"},
        {"georgian lari", "₾", "lari"},
        {"lao kip", "₭"},
        {"ghanaian cedi", "₵", "ghanaian cedi"},
        {"sri lankan rupee", "ரூ", "lkr", "sri lankan rupee"},
        {"czech koruna", "czk", "czech koruna", "czech crown"},
        {"netherlands guilde", "guilder", "dutch guilder", "netherlands guilder"},
        {"sen", "sen"},
        {"dollar", "usd$", "usd $"},
        {"australian dollar", "aud$", "aud $"},
        {"canadian dollar", "cad$", "cad $"},
        {"new zealand dollar", "nzd$", "nzd $"},
        {"mexican peso", "mxn$", "mxn $"},
        {"kilometre", "km", "kilometre", "kilometer", "kms"},
        {"metre", "m", "metre", "meter"},
        {"centimetre", "cm", "centimetre", "centimeter"},
        {"millimetre", "mm", "millimetre", "millimeter"},
        {"micrometre", "μm", "µm", "micrometre", "micrometer", "micron"},
        {"nanometre", "nm", "nanometre", "nanometer"},
        {"mile", "mile", "mi"},
        {"light-year", "light-year", "light year", "ly"},
        {"foot", "ft", "foot", "feet", "′"},
        {"inch", "in", "inch", "″", "\""},
        {"yard", "yd", "yard"},
        {"square centimetre", "cm2", "cm²", "sq cm", "square centimetre", "square centimeter"},
        {"cubic metre", "m3", "m³", "cubic metre", "cubic meter"},
        {"decimetre", "dm", "decimetre", "decimeter"},
        {"square metre", "sq m", "sqm", "m2", "m²", "square metre", "square meter", "sq metre", "sq meter"},
        {"square kilometre", "sq km", "km2", "km²", "square kilometre", "square kilometer", "sq kilometre", "sq kilometer"},
        {"square mile", "sq mi", "square mile", "sq mile"},
        {"square foot", "sq ft", "square foot", "square feet", "sq foot", "sq feet"},
        {"cubic foot", "cu ft", "cubic foot", "cubic feet"},
        {"hectare", "ha", "hectare"},
        {"acre", "acre"},
        {"kilogram", "kg", "kilo", "kilogram", "kilogramme"},
        {"gram", "g", "gm", "gram", "gramme"},
        {"milligram", "mg", "milligram"},
        {"microgram", "μg", "µg", "mcg", "ug", "microgram", "microgramme"},
        {"carat", "carat", "karat"},
        {"pound-mass", "lb", "lbs", "pound"},
        {"ton", "ton"},
        {"metric ton", "tonne", "metric ton"},
        {"gigaton", "gigatonne", "gigaton", "gt"},
        {"ounce", "oz", "ounce"},
        {"litre", "l", "litre", "liter", "ltr"},
        {"millilitre", "ml", "millilitre", "milliliter", "cc", "cm3", "cubic centimetre", "cubic centimeter"},
        {"gallon", "gal", "gallon"},
        {"pint", "pint"},
        {"cup", "cup"},
        {"tablespoon", "tbsp", "tablespoon"},
        {"teaspoon", "tsp", "teaspoon"},
        {"quart", "qt", "quart"},
        {"barrel", "barrel", "bbl"},
        {"barrel of oil", "barrel of oil", "barrels of oil"}, // a unit of its own in CQE's table
        {"mega british thermal unit", "mmbtu", "million british thermal units"},
        {"barrel per day", "barrel-a-day", "barrels-a-day", "bpd", "barrels a day", "barrels per day"},
        {"mile per hour", "mph", "miles per hour", "miles an hour", "mile per hour"},
        {"kilometre per hour", "km/h", "kmh", "kph", "kmph", "km/hr", "kilometres per hour", "kilometers per hour",
            "kilometres an hour", "kilometers an hour"},
        {"metre per second", "m/s", "metres per second", "meters per second"}, // not "mps": "5 MPs" are members
        {"foot per second", "ft/s", "fps", "feet per second"},
        {"mile per gallon", "mpg", "miles per gallon"},
        {"revolutions per minute", "rpm"},
        {"horsepower", "hp", "horsepower", "ps", "bhp-"},
        {"brake horsepower", "bhp"},
        {"watt", "w", "watt"},
        {"kilowatt", "kw", "kilowatt"},
        {"megawatt", "mw", "megawatt"},
        {"gigawatt", "gw", "gigawatt"},
        {"kilowatt hour", "kwh", "kilowatt hour", "kilowatt-hour"},
        {"megawatt hour", "mwh", "megawatt hour", "megawatt-hour"},
        {"gigawatt hour", "gwh", "gigawatt hour", "gigawatt-hour"},
        {"milliampere-hour", "mah", "milliampere-hour"},
        {"volt", "v", "volt"},
        {"kilovolt", "kv", "kilovolt"},
        {"ampere", "a", "amp", "ampere"},
        {"farad", "f", "farad"},
        {"hertz", "hz", "hertz"},
        {"kilohertz", "khz", "kilohertz"},
        {"megahertz", "mhz", "megahertz"},
        {"gigahertz", "ghz", "gigahertz"},
        {"newton metre", "nm-", "newton metre", "newton meter", "newton-metre"},
        {"foot pound-force", "lb-ft", "lb ft", "ft-lb", "foot-pound", "foot pound"},
        {"pound-foot", "pound-feet", "pound-foot", "pound feet", "pound foot"}, // CQE: "pound-feet" is not "lb-ft"
        {"gigapascal", "gpa", "gigapascal"},
        {"megapascal", "mpa", "megapascal"},
        {"kilopound per square inch", "ksi"},
        {"pound per square inch", "psi", "pound per square inch", "pounds per square inch"},
        {"hectopascal", "hpa", "hectopascal"},
        {"kilopascal", "kpa", "kilopascal"},
        {"millibar", "mbar", "millibar"},
        {"terawatt hour", "twh", "terawatt hour", "terawatt-hour"},
        {"kiloton", "kiloton", "kilotonne"},
        {"megaton", "megaton", "megatonne"},
        {"decibel", "db", "decibel"},
        {"candela per square metre", "nit", "candela per square metre"},
        {"radian", "rad", "radian"},
        {"parts-per-billion", "ppb", "parts per billion"},
        {"parts-per-million", "ppm", "parts per million", "parts-per-million"}, // as CQE names ppb
        {"celsius", "c", "°c", "° c", "celsius", "degree celsius", "degrees celsius", "centigrade", "degrees c", "degree c", "deg c",
            "deg celsius", "celcius", "degrees centigrade"},
        {"fahrenheit", "°f", "° f", "fahrenheit", "degree fahrenheit", "degrees fahrenheit", "degrees f", "degree f", "deg f",
            "deg fahrenheit", "farenheit", "degrees farenheit"},
        {"degree", "°", "degree", "deg"},
        {"byte", "byte"},
        {"bit", "bit"},
        {"kilobyte", "kb", "kilobyte"},
        {"megabyte", "mb", "megabyte"},
        {"gigabyte", "gb", "gigabyte"},
        {"terabyte", "tb", "terabyte"},
        {"megabit per second", "mbps", "mbit/s", "megabits per second"},
        {"gigabit per second", "gbps", "gigabits per second"},
        {"second", "sec", "secs", "s", "second"},
        {"minute", "min", "mins", "minute"},
        {"hour", "hr", "hrs", "h", "hour"},
        {"day", "day"},
        {"week", "week", "wk"},
        {"month", "month"},
        {"year", "year", "yr", "yrs", "annum"},
        {"year of age", "yo", "year-old", "years-old", "year old", "years old", "-year-old", "years of age", "year of age"},
        {"month of age", "month-old", "months-old", "month old", "months old", "months of age", "month of age"},
        {"week of age", "week-old", "weeks-old", "week old", "weeks old", "weeks of age", "week of age"},
        {"day of age", "day-old", "days-old", "day old", "days old", "days of age", "day of age"},
        {"count", "time", "times", "x", "instance"},
        {"point per game", "ppg", "points per game"},
        {"rebound per game", "rpg", "rebounds per game"},
        {"assist per game", "apg", "assists per game"},
        
    };

    /**
     * Forms whose case decides: "5G" is a network generation, "45g" grams; "450 Nm" newton metres, "7 nm" nanometres;
     * as in CQE's unit table, a lower-case or mixed "b" is bits ("100 mb", "10 Gb") where "MB" and "GB" are bytes;
     * baseball's "1.2 WAR" is written in capitals, where "the 1967 war" and "two wars" are wars.
     */
    private static final Map<String, String> CASED = Map.ofEntries(Map.entry("G", "generation wireless"),
            Map.entry("Nm", "newton metre"), Map.entry("NM", "newton metre"), Map.entry("mb", "megabit"),
            Map.entry("Mb", "megabit"), Map.entry("gb", "gigabit"), Map.entry("Gb", "gigabit"),
            Map.entry("kb", "kilobit"), Map.entry("Kb", "kilobit"), Map.entry("tb", "terabit"), Map.entry("Tb", "terabit"),
            Map.entry("WAR", "win above replacement"));

    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String[] row : TABLE) {
            for (int i = 1; i < row.length; i++) {
                NAMES.put(row[i], row[0]);
            }
        }
    }

    /** "dollar per barrel": a unit, then "per" or "a" and a second unit or noun. */
    private static final Pattern PER = Pattern.compile("(.+?) (?:per|a|an) (.+)");

    /** "square millimetre", "cubic yard": a unit raised to a power, written out. */
    private static final Pattern POWER = Pattern.compile("(square|cubic) (\\p{L}+)");

    private UnitNames() {
    }

    /** The name of a known unit written this way ("km", "miles per hour", "$"), or null. */
    public static String known(String written) {
        String cased = CASED.get(written.strip());
        if (cased != null) {
            return cased;
        }
        String u = written.strip().toLowerCase(Locale.ROOT);
        String named = NAMES.get(u);
        if (named == null && u.length() > 2 && !NAMES.containsKey(u) && u.endsWith("s")) {
            named = NAMES.get(singular(u));
        }
        if (named == null && (u.startsWith("square ") || u.startsWith("cubic "))) {
            Matcher power = POWER.matcher(u);
            String base = power.matches() ? NAMES.get(singular(power.group(2))) : null;
            if (base == null && power.matches()) {
                base = NAMES.get(power.group(2));
            }
            return base != null && !base.contains(" ") ? power.group(1) + " " + base : null; // "square millimetres", "cubic yards"
        }
        int slash = u.indexOf('/');
        if (named == null && slash > 0 && slash == u.lastIndexOf('/') && u.length() > 3 && !u.contains(" ")) {
            // "mg/L", "A/cm2", "µg/m³": a unit per a unit, each known; not "A/B" or "P/E"
            String first = NAMES.get(u.substring(0, slash));
            String second = NAMES.get(u.substring(slash + 1));
            return first != null && second != null ? first + " per " + second : null;
        }
        return named;
    }

    /**
     * The normalised name of a unit or counted thing as the extractor reports it: a known unit's
     * name; "X per Y" with both parts named; else the phrase with its last word in the singular;
     * "-" stays "-".
     */
    public static String normalize(String unit) {
        String cased = CASED.get(unit.strip());
        if (cased != null) {
            return cased;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        if (u.isEmpty() || u.equals("-")) {
            return "-";
        }
        String named = known(unit); // in its own case: "GB" is gigabyte, "gb" gigabit
        if (named != null) {
            return named;
        }
        Matcher per = PER.matcher(u);
        if (per.matches()) {
            return normalize(per.group(1)) + " per " + normalize(per.group(2));
        }

        int space = u.lastIndexOf(' ');
        String head = u.substring(space + 1);
        String headName = known(head);
        if (headName != null && space > 0 && !u.contains("-")) {
            return headName; // "rushing yards" is yard, "1,200 square kilometres" is caught above
        }
        return u.substring(0, space + 1) + singular(head);
    }

    /** Plurals in "-ves" of nouns in "-f" or "-fe" ("lives", "wolves"); other "-ves" plurals drop the s ("olives"). */
    private static final Map<String, String> F_PLURALS = Map.of("lives", "life", "wives", "wife", "knives", "knife",
            "halves", "half", "wolves", "wolf", "thieves", "thief", "shelves", "shelf", "calves", "calf", "loaves", "loaf");

    /** Plurals made by a change of vowel: "geese", "mice", "teeth". */
    private static final Map<String, String> VOWEL_PLURALS = Map.of("geese", "goose", "mice", "mouse", "teeth", "tooth",
            "lice", "louse");

    /** Nouns in "-s" that are no plurals, as a lemmatizer leaves them: "3 news programs", "the measles cases". */
    private static final Set<String> S_SINGULARS = Set.of("news", "measles", "diabetes", "rabies", "mumps", "herpes",
            "politics", "economics", "physics", "mathematics", "athletics", "lens", "means", "headquarters",
            "whereabouts", "barracks");

    /** Nouns in "-ie" whose plural in "-ies" is not one in "-y": "30 movies" is movie, not "movy". */
    private static final Set<String> IE_NOUNS = Set.of("movies", "cookies", "rookies", "calories", "zombies", "hippies",
            "selfies", "goalies", "prairies", "smoothies", "hoodies", "brownies", "freebies", "newbies", "veggies",
            "aunties", "genies", "pixies", "yuppies", "birdies");

    /** "civilians" to "civilian", "countries" to "country", "bosses" to "boss", "men" to "man"; "people" stays. */
    public static String singular(String noun) {
        String n = noun;
        if (n.endsWith("men")) {
            return n.substring(0, n.length() - 3) + "man"; // "fishermen", and "four men" is man as CQE lemmatizes it
        }
        if (S_SINGULARS.contains(n)) {
            return n; // "network television news" is news, not "new"
        }
        if (IE_NOUNS.contains(n)) {
            return n.substring(0, n.length() - 1); // "30 movies" is movie
        }
        if (n.equals("feet")) {
            return "foot";
        }
        if (n.equals("children")) {
            return "child";
        }
        String vowel = VOWEL_PLURALS.get(n);
        if (vowel != null) {
            return vowel; // "80 of the geese": goose
        }
        if (n.endsWith("species") || n.endsWith("series")) {
            return n; // "100 species": the same in the singular
        }
        String irregular = F_PLURALS.get(n);
        if (irregular != null) {
            return irregular; // "20 more lives": life, not "live"
        }
        int hyphen = n.lastIndexOf('-');
        String last = n.substring(hyphen + 1);
        if (hyphen > 0 && (F_PLURALS.containsKey(last) || IE_NOUNS.contains(last) || last.equals("feet")
                || last.equals("children"))) {
            return n.substring(0, hyphen + 1) + singular(last); // "two ex-wives", "the step-children": ex-wife, step-child
        }
        if (n.length() <= 3 || !n.endsWith("s") || n.endsWith("ss") || n.endsWith("us") || n.endsWith("is")) {
            return n;
        }
        if (n.endsWith("ies") && n.length() > 4) {
            return n.substring(0, n.length() - 3) + "y";
        }
        if (n.endsWith("ouses") || n.endsWith("auses") || n.equals("uses")) {
            return n.substring(0, n.length() - 1); // "houses", "causes", "spouses"
        }
        if (n.endsWith("izzes")) {
            return n.substring(0, n.length() - 3); // "three quizzes", "whizzes": the z doubled before "-es", quiz
        }
        if (n.endsWith("zes") && !n.endsWith("zzes") && !n.endsWith("tzes")) {
            return n.substring(0, n.length() - 1); // "24 prizes", "three sizes": prize, size; "buzzes", "waltzes" drop "es"
        }
        if (n.endsWith("sses") || n.endsWith("ches") || n.endsWith("shes") || n.endsWith("xes") || n.endsWith("uses")
                || n.endsWith("zes")) {
            return n.substring(0, n.length() - 2);
        }
        return n.substring(0, n.length() - 1);
    }
}
