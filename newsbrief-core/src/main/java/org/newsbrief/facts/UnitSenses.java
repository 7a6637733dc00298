package org.newsbrief.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sense of a unit symbol that names several units, read from the words of its sentence, as CQE's unit
 * disambiguator reads it: "a 16 b file" is {@code bit}, "a cross section of 10 b" {@code barn}; "20 kn" is
 * {@code knot} on a boat and {@code croatian kuna} in a price; "50 c" a {@code cent} in a shop. Each symbol
 * has its senses in order, each with the cue words that choose it, and a default sense when no cue is there
 * (null: the reading of {@link UnitNames} stays). The symbols and the cues were taken from CQE's unit
 * disambiguation sentences (its {@code data/units} train set: which units a symbol stands for, and the words
 * around each), not from NewsQuant. Stateless.
 */
final class UnitSenses {

    /** A sense of a symbol: its unit name and the cue words (a regular expression over the lower-cased sentence). */
    private record Sense(String unit, Pattern cues) {
    }

    /** A symbol's senses, tried in order, and its default. */
    private record Senses(List<Sense> senses, String fallback) {
    }

    private static Sense sense(String unit, String cues) {
        return new Sense(unit, Pattern.compile("\\b(?:" + cues + ")"));
    }

    private static final String MONEY = "pric|cost|pay|paid|spen[dt]|charg|fee|sell|sold|buy|bought|cheap|expensive|afford|"
            + "discount|money|ticket|fare|bill|budget|salary|earn|worth|shop|store|market|each|coin|change|exchang|tip";

    private static final Map<String, Senses> SENSES = Map.ofEntries(
            Map.entry("b", new Senses(List.of(sense("barn", "cross|section|neutron|nucle|particle|collision|scatter|photon|proton|"
                    + "target|beam|atom|reaction|detector|accelerator")), "bit")),
            Map.entry("B", new Senses(List.of(sense("bel", "sound|noise|decibel|db\\b|acoustic|amplif|signal|gain|loud|audio|"
                    + "volume|richter|speaker|microphone|hearing")), "byte")),
            Map.entry("kn", new Senses(List.of(sense("croatian kuna", MONEY + "|croatia|kuna|zagreb|euro")), "knot")),
            Map.entry("kt", new Senses(List.of(sense("knot", "speed|wind|boat|ship|sail|yacht|vessel|gust|cruis|aircraft|"
                    + "plane|flying|knot|nautical|current")), "kiloton")),
            Map.entry("R", new Senses(List.of(sense("roentgen", "radiat|dose|x-ray|exposure|radioactiv|roentgen|nuclear|"
                    + "reactor|geiger")), "south african rand")),
            Map.entry("pc", new Senses(List.of(sense("parsec", "star|galax|light|earth|astronom|telescope|cluster|nebula|"
                    + "universe|planet|parsec|supernova|cosmic|orbit|sun\\b|away")), null)),
            Map.entry("dpt", new Senses(List.of(sense("pint", "beer|recipe|milk|fuel|lit[er]|quart|water|berr|served|drink|"
                    + "bottle|juice|cream|soup|gallon|ale\\b|wine|tank")), "diopter (lens)")),
            Map.entry("c", new Senses(List.of(sense("cent", MONEY + "|\\$|dollar"), sense("coulomb", "electr|battery|"
                    + "capacit|circuit|coulomb|ions\\b|particle")), null)),
            Map.entry("C", new Senses(List.of(sense("coulomb", "electr|battery|coulomb|ions\\b|"
                    + "particle|lightning|discharg")), null)),
            Map.entry("F", new Senses(List.of(sense("fahrenheit", "temperat|degree|hot|cold|weather|oven|bak|cool|warm|heat|"
                    + "freez|summer|winter|fever|thermostat|room|outside|water|boil|cook")), null)),
            Map.entry("P", new Senses(List.of(sense("poise", "viscos|flow|fluid|liquid|oil|syrup|paint|honey|thick")), null)),
            Map.entry("p", new Senses(List.of(sense("poise", "viscos|fluid|syrup"),
                    sense("penny", "inflation|coin|candy|coffee|cashier|vending|cheap|sell|sold|buy|bought|cost|pay|paid|"
                            + "charg|store|shop|supermarket|ticket|each")), null)),
            Map.entry("a", new Senses(List.of(sense("acre", "land|farm|park|propert|plot|area|acre|field|ranch|garden|"
                    + "estate|hectare|forest|vineyard|orchard|covers|spans|lot\\b")), "year")));

    /** A symbol as the word after a number: "20 kn", "10 a and", "16 billion b." (not "3 a.m.", "4 a-side"). */
    private static final Pattern SYMBOL_AFTER = Pattern.compile("\\s(\\p{L}{1,3})(?![\\p{L}\\d'’\\-]|\\.\\p{L})");

    /** What may follow "a" read as a unit: the end, punctuation, or a function word ("for 10 a and", "20 a of land"). */
    private static final Pattern A_FOLLOWER = Pattern.compile("\\s*(?:$|[,.;:)!?]|(?:and|of|in|ago|now|which|but|or|so|to)\\b)");

    private UnitSenses() {
    }

    /**
     * The symbol of a number that ends at {@code end}: up to three letters glued to its digits ("16b", "90F"), else
     * the word after it when that is one to three letters ("20 kn", "16 billion b"); "a" only before the end, a
     * punctuation mark or a function word. Null when there is none.
     */
    private static String symbol(String sentence, int end) {
        int from = end;
        while (from > 0 && end - from < 4 && Character.isLetter(sentence.charAt(from - 1))) {
            from--;
        }
        if (from < end && end - from <= 3 && from > 0 && Character.isDigit(sentence.charAt(from - 1))) {
            return sentence.substring(from, end); // "16b", "90F"
        }
        Matcher m = SYMBOL_AFTER.matcher(sentence).region(end, sentence.length());
        if (!m.lookingAt()) {
            return null;
        }
        String symbol = m.group(1);
        return !symbol.equals("a") || A_FOLLOWER.matcher(sentence).region(m.end(), sentence.length()).lookingAt() ? symbol : null;
    }

    /**
     * The unit name of a quantity whose number ends at {@code end} in {@code sentence} and was named {@code name}:
     * the sense its context chooses when an ambiguous symbol follows the number, else {@code name}.
     */
    static String sense(String sentence, int end, String name) {
        String symbol = symbol(sentence, end);
        Senses senses = symbol == null ? null : SENSES.get(symbol);
        if (senses == null) {
            return name;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        String unit = senses.fallback();
        for (Sense s : senses.senses()) {
            if (s.cues().matcher(lower).find()) {
                unit = s.unit();
                break;
            }
        }
        if (unit == null) {
            return name;
        }
        int per = name.indexOf(" per ");
        return per > 0 ? unit + name.substring(per) : unit; // "20 kn per hour" keeps its rate
    }
}
