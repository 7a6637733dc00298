package org.newsbrief.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Span;

/**
 * The incident a value's clause names, so that the tolls of different incidents of one story are not compared (26
 * killed by missile strikes in Afghanistan, 213 by the embassy bombing in Nairobi, 11 in Dar es Salaam). Rules:
 * <ul>
 *   <li>The clause is the value's clause ({@link ClauseBoundaries}), extended back over the clause before it when
 *       it starts with a participle (", killing 26 people": the subject is before the comma) and forward over a
 *       clause of "when" or "after" that follows ("21 people died when floods swept away their homes").</li>
 *   <li>The <b>kind</b> is the first word of the clause found in {@link #KINDS}: only words that name one kind of
 *       incident (bomb, blast, air strike, missile, crash, earthquake, shooting, hurricane, flood, blaze; not 'fire', which is also artillery's and a gunman's;
 *       "strike" only as a noun, after "air", "missile", "the", ...: not the verb of "whenever terrorism strikes"). Words for
 *       a war's fighting as a whole (attack, offensive, assault, shelling, fighting, violence) name none: "the attack
 *       killed 219" and "the offensive has killed 225" are one count, compared.</li>
 *   <li>The <b>place</b> is the first proper name after "in", "at", "near", "throughout" or "across" in the clause.
 *       A direction or "downtown" may come between: "in eastern Afghanistan" is Afghanistan;
 *       lower-case joining words of a name are kept: "Dar es Salaam"; not after a word for a news
 *       outlet: "the Miami Herald newspaper in the US" is where the outlet is; nor after an airport a flight leaves
 *       from or is bound for: "a flight from Kennedy International Airport in New York". Before all that, the name just before
 *       ", where" (or a bare "where": "made his way to Tanzania where") nearest before the value ("El Salvador,
 *       where 140 died, ..., as did Guatemala, where 21 people died": Guatemala for 21; "In Puerto Rico, where" is Puerto
 *       Rico). Names of months and days
 *       and months' abbreviations ("in the Sept. 3 crash") are no place.</li>
 * </ul>
 * Stateless.
 */
final class Incidents {

    private Incidents() {
    }

    /** The words that name a kind of incident, and the kind each names. */
    static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("bomb", "bombing"), Map.entry("bombs", "bombing"), Map.entry("bombing", "bombing"),
            Map.entry("bombings", "bombing"), Map.entry("bomber", "bombing"), Map.entry("bombers", "bombing"),
            Map.entry("blast", "bombing"), Map.entry("blasts", "bombing"), Map.entry("explosion", "bombing"),
            Map.entry("explosions", "bombing"),
            Map.entry("airstrike", "air strike"), Map.entry("airstrikes", "air strike"), Map.entry("strike", "air strike"),
            Map.entry("strikes", "air strike"), Map.entry("missile", "air strike"), Map.entry("missiles", "air strike"),
            Map.entry("crash", "crash"), Map.entry("crashes", "crash"), Map.entry("collision", "crash"),
            Map.entry("derailment", "crash"),
            Map.entry("earthquake", "earthquake"), Map.entry("earthquakes", "earthquake"), Map.entry("quake", "earthquake"),
            Map.entry("tremor", "earthquake"), Map.entry("tsunami", "earthquake"),
            Map.entry("shooting", "shooting"), Map.entry("shootings", "shooting"), Map.entry("gunman", "shooting"),
            Map.entry("gunmen", "shooting"),
            Map.entry("hurricane", "storm"), Map.entry("storm", "storm"), Map.entry("typhoon", "storm"),
            Map.entry("cyclone", "storm"), Map.entry("tornado", "storm"), Map.entry("flood", "storm"),
            Map.entry("floods", "storm"), Map.entry("flooding", "storm"), Map.entry("mudslide", "storm"),
            Map.entry("mudslides", "storm"), Map.entry("landslide", "storm"), Map.entry("landslides", "storm"),
            Map.entry("blaze", "fire"), Map.entry("wildfire", "fire"));

    private static final String NAME = "[A-Z][\\p{L}'’-]+";
    private static final String JOINED_NAME = NAME + "(?: (?:(?:es|al|el|de|del|la|da|do) )?" + NAME + ")*"; // one line
    private static final Pattern PLACE_AFTER = Pattern.compile("(?:[Ii]n|[Aa]t|[Nn]ear|[Tt]hroughout|[Aa]cross)\\s+(?:the\\s+)?"
            + "(?:(?:downtown|eastern|western|northern|southern|central|east|west|north|south|neighbou?ring|nearby)\\s+)?"
            + "(" + JOINED_NAME + ")");
    private static final Pattern PLACE_WHERE = Pattern.compile("(" + JOINED_NAME + ")\\s*(?:,|_|—|–|--)?\\s*where\\b");
    static final Set<String> NO_PLACE = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec"); // a month's abbreviation is no place either: "in the Sept. 3 crash"
    private static final Set<String> EXTEND_FORWARD = Set.of("when", "after");

    /** The incident named in the clause of {@code quantity} in {@code sentence} (lower-cased alike, the same length). */
    static Incident of(String sentence, String lower, List<Integer> hard, Span quantity) {
        int from = ConceptCues.clauseStart(hard, quantity.start());
        int to = ConceptCues.clauseEnd(hard, quantity.end(), sentence.length());
        if (from > 0 && startsWithParticiple(lower, from)) {
            from = ConceptCues.clauseStart(hard, from);
        }
        if (to < sentence.length() && EXTEND_FORWARD.contains(firstWord(lower, to))) {
            to = ConceptCues.clauseEnd(hard, to + 1, sentence.length());
        }
        return scan(sentence, lower, from, to, quantity.start());
    }

    /**
     * One pass over the words of the clause: the first word naming a kind, and the first name after a word of
     * {@link #PLACE_WORDS} (the pattern tried only where such a word stands, not at every character); the name before
     * "where" only when the clause has "where".
     */
    private static Incident scan(String sentence, String lower, int from, int to, int value) {
        String kind = "";
        String after = "";
        int i = from;
        while (i < to && (kind.isEmpty() || after.isEmpty())) {
            if (!Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && Character.isLetter(lower.charAt(end))) {
                end++;
            }
            int length = end - i;
            if (isPreposition(lower, i, length)) {
                if (after.isEmpty() && !OUTLETS.contains(wordBefore(lower, i)) && !routeAirport(sentence, lower, i)) {
                    Matcher name = PLACE_AFTER.matcher(sentence).region(i, to);
                    if (name.lookingAt()) {
                        String found = placeName(name.group(1));
                        after = found == null ? "" : found;
                    }
                }
            } else if (kind.isEmpty() && length >= 4 && !verbStrike(lower, i, end)) {
                kind = KINDS.getOrDefault(lower.substring(i, end), "");
            }
            i = end;
        }
        int whereAt = lower.indexOf("where", from);
        String where = whereAt >= 0 && whereAt < value ? placeWhere(sentence, from, value) : null;
        return new Incident(kind, where != null ? where : after);
    }

    /** Words before "strike" or "strikes" that make it the noun of an attack: "air strikes", "the strike", "U.S. strikes". */
    private static final Set<String> STRIKE_MODIFIERS = Set.of("air", "missile", "missiles", "drone", "rocket", "cruise",
            "military", "retaliatory", "s", "us", "american", "israeli", "nato", "allied", "coalition", "russian", "the",
            "a", "an", "these", "those", "this", "that", "its", "their", "first", "second", "latest", "new", "deadly");

    /**
     * Whether the word at [{@code start}, {@code end}) is "strike" or "strikes" without a word before it that makes it a
     * noun ({@link #STRIKE_MODIFIERS}): a verb names no incident ("whenever acts of terrorism strike").
     */
    private static boolean verbStrike(String lower, int start, int end) {
        return lower.startsWith("strike", start) && (end - start == 6 || end - start == 7 && lower.charAt(start + 6) == 's')
                && !STRIKE_MODIFIERS.contains(wordBefore(lower, start));
    }

    /** Words for a news outlet: "the Miami Herald newspaper in the US" says where the outlet is, not the incident. */
    private static final Set<String> OUTLETS = Set.of("newspaper", "newspapers", "paper", "network", "channel", "radio",
            "television", "tv", "agency", "broadcaster", "website");

    /** Words before an airport's name that make it a flight's place of departure or destination. */
    private static final Set<String> ROUTE_WORDS = Set.of("from", "to", "for", "via", "leaving");

    /**
     * Whether the place word at {@code at} follows an airport a flight leaves from or is bound for: "a flight from
     * Brenfield International Airport in Ostria" says where the airport is, not where the incident happened (a crash
     * "at the airport in Ostria" keeps its place). The airport's name is its capitalised words and "the" before it.
     */
    private static boolean routeAirport(String sentence, String lower, int at) {
        int start = wordStart(lower, at);
        if (!lower.startsWith("airport", start)) {
            return false;
        }
        while (start > 0) {
            int before = wordStart(lower, start);
            if (before == start || !(Character.isUpperCase(sentence.charAt(before)) || lower.startsWith("the ", before))) {
                break;
            }
            start = before;
        }
        String word = wordBefore(lower, start);
        return ROUTE_WORDS.contains(word) || word.equals("of") && wordBefore(lower, wordStart(lower, start)).equals("out");
    }

    /** The start of the word that ends before {@code at}, over spaces; {@code at} itself when none does. */
    private static int wordStart(String lower, int at) {
        int end = pastSpaces(lower, at);
        int start = lettersFrom(lower, end);
        return start == end ? at : start;
    }

    /** The word that ends before {@code at}, over spaces, lower case; empty at the start. */
    private static String wordBefore(String lower, int at) {
        int end = pastSpaces(lower, at);
        return lower.substring(lettersFrom(lower, end), end);
    }

    /** {@code at} moved back over the spaces before it. */
    private static int pastSpaces(String lower, int at) {
        int end = at;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /** The start of the run of letters that ends at {@code end}. */
    private static int lettersFrom(String lower, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * The words that introduce a place: "in", "at", "near"; "throughout" or "across" a region ("the cold killed 62 people
     * throughout Europe" counts Europe's dead, not those of the Poland of the story's other counts).
     */
    private static final List<String> PLACE_WORDS = List.of("in", "at", "near", "throughout", "across");

    private static boolean isPreposition(String lower, int at, int length) {
        for (String word : PLACE_WORDS) {
            if (word.length() == length && lower.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** The name before ", where" nearest before the value, or null. */
    private static String placeWhere(String sentence, int from, int value) {
        String nearest = null;
        Matcher where = PLACE_WHERE.matcher(sentence).region(from, value);
        while (where.find()) {
            String name = placeName(where.group(1));
            nearest = name != null ? name : nearest;
        }
        return nearest; // "El Salvador _ where 140 died _ ..., as did Guatemala, where 21 died": Guatemala for 21
    }

    /** Words that start something else after a name run on from a headline or title: "Haiti Lt Gen Ken Keen", "Port-au-Prince The". */
    private static final Set<String> NAME_ENDS = Set.of("The", "A", "An", "This", "In", "On", "At", "Lt", "Gen", "Col",
            "Maj", "Capt", "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Secretary", "General");

    /** Capitalised words that open a sentence before a name and are no part of it: "In Puerto Rico, where". */
    private static final Set<String> LEADING = Set.of("In", "At", "On", "Near", "From", "Across", "Throughout");

    /**
     * The name without a leading word of {@link #LEADING}, cut before a word of {@link #NAME_ENDS} and without a possessive ending, or null when it is a month's
     * or day's name.
     */
    private static String placeName(String name) {
        String[] words = name.split(" ");
        if (words.length > 1 && LEADING.contains(words[0])) {
            words = java.util.Arrays.copyOfRange(words, 1, words.length); // "In Puerto Rico, where three were killed"
        }
        int n = 1;
        while (n < words.length && !NAME_ENDS.contains(words[n])) {
            n++;
        }
        String cut = String.join(" ", java.util.Arrays.copyOf(words, n));
        String bare = cut.endsWith("'s") || cut.endsWith("’s") ? cut.substring(0, cut.length() - 2) : cut;
        return NO_PLACE.contains(words[0]) ? null : bare;
    }

    private static boolean startsWithParticiple(String lower, int at) {
        String word = firstWord(lower, at + 1);
        return word.length() > 4 && word.endsWith("ing");
    }

    private static String firstWord(String lower, int at) {
        int i = at;
        while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
            i++;
        }
        return lower.substring(start, i);
    }
}
