package org.newsbrief.facts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a unit is per: after the unit or counted thing of a quantity, a slash, "per" or "a" and a
 * period or thing makes it a rate ("$9.99/month", "$10 per gram", "$80 a share", "2.4 billion gallons
 * of jet fuel a year"), a conversion in brackets passed over. Used by {@link UnitResolver}. Stateless
 * and thread-safe.
 */
final class UnitRates {

    private UnitRates() {
    }

    private static final Pattern SLASH_PER = Pattern.compile("/(\\p{L}+)\\b");

    private static final Pattern ENDS_PUNCT = Pattern.compile(".*[,;:)]$");

    private static final Pattern RELATIVE_TIME = Pattern.compile("(?:earlier|ago|later|before|after)\\W*");

    /** Periods of a rate after the thing measured: "34,500 tons of copper a year". */
    private static final Set<String> PERIODS = Set.of("year", "month", "week", "day", "hour");

    /** Things prices are quoted per after "a"/"an": "$1,271.2 an ounce", "$80 a share". */
    private static final Set<String> PER_THINGS = Set.of("share", "barrel", "ounce", "gallon",
            "head", "person", "litre", "liter", "pound", "kilo", "tonne", "ton", "night", "piece", "unit", "dozen");

    /**
     * The name with what it is per, when a rate follows the {@code used} words of {@code rest}: "$9.99/month",
     * "2.4 billion gallons of jet fuel a year", "$10 per gram", "$3500 a month"; else the name.
     */
    static String withRate(String name, String rest, int used) {
        String slashed = perSlash(name, rest, used);
        if (slashed != null) {
            return slashed;
        }
        String[] words = NearbyWords.SPACES.split(rest.strip());
        int after = pastConversion(words, used);
        String rate = perPeriodOf(name, words, after);
        if (rate != null) {
            return rate;
        }
        String per = perJoiner(name, words, after, after != used);
        return per != null ? per : name;
    }

    /** "$9.99/month", "£5/kg": the name per what follows the slash, else null. */
    private static String perSlash(String name, String rest, int used) {
        Matcher slash = SLASH_PER.matcher(rest);
        if (used == 0 && slash.lookingAt() && !name.equals("-")) {
            String what = slash.group(1).toLowerCase(Locale.ROOT);
            if (QuantityRules.TIME_UNITS.contains(what) || PER_THINGS.contains(what)
                    || what.length() > 1 && UnitNames.known(what) != null) {
                return name + " per " + UnitNames.normalize(what); // "$9.99/month", "£5/kg"
            }
        }
        return null;
    }

    /** The words used once a conversion in brackets after them is passed over, else {@code used}. */
    private static int pastConversion(String[] words, int used) {
        if (used < words.length && words[used].startsWith("(") && UnitResolver.DIGIT_IN.matcher(words[used]).find()) {
            for (int k = used; k < Math.min(words.length, used + 4); k++) {
                if (words[k].endsWith(")")) {
                    return k + 1; // "9 billion shekels ($2.4 billion) a year": the conversion is passed over
                }
            }
        }
        return used;
    }

    /** "2.4 billion gallons of jet fuel a year": a known unit of something per period, else null. */
    private static String perPeriodOf(String name, String[] words, int used) {
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
        return null;
    }

    /** "$10 per gram", "$3500 a month", "$80 a share": the name per what follows "per" or "a", else null. */
    private static String perJoiner(String name, String[] words, int used, boolean converted) {
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
        return null;
    }
}
