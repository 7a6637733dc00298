package org.newsbrief.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw unit of a quantity without a written one: the head noun of the phrase after the number
 * ("22 pro-Ankara Syrian rebels" counts rebels, "the number of deaths" deaths), or the previous
 * quantity's ("another 2,500", "N others"). {@link UnitResolver} names it. Stateless and thread-safe.
 */
final class HeadNouns {

    private HeadNouns() {
    }

    /** How far after a number its unit and counted phrase are looked for, in characters. */
    static final int LOOK_AHEAD = 120;

    private static final Pattern NUMBER_OF = Pattern.compile("^\\s+(?:the\\s+)?(?:overall\\s+|total\\s+)?number of (\\w+)");

    private static final String OF_OWNER =
            "^\\s+of (?:(?:the\\s+)?[\\p{L}\\-]+['’]s |its|their|the|his|her|our|my|your|these|those)?\\s*";

    /**
     * "30 of its residents", "12 of the city's defenders", "30 of Mosul's residents", "11 of its armed men", "65 of
     * the young people", "12 of the country's 28 provinces", "300 of these small boats": the plural counts, after one
     * optional word or number, which a comma closes ("three of the engines, parts of the wing" count engines).
     */
    private static final Pattern OF_ITS = Pattern.compile(OF_OWNER
            + "(?:(?<word>[\\p{L}\\d,.]*[\\p{L}\\d]) )?(?<noun>\\w+s|people|children|men|women|geese|mice|teeth)\\b");

    /** Words after "of those" that end the phrase before a plural: "250,000 of those in massachusetts". */
    private static final Set<String> OF_PHRASE_ENDS = Set.of("in", "on", "at", "from", "to", "for", "with", "by", "and", "or",
            "who", "which", "that", "were", "was", "are", "is", "have", "has", "had", "will", "would", "could");

    /** The plural right after the owner, tried when the word after it is no noun: "30 of its residents this week". */
    private static final Pattern OF_ITS_NEXT = Pattern.compile(OF_OWNER + "(?<noun>\\w+s)\\b");

    /**
     * "the" N things "and" just before "N others": the article closes the group, so the others are not more of the
     * same ("killed the two suicide bombers and 16 others" are not 16 bombers; "60 people and 162 others" are people).
     */
    private static final Pattern THE_COUNTED_AND = Pattern.compile("\\bthe\\s+(?:\\d[\\d,]*|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|dozen)\\s+(?:[\\p{L}-]+\\s+){1,3}and\\s+$");

    private static final Pattern OF_OTHERS = Pattern.compile("^\\s+of others\\b.*");

    private static final Pattern NON_LETTER_HYPHEN = Pattern.compile("[^\\p{L}\\-]");

    /** "U.S.", "u.k." (the text is lower-cased where the head noun is read). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.){2,}");

    private static final Pattern TRAILING_HYPHEN = Pattern.compile("-+$");

    static final Pattern ENDS_PUNCT_ANY = Pattern.compile(".*[,.;:)]$");

    /** A bound right after the number, before its noun: " or so" of "600 or so satellites", " or more" of "5 or more people". */
    private static final Pattern OR_BOUND_WORD = Pattern.compile(" or (?:so|more|fewer|less)(?= )");

    /**
     * "20 more lives", "two more prominent dissidents": "more" before a plural and its modifiers, the counted phrase, which
     * CQE leaves "more" out of as a stop word ("6 million more online" is no phrase).
     */
    private static final Pattern MORE_PLURAL = Pattern.compile(
            " more (?:(?!(?:than|of|in|to|and|or|the|a|next|last)\\b)\\p{Ll}[\\p{Ll}-]+ ){0,2}(?:\\p{Ll}+[^s\\W]s|people|children|men|women)\\b");

    /** "one more reason", "one more passenger plane": after one, "more" before a singular noun phrase. */
    private static final Pattern ONE_MORE = Pattern.compile("(?i)(?<![\\w-])(?:one|1) more (\\p{Ll}[\\p{Ll}-]*)\\b");

    /**
     * Where the counted phrase after a number starts: after the suffix of "1 million-plus visitors" and "600-odd
     * satellites", after the "more" of "20 more lives" and "one more reason"; else right after the number.
     */
    static int phraseStart(String sentence, int end) {
        if (sentence.startsWith("-plus", end)) {
            return end + 5;
        }
        if (plusSign(sentence, end)) {
            return end + 1; // "250,000+ subscribers"
        }
        if (sentence.startsWith("-odd", end)) {
            return end + 4;
        }
        if (sentence.startsWith(" or ", end)) {
            Matcher bound = OR_BOUND_WORD.matcher(sentence).region(end, sentence.length());
            if (bound.lookingAt()) {
                return bound.end(); // "600 or so satellites", "5 or more people": the noun after the bound
            }
        }
        if (!sentence.startsWith(" more ", end)) {
            return end;
        }
        if (MORE_PLURAL.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return end + 5;
        }
        Matcher one = ONE_MORE.matcher(sentence).region(Math.max(0, end - 3), sentence.length());
        return one.lookingAt() && !QuantityRules.PHRASE_STOPS.contains(one.group(1)) ? end + 5 : end;
    }

    /**
     * Whether a plus sign follows the number as a suffix, "250,000+ subscribers", "60,000+ views" (more than the
     * number); not a sum or a dialling code, "2+2", "+44".
     */
    static boolean plusSign(String sentence, int end) {
        return sentence.startsWith("+", end)
                && (end + 1 == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end + 1)));
    }

    /** The head noun of the phrase after the number; "another 2,500" and "N others" take the previous unit. */
    static String unitAfter(String sentence, int end, String previousUnit, String before) {
        String rest = sentence.substring(end, Math.min(sentence.length(), end + LOOK_AHEAD)).toLowerCase(Locale.ROOT);
        Matcher numberOf = NUMBER_OF.matcher(rest);
        if (numberOf.find()) {
            return numberOf.group(1);
        }
        for (Pattern pattern : List.of(OF_ITS, OF_ITS_NEXT)) {
            Matcher ofIts = pattern.matcher(rest);
            if (ofIts.find() && !ofIts.group("noun").equals("others") && !QuantityRules.PHRASE_STOPS.contains(ofIts.group("noun"))
                    && !(pattern == OF_ITS && ofIts.group("word") != null && OF_PHRASE_ENDS.contains(ofIts.group("word")))) {
                return ofIts.group("noun"); // not "250,000 of those in massachusetts": a preposition ends the phrase
            }
        }
        if (OF_OTHERS.matcher(rest).matches()) {
            return previousUnit;
        }
        String head = headNoun(rest);
        if ("others".equals(head) && THE_COUNTED_AND.matcher(before).find()) {
            return "-";
        }
        if (head == null || head.equals("others") || head.equals("more")) {
            return before.stripTrailing().endsWith("another") || "others".equals(head) ? previousUnit : "-";
        }
        return QuantityRules.UNIT_CLASSES.containsKey(head) && head.startsWith("kilomet") ? "kilometre" : head;
    }

    /**
     * The counted thing: within the next four words, the first plural or known count noun
     * ("22 pro-Ankara Syrian rebels", "2 million people"), else the first word ("40 yard line");
     * null when the phrase ends at once.
     */
    private static String headNoun(String rest) {
        String first = null;
        String[] words = NearbyWords.SPACES.split(rest.strip());
        for (int i = 0; i < Math.min(4, words.length); i++) {
            String clean = TRAILING_HYPHEN.matcher(NON_LETTER_HYPHEN.matcher(words[i]).replaceAll("")).replaceAll("");
            if (clean.isEmpty() || QuantityRules.PHRASE_STOPS.contains(clean)
                    || i == 0 && NumberWords.UNITS.containsKey(clean) && !clean.equals("a")) {
                break; // "up from 798,000 two years ago": no noun of this number
            }
            if (first == null) {
                first = clean;
            }
            if (QuantityRules.COUNT_NOUNS.contains(clean) || (clean.length() > 3 && clean.endsWith("s") && !clean.endsWith("ss"))) {
                return clean;
            }
            if (ENDS_PUNCT_ANY.matcher(words[i]).matches() && !ABBREVIATION.matcher(words[i]).matches()) {
                break; // but "40 U.S. senators" goes on
            }
        }
        return first == null || namesNoThing(first) ? null : first;
    }

    /** Irregular past forms that are no nouns, a verb when first after a number: "300 came", "two went missing". */
    private static final Set<String> IRREGULAR_PAST = Set.of("came", "went", "ran", "stood", "sat", "got", "took", "gave",
            "made", "saw", "knew", "became", "began", "held", "kept", "brought", "fought", "sought", "thought", "met", "paid",
            "told", "heard", "found", "drove", "flew", "grew", "sank", "wrote", "spoke", "broke", "chose", "ate", "swam",
            "threw");

    /** A past form: "died", "injured", "fled"; not "speed" or "seed". */
    private static final Pattern PAST_FORM = Pattern.compile("\\p{L}+[^e\\W]ed");

    /**
     * Whether a word standing first after a number is a verb or a concept's cue rather than the
     * counted thing: "at least 14 died", "40 injured in the blast", "hundreds fled", "27,000 homeless"
     * count whoever the verb is about, not dyings or fleeings; an adverb in -ally ("500,000 globally", not "ally",
     * "rally") is no thing either. Cue words that are themselves counted
     * things of a class ("174 dead" are people, {@link QuantityRules#UNIT_CLASSES}) still count.
     */
    static boolean namesNoThing(String word) {
        return PAST_FORM.matcher(word).matches() || IRREGULAR_PAST.contains(word) // "upwards of 300 came"
                || word.length() > 5 && word.endsWith("ally") // "500,000 annually"
                || QuantityRules.CUE_WORDS.contains(word) && !QuantityRules.UNIT_CLASSES.containsKey(word);
    }
}
