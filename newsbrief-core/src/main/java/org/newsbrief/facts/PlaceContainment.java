package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.entities.Countries;

/**
 * Which places of a story lie within which, as the story's own text says it (no gazetteer), so that the same kind
 * of incident in Port-au-Prince and in Haiti can be read as one ({@link IncidentSplit}). Only the places an incident
 * names are looked up, and only where the text writes them; a place A lies within B when the text writes:
 * <ul>
 *   <li>an apposition, "A, B" followed by a full stop, a colon, a semicolon, a bracket or the sentence's end, or,
 *       when B is one word, by a comma and a lower-case word, or "on", "in", "at", "last", "this", "where", "when"
 *       ("Port-au-Prince, Haiti, on Tuesday"; not "the UN chief in Haiti, Hedi Annabi, was", "reporting by A in
 *       Tripoli, Sherine el Madany in Benghazi": a person's name is mostly two words); not in a list: not after a
 *       comma or "and", not before ", C", ", and", "and", "or" or ", etc" ("Homs, Hama and Idlib", "Libya, Europe,
 *       etc" say nothing);</li>
 *   <li>a direction from B, "A, west of B", "A, 40km south-west of B": A lies where B lies (Leogane, west of
 *       Port-au-Prince, is in Haiti when Port-au-Prince is), not within B (Zlitan, west of Misrata, is not in
 *       Misrata);</li>
 *   <li>a capital or city of B: "B's capital, A", "B's second city A", "the Haitian capital, Port-au-Prince", "the
 *       Syrian city of Homs" (an adjective of B is B and up to three letters, "Haiti"+"an", "Iraq"+"i", when B is
 *       one of the places looked up), "A, the capital of B", "A, B's capital".</li>
 * </ul>
 * An apposition's container must be a place to the story: looked up, or written after a place preposition ("in
 * Haiti"; not "the UN force in Haiti, Minustah,") more often than before another capitalised word (a given name:
 * "Wolf" of "Wolf Blitzer"). Names of days and months are no container ("in Tripoli, Saturday"); no country lies
 * within another ({@link Countries}: "Tunisia, Egypt, what's next?" is a list). Each reading is a vote for A within B; a place takes the container with the most votes, when they outnumber the
 * votes for the container within the place (a list read as an apposition: "Haiti, Jacmel"); when as many, neither
 * is within the other. Immutable once learned.
 */
final class PlaceContainment {

    /** No place within another. */
    static final PlaceContainment NONE = new PlaceContainment(Map.of());

    private static final String NAME = "[A-Z][\\p{L}'’-]+(?: (?:(?:es|al|el|de|del|la|da|do|au) )?[A-Z][\\p{L}'’-]+)*";
    private static final String S = " ?";
    /** After A: ", B" and what may follow an apposition's B. */
    private static final Pattern APPOSITION = Pattern.compile(S + "," + S + "(?:(" + NAME + ")(?=" + S + "[.;:)]|\\s*$)|"
            + "([A-Z][\\p{L}'’-]+)(?=" + S + "," + S + "(?!and\\b|or\\b|etc\\b)[a-z]| (?:on|in|at|last|this|where|when)\\b))");
    /** After A: ", 40km south-west of B". */
    private static final Pattern DIRECTION = Pattern.compile(S + "," + S + "(?:(?:about|some|around) )?"
            + "(?:[0-9.,]+" + S + "(?:km|kilometres|kilometers|miles)" + S + "(?:(?:-LRB-|\\().{0,20}?(?:-RRB-|\\))" + S
            + ")?)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of (?:the )?(" + NAME + ")");
    /** After A: ", the capital of B", ", B's capital". */
    private static final Pattern CAPITAL_AFTER = Pattern.compile(S + "," + S + "(?:(?:the|its) (?:capital|largest city|"
            + "second city|main city) of (" + NAME + ")|(" + NAME + ")" + S + "['’]s (?:capital|largest city|second city|main city)\\b)");
    /** Before A: "B's capital, ", "the Haitian capital, ", "the Syrian city of ". */
    private static final Pattern CAPITAL_BEFORE = Pattern.compile("(?:(" + NAME + ")" + S + "['’]s|\\bthe ([A-Z]\\p{L}+))"
            + " (?:(?:second|largest|main|coastal|northern|southern|eastern|western|central) )?"
            + "(?:capital|city|town|village|port)" + "(?: of)?" + S + ",?" + S + "$");
    private static final int LOOK_BEHIND = 60;

    private final Map<String, String> parent; // lower case place -> lower case container

    private PlaceContainment(Map<String, String> parent) {
        this.parent = parent;
    }

    /** Reads, in {@code sentences}, where each of {@code places} lies. */
    static PlaceContainment learn(Iterable<String> sentences, Collection<String> places) {
        if (places.isEmpty()) {
            return NONE;
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        places.forEach(p -> byKey.putIfAbsent(p.toLowerCase(Locale.ROOT), p));
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<String, Map<String, Integer>> appositions = new HashMap<>();
        Map<String, Map<String, Integer>> near = new HashMap<>();
        Map<String, List<String>> byFirstWord = new HashMap<>();
        byKey.values().forEach(p -> byFirstWord.computeIfAbsent(p.substring(0, wordEnd(p, 0)), k -> new ArrayList<>()).add(p));
        for (String sentence : sentences) { // one pass: only a capitalised word that starts a place is looked at
            int i = 0;
            while (i < sentence.length()) {
                int end = wordEnd(sentence, i);
                if (end == i) {
                    i++;
                    continue;
                }
                List<String> starting = Character.isUpperCase(sentence.charAt(i))
                        ? byFirstWord.get(sentence.substring(i, end)) : null;
                if (starting != null) {
                    for (String place : starting) {
                        if (sentence.startsWith(place, i)) {
                            read(sentence, place, i, byKey, votes, appositions, near);
                        }
                    }
                }
                i = end;
            }
        }
        addPlaceContainers(appositions, votes, byKey, sentences);
        Map<String, String> parent = new HashMap<>();
        votes.forEach((child, containers) -> {
            String best = mostVoted(child, containers, votes);
            if (best != null) {
                parent.put(child, best);
            }
        });
        near.forEach((child, neighbours) -> {
            String best = mostVoted(child, neighbours, Map.of());
            if (!parent.containsKey(child) && best != null && parent.containsKey(best)) {
                parent.put(child, parent.get(best)); // Leogane, west of Port-au-Prince: in Port-au-Prince's country
            }
        });
        return new PlaceContainment(parent);
    }

    /** The container with the most votes, when they outnumber the votes for the reverse; else null. */
    private static String mostVoted(String child, Map<String, Integer> containers, Map<String, Map<String, Integer>> votes) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : containers.entrySet()) {
            int against = votes.getOrDefault(e.getKey(), Map.of()).getOrDefault(child, 0);
            if (e.getValue() > most && e.getValue() > against) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The end of the run of letters and hyphens at {@code from} ("Port-au-Prince"; "Haiti" of "Haiti's"). */
    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' && i > from)) {
            i++;
        }
        return i;
    }

    private static void read(String sentence, String place, int at, Map<String, String> places,
            Map<String, Map<String, Integer>> votes, Map<String, Map<String, Integer>> appositions,
            Map<String, Map<String, Integer>> near) {
        int end = at + place.length();
        if (end < sentence.length() && Character.isLetter(sentence.charAt(end))
                || at > 0 && Character.isLetter(sentence.charAt(at - 1))) {
            return; // part of a longer word
        }
        String child = place.toLowerCase(Locale.ROOT);
        Matcher before = CAPITAL_BEFORE.matcher(sentence).region(Math.max(0, at - LOOK_BEHIND), at);
        if (CITY_WORDS.contains(wordBefore(sentence, at)) && before.find()) {
            String container = before.group(1) != null ? bare(before.group(1)) : ofAdjective(before.group(2), places);
            vote(votes, child, container);
        }
        if (!nextIsComma(sentence, end)) {
            return;
        }
        Matcher capital = CAPITAL_AFTER.matcher(sentence).region(end, sentence.length());
        if (capital.lookingAt()) {
            vote(votes, child, bare(capital.group(1) != null ? capital.group(1) : capital.group(2)));
            return;
        }
        Matcher direction = DIRECTION.matcher(sentence).region(end, sentence.length());
        if (direction.lookingAt()) {
            vote(near, child, bare(direction.group(1)));
            return;
        }
        Matcher apposition = APPOSITION.matcher(sentence).region(end, sentence.length());
        if (apposition.lookingAt() && !inList(sentence, at)) {
            vote(appositions, child, bare(apposition.group(1) != null ? apposition.group(1) : apposition.group(2)));
        }
    }

    /** Prepositions that put the name after them in a place: "in Haiti", "near Jacmel" (as the entity type cues). */
    private static final String PLACE_PREPOSITION = "\\b(?i:in|near|into|inside|outside|across|throughout) (?i:the )?";

    /**
     * Adds to {@code votes} the readings of an apposition ({@code appositions}) whose container the story reads as a
     * place: one of the places looked up ({@code places}), or a name the story writes after a place preposition ("in
     * Haiti") at least once. An apposition also names an organisation ("the UN stabilisation force in Haiti, Minustah,
     * has said", Timeline17 haiti_bbc), a person or a post; a capital's or a direction's reading names a place by its
     * words and is not checked. A name written after a place preposition fewer times than it opens a longer name (in
     * mixed case: "US Open" and headings in capitals do not count) is a given name, not a place: "in Egypt, Wolf." and "break back in, Wolf" (a presenter addressed, the comma lost
     * once; Timeline17 EgyptianProtest_cnn) beside "Wolf Blitzer". A second pass over the sentences, only where a
     * container is not looked up.
     */
    private static void addPlaceContainers(Map<String, Map<String, Integer>> appositions, Map<String, Map<String, Integer>> votes,
            Map<String, String> places, Iterable<String> sentences) {
        if (appositions.isEmpty()) {
            return;
        }
        Set<String> placed = new HashSet<>(places.keySet());
        Set<String> unknown = new TreeSet<>();
        appositions.values().forEach(containers -> containers.keySet().stream().filter(c -> !placed.contains(c)).forEach(unknown::add));
        if (!unknown.isEmpty()) {
            Pattern written = Pattern.compile("(" + PLACE_PREPOSITION + ")?(?<![\\p{L}])((?i:" + String.join("|",
                    unknown.stream().map(Pattern::quote).toList()) + "))(?![\\p{L}])( \\p{Lu})?");
            Map<String, Integer> afterPreposition = new HashMap<>();
            Map<String, Integer> opening = new HashMap<>();
            for (String sentence : sentences) {
                Matcher m = written.matcher(sentence);
                while (m.find()) {
                    String name = m.group(2).toLowerCase(Locale.ROOT);
                    String text = m.group(2);
                    if (m.group(3) != null && Character.isUpperCase(text.charAt(0)) && !text.equals(text.toUpperCase(Locale.ROOT))) {
                        // "Wolf Blitzer", also "in Wolf Blitzer's"; not an acronym or a heading's word ("US Open", "in SALOP DUDLESTON")
                        opening.merge(name, 1, Integer::sum);
                    } else if (m.group(1) != null) {
                        afterPreposition.merge(name, 1, Integer::sum);
                    }
                }
            }
            afterPreposition.forEach((name, count) -> {
                if (count > opening.getOrDefault(name, 0)) {
                    placed.add(name);
                }
            });
        }
        appositions.forEach((child, containers) -> containers.forEach((container, count) -> {
            if (placed.contains(container)) {
                votes.computeIfAbsent(child, k -> new HashMap<>()).merge(container, count, Integer::sum);
            }
        }));
    }

    private static final Set<String> CITY_WORDS = Set.of("capital", "city", "town", "village", "port");

    /** The word before {@code at}, over spaces, commas and "of": "capital" in "the Haitian capital, ". */
    private static String wordBefore(String sentence, int at) {
        int i = at - 1;
        while (i >= 0 && (sentence.charAt(i) == ' ' || sentence.charAt(i) == ',')) {
            i--;
        }
        if (i >= 2 && sentence.startsWith("of", i - 1) && sentence.charAt(i - 2) == ' ') {
            i -= 3;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(sentence.charAt(i))) {
            i--;
        }
        return sentence.substring(i + 1, end);
    }

    private static boolean nextIsComma(String sentence, int end) {
        int i = end;
        while (i < sentence.length() && sentence.charAt(i) == ' ') {
            i++;
        }
        return i < sentence.length() && sentence.charAt(i) == ',';
    }

    /** Whether the name at {@code at} follows a comma or "and"/"or": a list's later item. */
    private static boolean inList(String sentence, int at) {
        int i = at - 1;
        while (i >= 0 && sentence.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && sentence.charAt(i) == ',') {
            return true;
        }
        String before = sentence.substring(Math.max(0, i - 3), i + 1);
        return before.endsWith("and") || before.endsWith(" or");
    }

    /** The place of {@code places} an adjective names ("Haitian": Haiti), or null. */
    private static String ofAdjective(String adjective, Map<String, String> places) {
        for (String place : places.values()) {
            if (adjective.startsWith(place) && adjective.length() - place.length() <= 3) {
                return place;
            }
        }
        return null;
    }

    private static String bare(String name) {
        return name.endsWith("'s") || name.endsWith("’s") ? name.substring(0, name.length() - 2) : name;
    }

    private static void vote(Map<String, Map<String, Integer>> votes, String child, String container) {
        if (container == null || Incidents.NO_PLACE.contains(container)) {
            return; // "in Tripoli, Saturday"
        }
        if (Countries.isCountry(child) && Countries.isCountry(container)) {
            return; // "Tunisia, Egypt, what's next?", "Turkey, France, the UK ... are all promising": a list; no country lies within another
        }
        String key = container.toLowerCase(Locale.ROOT);
        if (!key.equals(child)) {
            votes.computeIfAbsent(child, k -> new HashMap<>()).merge(key, 1, Integer::sum);
        }
    }

    /** Whether {@code place} lies within {@code container} (lower case or not), through any number of steps. */
    boolean within(String place, String container) {
        String target = container.toLowerCase(Locale.ROOT);
        String at = parent.get(place.toLowerCase(Locale.ROOT));
        for (int step = 0; at != null && step < 8; step++) {
            if (at.equals(target)) {
                return true;
            }
            at = parent.get(at);
        }
        return false;
    }

    /** Whether {@code place} is {@code container} or lies within it. */
    boolean inside(String place, String container) {
        return place.equalsIgnoreCase(container) || within(place, container);
    }
}
