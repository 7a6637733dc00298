package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The concept of a quantity (killed, fled, ...) from the cue words of its sentence ({@link QuantityRules#CONCEPTS}).
 * The cues are found once per sentence, its clause boundaries ({@link ClauseBoundaries}) once on first use; each
 * quantity then takes the concept of a cue that belongs to it, or "-". Measured by {@code bench/concepts/run.sh} on hand-labelled quantities of the tuning
 * corpora ({@code bench/concepts.md}). The rules, each tested in {@code ConceptCuesTest} with its phrase:
 * <ol>
 * <li><b>Measures count nothing.</b> A number with a unit written on it or a known unit of measure ("a 14-year-old
 * insurgency", "about 3 miles west of the evacuated town", "$100", a share: "more than half the population"), an age
 * ("the driver, 52, was arrested", "aged 23"), a duration or the base of a rate ("deaths per 1,000 births") has no
 * concept ({@link #measure}).</li>
 * <li><b>Clauses.</b> A cue counts only inside the quantity's clause. Clauses end at ";", ":", a dash set off by
 * spaces, brackets, a run-on full stop ("fled.a neighbour said 8"), the subordinators when, after, before, while,
 * because, although, though, unless, "but", "if" before a subject pronoun ("my two twins at home, and if I should
 * die"; not "if not") (not "since": "killed 27 since the offensive began, among them 11 children" is one clause for
 * the count), a comma before a participle (", killing six of them"), an "and"
 * before a verb or a subject pronoun ("and left", "and that"), an "and" between two clauses that each have an
 * auxiliary ("12 have been killed and 30 have been recruited"), and the relative pronouns who, whom, whose,
 * which, where, that; a relative pronoun within three words after the number starts a clause about the counted
 * thing and does not end its clause ("one of the 13 who was shot to death"). A fronted adverbial clause opened by a verb in
 * -ing ("Aside from killing three people, ...", "After fleeing the town, ...") ends at its first comma.</li>
 * <li><b>Asides.</b> Text between a pair of spaced dashes or in brackets is an aside: a number outside it skips
 * it, its cues and its boundaries ("two climbers – a man and a woman – died"); a number inside it keeps to it. So
 * is a relative clause set off by commas before a verb ("Jackson, who died in June, had spent ...", "As people in
 * Posoltega, where more than 1,500 people died, waited for help, the two camps ...").</li>
 * <li><b>Attached cues first.</b> A cue attached to the number wins over any other cue of the clause, the nearer
 * one when two are: a cue within three words after it, with no "and", "or", "but" or comma between (the counted
 * phrase or its verb: "12 dead", "3,000 refugees fled", "12 people were killed", "left 53 wounded" gives
 * wounded); a cue right before it and its modifier, a determiner at most between ("killed at least 74", "killed
 * the two bombers", not "arrested during one demonstration"); a cue followed, within three
 * words, by "of" and the number ("claimed the lives of four", "the deaths on Friday of the two soldiers"; not
 * "arrested dozens of people during 2 protests"; "the lives of" only after a verb of taking them, "claimed the lives of
 * four", not "helped save the lives of hundreds"); a cue noun and a linking verb before it ("the fatalities
 * included six", "deaths reached 300"). "left" before the number yields to any other attached cue: it says what
 * the event left them, and the cue after says what they are ("the storm left 2,000 people dead" is killed, "left
 * thousands homeless" displaced; "left 50 people" alone is fled). "death toll" with its verb of rising or standing
 * before the number is attached ("the death toll from the storm rose Monday to 15, eight of them evacuated
 * patients" is killed, not evacuated).</li>
 * <li><b>Nouns need attachment.</b> Cue nouns (death, deaths, fatalities, lives, injuries, exodus, siege, evacuation,
 * displacement, "the dead", "the killing of", "his killing") count only when attached: "the graves of the dead" says nothing of
 * the 10,000 mourners at them, "his death" nothing of the 3 colleagues, "his killing is linked to four other
 * attacks" nothing of the attacks. "to death" and "death toll" are verbal
 * cues ("beaten to death", "the death toll rose to 61").</li>
 * <li><b>Governed numbers.</b> A number that is the object of a preposition or of a verb in -ing that is no
 * cue ("arrested during one demonstration", "arrested for possessing 17 bags", "a lawsuit by 10 families") takes
 * only an attached cue ("killed in 3 attacks" has none; "forcing 10,000 people to flee" has one).</li>
 * <li><b>Subjects of active verbs.</b> A number that is the subject of an active verb cue after it, one that takes
 * its victims as object, with a word or more between, no "be" between and an object after it, counts no victims:
 * its clause ends at that verb ("Two gunmen killed five people", "the two typhoons ... have also hurt coconut
 * crops"; not "four kidnapped foreigners", "eight of them evacuated patients").</li>
 * <li>Otherwise the nearest verbal cue of the clause ("Three soldiers and one activist were killed"); with none,
 * "-".</li>
 * <li>"from their homes" and "out of their homes" are a cue of the displaced, whatever verb drives them out ("drove
 * 5,000 people from their homes"; attached, they win over a verb of killing earlier in the clause), and only of a
 * number before them: they say where those already named were driven from ("drove 3,000 families from their homes and 12
 * schools stayed shut" counts no displaced schools).</li>
 * <li>"homeless" before a plural names a kind of people, not the displaced ("six people, three of them homeless
 * men", "took in 200 homeless people"), unless a verb of leaving or making stands shortly before it ("left 2,000
 * homeless families").</li>
 * <li>A cue word alone in quotation marks is no cue: it is named, not used (a site marks doctors as "working,"
 * "wounded" or a "fatality").</li>
 * <li>"seized power" and "seized control" are no cue: a seizure of no one ("the date he seized power"); nor is "left"
 * as a name mid-sentence, before "by" or before "behind" ("the Democratic Left", "trails left by meteors", "were left
 * behind").</li>
 * </ol>
 * Stateless and thread-safe; a sentence's {@link Cues} belong to the one call that reads that sentence.
 */
final class ConceptCues {

    private ConceptCues() {
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** Cue words that name the thing, not the event: they count only when attached to the number. */
    static final Set<String> NOUNS = Set.of("death", "deaths", "lives", "injuries", "exodus", "siege",
            "evacuation", "displacement", "fatalities", "fatality");
    /** Words before "dead" that make it a noun ("the dead", "their dead"). */
    private static final Set<String> DETERMINERS = Set.of("the", "their", "its", "our", "his", "her", "my", "your");

    /** What may stand between a verb cue and its number's modifier: "killed the two bombers", "killing all 229". */
    private static final Pattern BEFORE_NUMBER = Pattern.compile("\\s+(?:(?:the|a|an|all|another|those|these|some|its|their|his|her)\\s+)?");
    /** A linking verb between a cue noun and its number: "the fatalities included six", "deaths reached 300". */
    private static final Pattern LINKING = Pattern.compile("\\s+(?:included|include|includes|numbered|reached|totalled|totaled)"
            + BEFORE_NUMBER.pattern());
    /**
     * "toll" and its verb of rising or standing before the number ("the death toll from the storm rose Monday to 15",
     * "the death toll has reached 40"): the number is the toll's, whatever cue stands nearer after it.
     */
    private static final Pattern TOLL_RISES_TO = Pattern.compile("\\s+toll\\b[^,;:]{0,60}?\\b(?:(?:rose|risen|rises|climbed|"
            + "climbs|jumped|increased|grew|mounted|stood|stands|went up)\\b(?:\\s+[\\w.]+){0,3}?\\s+(?:to|at)|reached|reaches)"
            + BEFORE_NUMBER.pattern());
    private static final Pattern NOT_ATTACHING = Pattern.compile("\\b(?:and|or|but)\\b|,");
    /**
     * Words before a number (after its modifier and a determiner) that make it the object of another head: a
     * preposition ("arrested during one demonstration", "a lawsuit by 10 families"), or a verb in -ing that is no
     * cue ("arrested for possessing 17 bags").
     */
    private static final Set<String> PREPOSITIONS = Set.of("during", "in", "at", "on", "from", "with", "by", "for",
            "into", "across", "within", "near", "between", "against");
    private static final Set<String> DETERMINERS_BEFORE_NUMBER = Set.of("the", "a", "an", "all", "another", "those",
            "these", "some", "its", "their", "his", "her");

    /**
     * A concept's cue word, where it stands, whether it must be attached to count, and whether it counts only a
     * number before it ("from their homes" says where those named before it were driven from).
     */
    record Cue(int start, int end, String concept, boolean attachedOnly, boolean afterOnly) {
        Cue(int start, int end, String concept, boolean attachedOnly) {
            this(start, end, concept, attachedOnly, false);
        }
    }

    /** Each cue word and its concepts, from {@link QuantityRules#CONCEPTS}: one look-up a word. */
    private static final Map<String, List<String>> CONCEPT_OF = conceptOf();

    private static Map<String, List<String>> conceptOf() {
        Map<String, List<String>> map = new HashMap<>();
        QuantityRules.CONCEPTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(concept -> {
            for (String word : concept.getValue()) {
                map.computeIfAbsent(word, w -> new ArrayList<>()).add(concept.getKey());
            }
        });
        return Map.copyOf(map);
    }

    /**
     * The cues of one sentence, found once; its clause boundaries are found on first use, so that a sentence
     * whose numbers are all measures or that has no cue costs one scan of its words.
     */
    static final class Cues {
        private final String sentence;
        private final String lower;
        private final List<Cue> cues;
        private ClauseBoundaries boundaries;

        private Cues(String sentence, String lower, List<Cue> cues) {
            this.sentence = sentence;
            this.lower = lower;
            this.cues = cues;
        }

        String lower() {
            return lower;
        }

        List<Cue> cues() {
            return cues;
        }

        /** The clause boundaries, found on first use. */
        ClauseBoundaries boundaries() {
            if (boundaries == null) {
                boundaries = ClauseBoundaries.of(sentence, lower);
            }
            return boundaries;
        }
    }

    /** The cue words of a sentence, in text order. */
    static Cues cues(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Cue> cues = new ArrayList<>();
        Matcher words = LETTERS.matcher(lower);
        int previousStart = -1;
        int previousEnd = -1;
        while (words.find()) {
            if (fromHomes(lower, words.group(), words.start())) {
                cues.add(new Cue(words.start(), words.end(), "displaced", false, true));
            }
            List<String> concepts = CONCEPT_OF.get(words.group());
            if (concepts != null && !quoted(lower, words.start(), words.end())
                    && !seizedPower(lower, words.group(), words.end()) && !homelessKind(lower, words.group(),
                    words.start(), words.end())
                    && !leftNoFlight(sentence, lower, words.group(), words.start(), words.end())) {
                String word = words.group();
                String previous = previousStart < 0 ? "" : lower.substring(previousStart, previousEnd);
                for (String concept : concepts) {
                    cues.add(new Cue(words.start(), words.end(), concept, attachedOnly(lower, word, previous, words.end())));
                }
            }
            previousStart = words.start();
            previousEnd = words.end();
        }
        return new Cues(sentence, lower, cues);
    }

    /**
     * "from their homes", "out of their homes": those driven or forced out are displaced ("the rains killed 20 people and
     * drove 5,000 from their homes" counts no dead in its 5,000), whatever verb drives them.
     */
    private static boolean fromHomes(String lower, String word, int start) {
        return word.equals("homes") && (lower.startsWith("from their ", Math.max(0, start - 11))
                || lower.startsWith("out of their ", Math.max(0, start - 13)));
    }

    /** A plural or count noun right after a word: "homeless men", "homeless families". */
    private static final Pattern PLURAL_NEXT = Pattern.compile("\\s+(?:people|men|women|children|\\p{L}{3,}[^s\\W]s)\\b");
    /** Verbs that make people homeless, before a prenominal "homeless": "left 2,000 homeless families". */
    private static final Pattern MADE_HOMELESS = Pattern.compile("\\b(?:left|leaving|leave|leaves|made|making|rendered|"
            + "rendering)\\b");

    /**
     * "homeless" before a plural ("three of them homeless men", "shelters took in 200 homeless people") names a kind of
     * people, those who live without a home, not people an event displaced; it stays a cue after a verb of leaving or
     * making within 40 characters before it ("the quake left 2,000 homeless families").
     */
    private static boolean homelessKind(String lower, String word, int start, int end) {
        return word.equals("homeless") && PLURAL_NEXT.matcher(lower).region(end, lower.length()).lookingAt()
                && !MADE_HOMELESS.matcher(lower).region(Math.max(0, start - 40), start).find();
    }

    /**
     * A cue word alone between quotation marks is named, not used: a site's code says whether doctors are "working,"
     * "wounded" or a "fatality" ("one particularly virulent ... Web site" counts no wounded).
     */
    private static boolean quoted(String lower, int start, int end) {
        return start > 0 && lower.charAt(start - 1) == '"' && (lower.startsWith("\"", end) || lower.startsWith(",\"", end)
                || lower.startsWith(".\"", end));
    }

    /** "seized power", "seized control": a seizure of no one ("two judges question him on the slayings since he seized power"). */
    private static boolean seizedPower(String lower, String word, int end) {
        return word.startsWith("seize") && (lower.startsWith(" power", end) || lower.startsWith(" control", end));
    }

    /**
     * "left" that is no flight: a name mid-sentence ("his Democratic Left party with two other parties"), a passive or
     * "behind" ("scores of instruments aimed at the trails left by the meteors", "200 people were left behind").
     */
    private static boolean leftNoFlight(String sentence, String lower, String word, int start, int end) {
        return word.equals("left") && (start > 0 && Character.isUpperCase(sentence.charAt(start))
                || lower.startsWith(" by ", end) || lower.startsWith(" behind", end));
    }

    private static boolean attachedOnly(String lower, String word, String previous, int end) {
        if (word.equals("death")) {
            return !previous.equals("to") && !lower.startsWith(" toll", end);
        }
        if (word.equals("dead")) {
            return DETERMINERS.contains(previous);
        }
        if (word.equals("killing")) {
            return lower.startsWith(" of ", end) || DETERMINERS.contains(previous); // "his killing is linked to four attacks"
        }
        return NOUNS.contains(word);
    }

    static int clauseStart(List<Integer> boundaries, int position) {
        int start = 0;
        for (int b : boundaries) {
            if (b < position && b > start) {
                start = b;
            }
        }
        return start;
    }

    static int clauseEnd(List<Integer> boundaries, int position, int length) {
        int end = length;
        for (int b : boundaries) {
            if (b >= position && b < end) {
                end = b;
            }
        }
        return end;
    }

    /**
     * Whether the quantity measures something other than a count of people or things: a unit written on the number
     * or a known unit of measure, an age, the base of a rate.
     */
    static boolean measure(String sentence, Candidate c, String unit, String unitName) {
        return c.unit() != null || unitName.equals("year of age") || unit.endsWith("-old")
                || (!unit.equals("-") && UnitNames.known(unit) != null)
                || c.start() >= 4 && sentence.regionMatches(true, c.start() - 4, "per ", 0, 4)
                && (c.start() == 4 || !Character.isLetter(sentence.charAt(c.start() - 5)));
    }

    /**
     * The concept of the number written at [start, end) (its modifier from phraseStart), by the rules of the class
     * comment; "-" if none.
     */
    static String concept(Cues cues, int phraseStart, int start, int end) {
        if (cues.cues().isEmpty()) {
            return "-";
        }
        String lower = cues.lower();
        int[] inside = null;
        for (int[] aside : cues.boundaries().asides()) {
            if (aside[0] <= start && end <= aside[1]) {
                inside = aside;
            }
        }
        List<Integer> hard = cues.boundaries().hard();
        if (inside == null && !cues.boundaries().asides().isEmpty()) {
            hard = new ArrayList<>();
            for (int b : cues.boundaries().hard()) {
                if (!within(cues.boundaries().asides(), b)) {
                    hard.add(b); // the clause runs on over an aside
                }
            }
        }
        int from = clauseStart(hard, start);
        int to = clauseEnd(hard, end, lower.length());
        if (inside != null) {
            from = Math.max(from, inside[0]);
            to = Math.min(to, inside[1]);
        }
        boolean governed = governed(lower, phraseStart);
        for (int r : cues.boundaries().relative()) {
            if (r < start && r > from) {
                from = r;
            }
        }
        for (int r : cues.boundaries().relative()) {
            if (r >= end && r < to) {
                if (words(lower, end, r) > 3) {
                    to = r; // a relative clause further on is about something else
                }
                break;
            }
        }
        to = subjectEnd(cues, end, to);
        String attached = null;
        int attachedDistance = Integer.MAX_VALUE;
        String nearest = "-";
        int nearestDistance = Integer.MAX_VALUE;
        for (Cue cue : cues.cues()) {
            if (cue.start() < from || cue.end() > to || inside == null && within(cues.boundaries().asides(), cue.start())
                    || cue.afterOnly() && cue.end() <= start) {
                continue; // "drove them from their homes and ... at least two churches": the homes are not the churches'
            }
            int distance = cue.start() >= end ? cue.start() - end : start - cue.end();
            if (cue.end() <= start && lower.startsWith("left", cue.start()) && cue.end() - cue.start() == 4) {
                distance = Integer.MAX_VALUE - 1; // "left 2,000 people dead": the state after the number is the count's
            }
            if (attached(lower, cue, phraseStart, start, end, inside == null ? cues.boundaries().asides() : List.of())
                    && (distance < attachedDistance
                    || distance == attachedDistance && cue.start() >= end)) {
                attached = cue.concept();
                attachedDistance = distance;
            }
            if (!cue.attachedOnly() && !governed && (distance < nearestDistance
                    || distance == nearestDistance && cue.concept().compareTo(nearest) < 0)) {
                nearest = cue.concept();
                nearestDistance = distance;
            }
        }
        return attached != null ? attached : nearest;
    }

    /** Verb cues whose active object, not their subject, is counted: "gunmen killed five", "storms hurt crops". */
    private static final Set<String> TRANSITIVE = Set.of("killed", "kill", "kills", "executed", "murdered", "massacred",
            "wounded", "injured", "hurt", "captured", "arrested", "detained", "seized", "abducted", "kidnapped",
            "evacuated", "displaced", "besieged", "trapped");
    /** Forms of "be" that make a verb after a number passive: "were killed", "have been hurt". */
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "be", "been", "being", "get", "got");
    /** Words that start a verb's object: "killed five people", "killed the guards", "hurt their crops". */
    private static final Set<String> OBJECT_STARTS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "dozens",
            "hundreds", "thousands", "scores", "several", "many", "some", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "at", "about", "nearly", "more");
    private static final Pattern OBJECT_NEXT = Pattern.compile("\\s+(?:(?<word>\\p{L}+)(?:\\s+(?<second>\\p{L}+))?|\\d)");

    /**
     * Where the clause of a number ends for its cues when the number is the subject of an active verb cue after it
     * ({@link #TRANSITIVE}), with a word or more between (not "four kidnapped foreigners"), an object after it and
     * no "be" before it: "Two gunmen killed five people", "The two typhoons ... have also hurt coconut crops" count
     * no victims in their subject; the clause then ends at that verb.
     */
    private static int subjectEnd(Cues cues, int end, int to) {
        String lower = cues.lower();
        for (Cue cue : cues.cues()) {
            if (cue.start() < end || cue.attachedOnly() || cue.afterOnly()) {
                continue;
            }
            if (cue.start() >= to || !TRANSITIVE.contains(lower.substring(cue.start(), cue.end()))
                    || words(lower, end, cue.start()) == 0) {
                return to;
            }
            Matcher words = LETTERS.matcher(lower).region(end, cue.start());
            boolean perfect = false;
            while (words.find()) {
                if (BE.contains(words.group())) {
                    return to; // "three miners were injured"
                }
                perfect |= HAVE.contains(words.group());
            }
            return objectAfter(lower, cue.end(), perfect) ? cue.start() : to;
        }
        return to;
    }

    private static final Set<String> HAVE = Set.of("have", "has", "had");

    /**
     * Whether an object follows a verb: a number, a determiner or quantity word; or, after "have" ("have also hurt
     * coconut crops"), a plural in the next two words, which without it may be the noun a participle modifies ("eight
     * of them evacuated patients").
     */
    private static boolean objectAfter(String lower, int from, boolean perfect) {
        Matcher next = OBJECT_NEXT.matcher(lower).region(from, lower.length());
        if (!next.lookingAt()) {
            return false;
        }
        String word = next.group("word");
        if (word == null) {
            return true;
        }
        if (word.equals("at") || word.equals("more")) {
            return "least".equals(next.group("second")) || "than".equals(next.group("second"));
        }
        if (OBJECT_STARTS.contains(word)) {
            return true;
        }
        if (PREPOSITIONS.contains(word) || QuantityRules.PHRASE_STOPS.contains(word) || word.endsWith("ly")) {
            return false; // "killed in the blast", "arrested this week", "injured seriously"
        }
        return perfect && (plural(word) || next.group("second") != null && plural(next.group("second")));
    }

    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !QuantityRules.PHRASE_STOPS.contains(word)
                || word.equals("people");
    }

    /**
     * Verbs that make "the lives of" a toll: "claimed the lives of four", not "helped save the lives of hundreds" nor
     * "crashing into the lives of 30 million people".
     */
    private static final Set<String> TAKING = Set.of("claimed", "claim", "claims", "claiming", "cost", "costs", "costing",
            "took", "take", "takes", "taking", "taken", "lost", "lose", "loses", "losing", "ended", "ending");

    /** Where the determiner right before {@code position} starts ("the lives"), or {@code position} when there is none. */
    private static int determinerStart(String lower, int position) {
        String word = wordBefore(lower, position);
        return DETERMINERS_BEFORE_NUMBER.contains(word) || DETERMINERS.contains(word) ? lower.lastIndexOf(word, position) : position;
    }

    /** Whether the word before the number's phrase (a determiner skipped) governs it; see {@link #PREPOSITIONS}. */
    private static boolean governed(String lower, int phraseStart) {
        String word = wordBefore(lower, phraseStart);
        if (DETERMINERS_BEFORE_NUMBER.contains(word)) {
            word = wordBefore(lower, lower.lastIndexOf(word, phraseStart));
        }
        return PREPOSITIONS.contains(word) || word.length() > 4 && word.endsWith("ing") && !word.equals("including")
                && !word.equals("excluding") && !CONCEPT_OF.containsKey(word);
    }

    /** The word of letters that ends right before position, white space between; "" if there is none. */
    private static String wordBefore(String text, int position) {
        int end = wordEndBefore(text, position);
        return end < 0 ? "" : text.substring(wordStart(text, end), end);
    }

    /** The end of the word that ends before position, white space between; position itself if other text is. */
    private static int wordEndBefore(String text, int position) {
        int i = position;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i == position && position > 0 ? -1 : i;
    }

    private static int wordStart(String text, int end) {
        if (end < 0) {
            return 0;
        }
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean within(List<int[]> spans, int position) {
        for (int[] span : spans) {
            if (span[0] <= position && position < span[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue belongs to the number's phrase: just after it, just before it, or "cue of ... number". An aside
     * between the number and a cue after it ({@code asides}, none when the number is inside one) is skipped: "left 28
     * people -- including lanza himself -- dead".
     */
    private static boolean attached(String lower, Cue cue, int phraseStart, int start, int end, List<int[]> asides) {
        if (cue.start() >= end) {
            String gap = withoutAsides(lower, end, cue.start(), asides);
            return words(gap, 0, gap.length()) <= 3 && !NOT_ATTACHING.matcher(gap).find();
        }
        if (cue.end() > start) {
            return false;
        }
        String between = lower.substring(cue.end(), start);
        if (cue.end() <= phraseStart && lower.startsWith("death", cue.start())
                && TOLL_RISES_TO.matcher(lower).region(cue.end(), phraseStart).matches()) {
            return true; // "the death toll from the storm rose Monday to 15, eight of them evacuated patients"
        }
        if (cue.end() <= phraseStart && (BEFORE_NUMBER.matcher(lower).region(cue.end(), phraseStart).matches()
                || cue.attachedOnly() && LINKING.matcher(lower).region(cue.end(), phraseStart).matches())) {
            return true;
        }
        int of = between.indexOf(" of ");
        return of >= 0 && cue.end() + of + 3 <= phraseStart && words(lower, cue.end(), cue.end() + of) <= 3
                && (!lower.startsWith("lives", cue.start()) || TAKING.contains(wordBefore(lower, determinerStart(lower, cue.start()))))
                && BEFORE_NUMBER.matcher(lower).region(cue.end() + of + 3, phraseStart).matches()
                && !NOT_ATTACHING.matcher(between).find();
    }

    /** The text in [from, to) with each aside wholly inside it blanked out. */
    private static String withoutAsides(String lower, int from, int to, List<int[]> asides) {
        char[] gap = lower.substring(from, to).toCharArray();
        for (int[] aside : asides) {
            if (from <= aside[0] && aside[1] <= to) {
                java.util.Arrays.fill(gap, aside[0] - from, aside[1] - from, ' ');
            }
        }
        return new String(gap);
    }

    /** How many words (runs of letters or digits, with inner punctuation: "1,700", "u.s.") stand in [from, to). */
    private static int words(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            boolean part = Character.isLetterOrDigit(ch) || inWord && (ch == '\'' || ch == '.' || ch == ',' || ch == '-');
            if (part && !inWord) {
                n++;
            }
            inWord = part;
        }
        return n;
    }
}
