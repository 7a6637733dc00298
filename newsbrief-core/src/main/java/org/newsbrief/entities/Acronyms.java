package org.newsbrief.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronyms and the names they abbreviate: "FEMA" is the "Federal Emergency Management Agency", "UN" the "United
 * Nations", "DOJ" the "Department of Justice" (issue 5). Stateless.
 */
final class Acronyms {

    /** Two to six capitals, each with or without a full stop after it: "FEMA", "U.N.". */
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,6}");

    /**
     * Words an acronym may take a letter of or leave out: "DOJ" and "DJ" both abbreviate "Department of Justice", "CSI"
     * "Combined Systems Inc"; a company's designator alone takes no part ("GlaxoSmithKline Plc" is no "GP").
     */
    private static final Set<String> OPTIONAL = Set.of("of", "for", "and", "the", "on", "in", "de", "&",
            "inc", "co", "corp", "corporation", "company", "ltd", "llc", "plc");

    /**
     * Acronyms so common that a story uses them without writing what they stand for, each with the names it abbreviates:
     * such an acronym joins only those, not another name of the same initials that the story writes ("UN" is no
     * "University of Nottingham", "CBS" no "Copenhagen Business School", "CEO" no "Coalition of Egyptian
     * Organizations"; Timeline17, counted).
     */
    private static final Map<String, List<String>> KNOWN = Map.ofEntries(
            Map.entry("US", List.of("united states", "united states of america")),
            Map.entry("USA", List.of("united states of america")),
            Map.entry("UK", List.of("united kingdom")),
            Map.entry("UN", List.of("united nations")),
            Map.entry("EU", List.of("european union")),
            Map.entry("AP", List.of("associated press")),
            Map.entry("ABC", List.of("american broadcasting company", "american broadcasting companies",
                    "australian broadcasting corporation", "australian broadcasting corp")),
            Map.entry("CBS", List.of("columbia broadcasting system")),
            Map.entry("NBC", List.of("national broadcasting company")),
            Map.entry("CNN", List.of("cable news network")),
            Map.entry("CEO", List.of("chief executive officer")),
            Map.entry("GOP", List.of("grand old party")));

    /**
     * "Airlines" as the last word of a name, which an airline's acronym often reads as the two words it once was: "PAL" is
     * "Philippine Airlines" (92 mentions apart from it, DUC 2003 d31041t; issue 5, twenty-second round), "JAL" "Japan
     * Airlines"; while "BA" reads "British Airways" by the one word.
     */
    private static final Pattern AIRLINES = Pattern.compile("\\bAirlines$");

    private Acronyms() {
    }

    /** The capitals of an acronym's spelling ("U.N." gives "UN"), or null where the spelling is no acronym. */
    static String letters(String spelling) {
        return ACRONYM.matcher(spelling).matches() ? spelling.replace(".", "") : null;
    }

    /**
     * The acronyms that abbreviate a name: a {@link #KNOWN} acronym the names listed for it only; another of three
     * letters or more the names of two words or more whose initials it is, optional words left out or taken ("Syrian
     * Arab News Agency": SANA; "Department of Justice": DOJ or DJ). Words split at spaces and hyphens ("Asia-Pacific
     * Economic Cooperation": APEC). Every other word opens with a capital and holds a small letter: a word in capitals
     * or an abbreviation ("U.S. Senate") is no word an acronym takes one letter of. Two letters abbreviate too many
     * names ("PC", "CA", "GB") to join any but a known one.
     */
    static Set<String> of(String name) {
        Set<String> found = new HashSet<>();
        initials(name).stream().filter(a -> a.length() >= 3 && !KNOWN.containsKey(a)).forEach(found::add);
        if (AIRLINES.matcher(name).find()) { // "Philippine Airlines", once "Philippine Air Lines": PAL
            initials(AIRLINES.matcher(name).replaceAll("Air Lines")).stream().filter(a -> a.length() >= 3 && !KNOWN.containsKey(a))
                    .forEach(found::add);
        }
        String lower = name.toLowerCase(Locale.ROOT).replace("-", " ");
        KNOWN.forEach((acronym, names) -> {
            if (names.contains(lower)) {
                found.add(acronym);
            }
        });
        return found;
    }

    /** The initials of a name's words, optional words left out and taken, or none where a word is no plain word. */
    private static Set<String> initials(String name) {
        StringBuilder without = new StringBuilder();
        StringBuilder with = new StringBuilder();
        int words = 0;
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (OPTIONAL.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) {
                if (Character.isLetter(word.charAt(0))) {
                    with.append(Character.toUpperCase(word.charAt(0)));
                }
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0)) || word.chars().noneMatch(Character::isLowerCase) || word.contains(".")) {
                return Set.of();
            }
            without.append(word.charAt(0));
            with.append(word.charAt(0));
            words++;
        }
        return words < 2 ? Set.of() : with.length() == without.length() ? Set.of(with.toString()) : Set.of(without.toString(), with.toString());
    }
}
