package org.newsbrief.facts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The passes over a sentence's quantities that give a number without a unit the unit of a neighbour a
 * reader would carry over: the whole of a part ("11 of its last 12 games"), a parallel number after the
 * same preposition ("by 2 percent ... by 1"), the last of a suspended-hyphen list ("four-, five- and
 * six-cylinder"), a height's feet ("5 ft 10 in"), and the level a bare number is compared with ("22 aircraft — down
 * from 54"). Stateless and thread-safe; the lists passed in are changed in place.
 */
final class UnitInheritance {

    private UnitInheritance() {
    }

    private static final Pattern OF_NEXT = Pattern.compile(
            "\\s+(?:out\\s+)?of\\s+(?:(?:the|a|an|its|their|his|her|our)\\s+)?(?:(?:last|first|next|past|top|remaining)\\s+)?");

    /** Prepositions whose repeats make two numbers parallel: "by 2 percent ... by 1", "at 1,463 points ... at 1,334". */
    private static final Set<String> PARALLEL = Set.of("by", "at");

    /**
     * A number without a unit before "of" and a number with one takes the whole's unit: "raised 280 million
     * of the 1.5 billion shekels", "won 11 of its last 12 games", "pick up 6 of the remaining 8 seats".
     */
    static void inheritWholeUnits(String sentence, List<Quantity> quantities) {
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
    }

    /**
     * A bare number after "by" or "at" takes the unit of an earlier number after the same preposition, as a
     * reader does: "the DAX increased by 2 percent but the Nasdaq fell by 1." is 1 percent.
     */
    static void inheritParallelUnits(String sentence, List<Quantity> quantities) {
        for (int i = 1; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (!q.unitName().equals("-") || q.range()) {
                continue;
            }
            String preposition = NearbyWords.wordBefore(sentence, q.span().start());
            if (!PARALLEL.contains(preposition)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Quantity p = quantities.get(j);
                String before = NearbyWords.wordBefore(sentence, p.span().start());
                boolean sign = UnitResolver.CURRENCY_SIGN.matcher(p.text()).find(); // "$1.14", "Y=590": writers repeat these, so a bare number has none
                if (before.equals(preposition) && !sign && !p.unitName().equals("-") && !p.unit().equals("share") && !p.range()) {
                    quantities.set(i, new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.change(), p.unit(),
                            q.concept(), q.partial(), q.range(), p.unitName()));
                    break;
                }
            }
        }
    }

    /**
     * What lies between a number with a unit and a bare number it is compared with: " — down from ", " convulsive
     * seizures per month ( up from " (no sentence end, semicolon or colon between).
     */
    private static final Pattern GAP_FROM = Pattern.compile("(?i)[^.;:\\d]{0,60}\\b(?:up|down)\\s+from\\s+");

    /**
     * A bare number after "down from" or "up from" takes the unit of the number just before it, the level it is
     * compared with: "the retention of 22 aircraft — down from 54" is 54 aircraft (ages and shares are left alone).
     */
    static void inheritComparedUnits(String sentence, List<Quantity> quantities) {
        for (int i = 1; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            Quantity p = quantities.get(i - 1);
            if (q.unitName().equals("-") && !q.range() && !p.unitName().equals("-") && !p.unit().equals("share")
                    && !p.unitName().endsWith(" of age") && p.span().end() <= q.span().start()
                    && GAP_FROM.matcher(sentence.substring(p.span().end(), q.span().start())).matches()) {
                quantities.set(i, new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.change(), p.unit(),
                        q.concept(), q.partial(), q.range(), p.unitName()));
            }
        }
    }

    /**
     * A number before a suspended hyphen takes the unit of the hyphenated number that ends the list: "four-, five-
     * and six-cylinder engines" are three counts of cylinders, "10- or 12-inch screens" two sizes in inches.
     */
    static void inheritSuspendedUnits(String sentence, List<Quantity> quantities) {
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

    /** "and" or "or" alone between two numbers: " and " of "372 and 374 nanometers". */
    private static final Pattern CONJOINED = Pattern.compile("\\s+(?:and|or)\\s+");

    /** A comma alone between two numbers of a list that ends in "and" or "or": the first ", " of "at 5, 24 and 29 months". */
    private static final Pattern LIST_COMMA = Pattern.compile(",\\s+");

    /**
     * A bare number joined by "and" or "or" to a number with a unit of measure takes that unit: "at 372 and 374
     * nanometers" are two wavelengths, "3 or 4 kilometres" two distances (counted things are left alone).
     */
    static void inheritConjoinedUnits(String sentence, List<Quantity> quantities) {
        boolean chained = false; // whether the next number took its unit here, through "and" or a comma before it
        for (int i = quantities.size() - 2; i >= 0; i--) {
            Quantity q = quantities.get(i);
            Quantity next = quantities.get(i + 1);
            boolean apart = q.span().end() <= next.span().start();
            String gap = apart ? sentence.substring(q.span().end(), next.span().start()) : "";
            boolean joined = CONJOINED.matcher(gap).matches() || chained && LIST_COMMA.matcher(gap).matches();
            boolean measure = !q.range() && !next.range() && apart && UnitNames.known(next.unit()) != null && !UnitResolver.CURRENCY_SIGN.matcher(next.text()).find();
            if (q.unitName().equals("-") && measure && joined) {
                quantities.set(i, new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.change(), next.unit(),
                        q.concept(), q.partial(), q.range(), next.unitName()));
            }
            // "at 5, 24 and 29 months": the list's earlier numbers share the unit through commas
            chained = measure && joined && quantities.get(i).unitName().equals(next.unitName());
        }
    }

    /** Inches written after a height in feet: the "in" of "5 ft 10 in", "6 feet 2 inches". */
    private static final Pattern INCHES_AFTER = Pattern.compile("\\s*(?:in\\b|in\\.|inch(?:es)?\\b)");

    /** Feet written before the inches: "5 ft 10 in". */
    private static final Pattern FEET_BETWEEN = Pattern.compile("\\s*(?:ft\\.?|feet|foot)\\s+");

    /**
     * The inches after a height in feet are inches: "5 ft 10 in" is 5 feet and 10 inches (the "in" alone is read as
     * a preposition).
     */
    static void inheritInchesAfterFeet(String sentence, List<Quantity> quantities) {
        for (int i = 1; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            Quantity feet = quantities.get(i - 1);
            if (q.unitName().equals("-") && !q.range() && feet.unitName().equals("foot") && feet.span().end() <= q.span().start()
                    && FEET_BETWEEN.matcher(sentence.substring(feet.span().end(), q.span().start())).matches()
                    && INCHES_AFTER.matcher(sentence).region(q.span().end(), sentence.length()).lookingAt()) {
                quantities.set(i, new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.change(), "inches",
                        q.concept(), q.partial(), q.range(), "inch"));
            }
        }
    }
}
