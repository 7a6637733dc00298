package org.newsbrief.facts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate readers of ranges written with a dash: "5-10W", "15-22 miles per hour", "$2m-$3m",
 * "10%-15%". Years ("2014-2017"), scores ("2-0") and addresses are no ranges. Called by
 * {@link NumberCandidates}. Stateless and thread-safe.
 */
final class DashRanges {

    private DashRanges() {
    }

    /** "$2m-$3m" is 2 to 3 million dollars, "10%-15%" a range of percentages, "2m-3m" (no currency) metres. */
    static Candidate scaledRange(Matcher m, String input) {
        String currency = m.group(1);
        String scale = m.group(3).strip(); // " million" of "$ 11 million-$ 15 million"
        if (!scale.equals(m.group(5).strip())) {
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
            unit = currency == null ? null : UnitResolver.currency(currency);
        }
        return new Candidate(m.start(), m.end(), low, low, high, unit, true, !scale.equals("%") && !"m".equals(unit));
    }

    /**
     * One or two lower-case modifiers and a plural after a rising dash range: "16-20 coal power stations", "75-90 police
     * officers" (a score has no counted noun after it; "9-9 plan throws" does not rise).
     */
    private static final Pattern MODIFIED_PLURAL = Pattern.compile(
            " (?!(?:of|in|to|by|for|with|and|or|the|a|an|on|at|from)\\b)\\p{Ll}[\\p{Ll}-]+(?: \\p{Ll}[\\p{Ll}-]+)? \\p{Ll}{2,}[^s\\W]s\\b");

    /** Age words before a dash range with no unit, which it then measures: "aged 14-65", "ages 5-10". */
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\bage[sd]? $");

    /**
     * "5-10W", "15-22 miles per hour", "200,000-260,000 year-old": a range when a unit, scale, currency
     * or counted noun comes with it; otherwise (scores "2-2", "2-0 down", years "2014-2017", addresses
     * "16-18 Industrial Avenue") nothing.
     */
    static Candidate dashRange(Matcher m, String input) {
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
        String unit = m.group(10) != null ? "percent" : m.group(1) != null ? UnitResolver.currency(m.group(1))
                : gluedUnit;
        if (unit != null && (unit.equalsIgnoreCase("am") || unit.equalsIgnoreCase("pm"))) {
            return null; // "7-9am": hours of a clock
        }
        if (NumberTraps.yearLike(low) && NumberTraps.yearLike(high) && m.group(3) == null && m.group(5) == null
                && m.group(2).indexOf(',') < 0 && m.group(4).indexOf(',') < 0) {
            return null; // "2014-2017"; "1,500-2,000 troops" with thousands separators is a count
        }
        if (unit == null && factor == 1 && !AGE_BEFORE.matcher(NearbyWords.before(input, m)).find()) { // "aged 14-65" is a range of ages
            String next = NearbyWords.firstWord(NearbyWords.after(input, m)).toLowerCase(Locale.ROOT);
            boolean counted = UnitNames.known(next) != null && next.length() > 1
                    || next.length() > 3 && next.endsWith("s") && !QuantityRules.PHRASE_STOPS.contains(next)
                    || low < high && m.group(4).charAt(0) != '0' && MODIFIED_PLURAL.matcher(NearbyWords.after(input, m)).lookingAt();
            if (!counted || !Character.isLowerCase(NearbyWords.firstWord(NearbyWords.after(input, m)).isEmpty() ? 'X'
                    : NearbyWords.firstWord(NearbyWords.after(input, m)).charAt(0))) {
                return null;
            }
        }
        return new Candidate(m.start(), m.end(), low * factor, low * factor, high * factor, unit, true, factor != 1);
    }
}
