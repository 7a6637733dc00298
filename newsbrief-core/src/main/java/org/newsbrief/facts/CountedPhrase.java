package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbrief.analysis.OpenNlpTagger;

/**
 * The name of the thing a number counts, formed as CQE and NewsQuant form it: the words of the noun
 * phrase after the number that are nouns, proper nouns or adjectives (OpenNLP UD tags), lemmatized
 * ("60 commercial fishermen" is {@code commercial fisherman}, "300 recorded songs" {@code song}, "the
 * digital and physical sales" {@code digital physical sale}, "11 member trade agreement"
 * {@code member trade agreement}); proper nouns keep their case ("8 straight World Cups" is
 * {@code straight World Cup}). After "one of the", the whole phrase up to the end of its clause, without its
 * function words ("one of the proudest moments in his life" is {@code proud moment life}, "one of the
 * largest dinosaurs to ever live" {@code large dinosaur live}). Only the few words after a number are
 * tagged, and only adjectives in the comparative or superlative and verbs are lemmatized by the model
 * (nouns by {@link UnitNames#singular}), which keeps the cost to some tens of microseconds a quantity.
 * Stateless and thread-safe.
 */
final class CountedPhrase {

    /** How many words after the number are tagged. */
    private static final int WINDOW = 6;

    /** How many words of a "one of the" phrase are read, up to the end of its clause. */
    private static final int ONE_OF_WINDOW = 12;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern HYPHEN_NUMBER = Pattern.compile("[-–]\\d+");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}\\-]+");
    /** A word of letters joined by hyphens: "ever-so-brief", "same-sex", "all-in-one". */
    private static final Pattern HYPHENED = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");

    /**
     * Tags after a word in "-s" that make it a verb the tagger took for a noun, where the head is
     * singular: "a third of the population lives in".
     */
    private static final Set<String> VERB_CONTEXT = Set.of("ADP", "DET", "PRON", "ADV");
    private static final Pattern LEADING = Pattern.compile("^[\"'“‘(\\[]+");
    private static final Pattern TRAILING = Pattern.compile("[\"'”’)\\],.;:!?]+$");
    /** Punctuation that ends the phrase; not the dot of an abbreviation ("40 U.S. senators", "3 U.K. banks"). */
    private static final Pattern ENDS_CLAUSE = Pattern.compile("(?!(?:\\p{Lu}\\.){2,}$).*[,.;:!?)\\]]['\"”’]?$");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /**
     * A people's plural name in "-is", which {@link UnitNames#singular} leaves as it leaves "crisis": "Israelis",
     * "Iraqis", "Saudis", "Pakistanis" (a consonant before the "-is").
     */
    private static final Pattern DEMONYM_PLURAL = Pattern.compile("\\p{Lu}\\p{Ll}+[b-df-hj-np-tv-z]is");

    /** Irregular comparatives and superlatives, whose lemma the model gives ("best" is "good"). */
    private static final Set<String> IRREGULAR_GRADES = Set.of("best", "worst", "better", "worse", "least");

    /** Words that end the noun phrase of a count: times and days ("300 civilians yesterday"). */
    private static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "tomorrow", "overnight",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Function words the tagger may call adjectives, which CQE leaves out as stop words ("the most spectacular"). */
    private static final Set<String> GRADE_WORDS = Set.of("most", "more", "least", "less", "many", "much", "few",
            "own", "same", "such", "very");

    /** Dashes written apart, which end a "one of the" phrase: "one of the recipients - a teenager - is". */
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");

    /** Tags before a participle that make it open a clause, not modify a noun: "the state facing", "of repealing". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("NOUN", "ADP", "VERB");

    /** Words that end a "one of the" clause. */
    private static final Set<String> CLAUSE_ENDS = Set.of("that", "which", "who", "whose", "whom", "what", "this");

    private CountedPhrase() {
    }

    /**
     * The counted thing's name after a number ({@code rest} is the text right after it, {@code number}
     * the number as written, given to the tagger as context), or null when no noun follows. Where the
     * head may be singular ({@code singular}: a count of one, a share) a word in "-s" after a singular
     * noun is its verb, not part of it ("one proposal asks"; "a third of the population lives in").
     * Without {@code tagged}, only the cases that need no tagger are named.
     */
    static Named name(String number, String rest, double value, boolean singular, boolean tagged) {
        return name(number, rest, value, singular, tagged, false);
    }

    /**
     * As {@link #name(String, String, double, boolean, boolean)}; {@code afterOf} when the phrase follows
     * "of" ("millions of Americans", "one out of three Germans"), where a lone plural proper noun keeps its
     * form, as NewsQuant writes it; right after a number it is lemmatized ("1,307,000 Americans" is American).
     */
    static Named name(String number, String rest, double value, boolean singular, boolean tagged, boolean afterOf) {
        List<String> words = words(rest, WINDOW);
        if (words.isEmpty() || !startsNounPhrase(clean(words.get(0)))) {
            return null;
        }
        Named plain = plain(words, value, singular);
        if (plain != null || !tagged) {
            return plain;
        }
        words = untilStop(words);
        String[] tokens = tokens(number, words);
        String[] tags = OpenNlpTagger.tags(tokens);
        List<Integer> kept = nounPhrase(words, tokens, tags, value, singular);
        return kept == null ? null : named(tokens, tags, kept, afterOf);
    }

    /** Whether a noun phrase may start with this word. */
    private static boolean startsNounPhrase(String first) {
        if (first.isEmpty() || QuantityRules.PHRASE_STOPS.contains(first)) {
            return false; // "20 of", "5 in": no noun follows
        }
        // "up from 798,000 two years ago": a number's noun phrase does not start with another number
        return !(Character.isDigit(first.charAt(0)) || NumberWords.UNITS.containsKey(first.toLowerCase(Locale.ROOT))
                && !first.equalsIgnoreCase("a"));
    }

    /** The words up to the first stop word other than "and" and "or", which stays as context. */
    private static List<String> untilStop(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String word = clean(words.get(i)).toLowerCase(Locale.ROOT);
            if (QuantityRules.PHRASE_STOPS.contains(word) && !word.equals("and") && !word.equals("or")) {
                return words.subList(0, i + 1); // the phrase ends there; the stop word stays as context
            }
        }
        return words;
    }

    /**
     * The positions in {@code tokens} (the number first) of the words of the counted thing's noun phrase,
     * or null when it has no noun; may retag words in {@code tags} as nouns.
     */
    private static List<Integer> nounPhrase(List<String> words, String[] tokens, String[] tags, double value, boolean singular) {
        List<Integer> kept = new ArrayList<>();
        boolean noun = false;
        for (int i = 1; i < tokens.length; i++) {
            String word = tokens[i];
            String lower = word.toLowerCase(Locale.ROOT);
            String tag = tags[i];
            if (!noun && pluralVerb(lower, tag)) {
                tag = "NOUN"; // "the top three seeds": after a number a word in "-s" is a plural, whatever the tagger says
                tags[i] = tag;
            }
            if (!noun && tag.equals("PUNCT") && HYPHENED.matcher(word).matches()) {
                tag = i + 1 < tokens.length && tags[i + 1].equals("NOUN") ? "ADJ" : "NOUN"; // the model's tokens split
                tags[i] = tag; // "ever-so-brief", which it then calls punctuation: a modifier before a noun, else the noun
            }
            if (!noun && GRADE_WORDS.contains(lower) && !lower.equals("most") && !lower.equals("least") && i + 1 < tokens.length
                    && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("ADJ"))) {
                continue; // "one such informant", "two more prominent dissidents": stop words CQE leaves out
            }
            if (!noun && (lower.equals("most") || lower.equals("least")) && i + 1 < tokens.length && tags[i + 1].equals("ADJ")) {
                continue; // "the 20 most expensive restaurants": expensive restaurant, the grade word left out as CQE leaves stop words
            }
            if (!noun && i + 1 < tokens.length && tags[i + 1].equals("NOUN") && !tag.equals("ADJ")
                    && superlative(lower, "") != null) {
                tag = "ADJ"; // "the two hottest ovens", "hottest" tagged a verb or noun: hot oven
                tags[i] = tag;
            }
            if (!noun && adverbBeforeAdjective(tokens, tags, i)) {
                continue; // "two sharply different schools": different school, the adverb left out as CQE leaves it
            }
            if (tag.equals("CCONJ") && !noun && !kept.isEmpty() && tags[kept.get(kept.size() - 1)].equals("ADJ")) {
                continue; // "digital and physical sales"
            }
            if (word.isEmpty() || words.get(i - 1).startsWith("(") || QuantityRules.PHRASE_STOPS.contains(lower) || TIME_WORDS.contains(lower)
                    || QuantityRules.MONTHS.contains(lower)) {
                break;
            }
            if (noun && HYPHEN_NUMBER.matcher(word).matches()) {
                kept.remove(kept.size() - 1); // "COVID -19 tests" is "COVID-19 tests" written apart: a name with a
                noun = kept.stream().anyMatch(k -> tags[k].equals("NOUN") || tags[k].equals("PROPN")); // number,
                continue; // passed over as a whole, as "COVID-19" is
            }
            boolean nominal = (tag.equals("NOUN") || tag.equals("PROPN")) && !DIGIT.matcher(word).find();
            if (!noun && DIGIT.matcher(word).find()) {
                if (i + 1 < tokens.length && QuantityRules.MODEL_SUFFIXES.contains(tokens[i + 1])) {
                    kept.add(i); // "two new 737 Max jets": the model's number is part of its name
                }
                continue; // "the combined 4.3M digital and physical sales": another number is passed over
            }
            if (nominal || tag.equals("ADJ") && !noun) {
                kept.add(i);
                noun |= nominal;
            } else if (noun || !(tag.equals("VERB") && (lower.endsWith("ed") || lower.endsWith("ing")))) {
                break; // a participle before the noun ("recorded songs") is passed over
            }
            boolean plural = nominal && lower.length() > 3 && !UnitNames.singular(lower).equals(lower) // "fishermen"
                    && !pluralModifier(tokens, tags, i) // "13 appropriations bills": the first plural modifies the second
                    && !(value == 1 && i + 1 < tokens.length && tags[i + 1].equals("NOUN")
                            && UnitNames.singular(tokens[i + 1].toLowerCase(Locale.ROOT)).equals(tokens[i + 1].toLowerCase(Locale.ROOT))
                            && LOWER_WORD.matcher(tokens[i + 1]).matches()); // "one grass-roots campaign": one counts no plural
            if (noun && !plural && value != 1 && !singular && i + 1 < tokens.length
                    && pluralVerb(tokens[i + 1].toLowerCase(Locale.ROOT), tags[i + 1])) {
                tags[i + 1] = "NOUN"; // "60 Starlink satellites": a count of many after a singular name goes on to its plural
            }
            boolean nextNominal = i + 1 < tokens.length && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("PROPN"))
                    && !(singular && !plural && tokens[i + 1].endsWith("s") && (value == 1 || i + 2 < tokens.length
                            && VERB_CONTEXT.contains(tags[i + 2])));
            if (noun && (plural || !nextNominal) || ENDS_CLAUSE.matcher(words.get(i - 1)).matches()) {
                break; // "22 pro-Ankara Syrian rebels", "11 member trade agreement"
            }
        }
        return noun ? kept : null;
    }

    /** The lemmas of the kept words, the last one the head; a people's plural name after "of" as written. */
    private static Named named(String[] tokens, String[] tags, List<Integer> kept, boolean afterOf) {
        int head = kept.get(kept.size() - 1);
        if (afterOf && kept.size() == 1 && Character.isUpperCase(tokens[head].charAt(0)) && tokens[head].endsWith("s")
                && LOWER_WORD.matcher(tokens[head].substring(1)).matches()) {
            return new Named(tokens[head], head); // "millions of Americans", "three Germans": a people's plural name as written
        }
        List<String> lemmas = new ArrayList<>();
        for (int i : kept) {
            boolean name = i != head && tags[i].equals("PROPN") && Character.isUpperCase(tokens[i].charAt(0));
            String token = i == head ? tokens[i] : POSSESSIVE.matcher(tokens[i]).replaceFirst(""); // "the island's homes": island
            lemmas.add(name ? token : lemma(token, tags[i], i == head)); // "two Hamas leaders": only the head inflects
        }
        return new Named(String.join(" ", lemmas), head);
    }

    /** Nouns in "-ly", which an adjective may follow ("a family friendly event"). */
    private static final Set<String> LY_NOUNS = Set.of("family", "ally", "rally", "supply", "assembly", "belly", "bully",
            "jelly", "lily", "monopoly", "anomaly", "melancholy", "folly", "holly", "gully", "homily");

    /**
     * A lower-case word in "-ly" before an adjective or participle, which the tagger may call a noun: an adverb
     * of the adjective ("two sharply different schools", "three newly built bridges").
     */
    private static boolean adverbBeforeAdjective(String[] tokens, String[] tags, int i) {
        String word = tokens[i];
        return word.length() > 4 && word.endsWith("ly") && !tags[i].equals("ADJ") // "elderly" stays
                && LOWER_WORD.matcher(word).matches() && !LY_NOUNS.contains(word)
                && i + 1 < tokens.length && (tags[i + 1].equals("ADJ") || tags[i + 1].equals("VERB")
                        && (tokens[i + 1].endsWith("ed") || tokens[i + 1].endsWith("en")));
    }

    /** Nouns and adjectives in "-est" that are no superlatives: "priest", "suggest". */
    private static final Set<String> EST_WORDS = Set.of("priest", "suggest", "honest", "modest", "earnest", "manifest");

    /**
     * The positive of a superlative that the model leaves as written or cuts wrongly: "busiest" is busy,
     * "wealthiest" wealthy, "biggest" big, "saddest" sad ("the model gives "sadde"), "dumbest" dumb;
     * null when the word is no superlative of these forms.
     */
    static String superlative(String lower, String modelLemma) {
        int n = lower.length();
        if (n <= 5 || !lower.endsWith("est") || EST_WORDS.contains(lower) || !LOWER_WORD.matcher(lower).matches()) {
            return null;
        }
        if (lower.endsWith("iest")) {
            return lower.substring(0, n - 4) + "y"; // "busiest", "wealthiest", "happiest"
        }
        char c = lower.charAt(n - 4);
        if (c == lower.charAt(n - 5) && "bdgmnpt".indexOf(c) >= 0) {
            return lower.substring(0, n - 4); // "biggest", "saddest", "hottest": the doubled consonant undone
        }
        String stem = lower.substring(0, n - 3);
        return modelLemma.equals(lower) && PLAIN_STEM.matcher(stem).find() ? stem : null; // "dumbest", left as written: dumb
    }

    /**
     * The end of a positive that takes "-est" as it is: two vowels and a consonant ("cheap", "poor") or two
     * consonants of which the last needs no "e" ("dumb", "smart"); not "pur" of "purest", "clos", "tru", "strang".
     */
    private static final Pattern PLAIN_STEM = Pattern.compile("(?:[aeiou]{2}[b-df-hj-np-tv-z]|[b-df-hj-np-tv-z][bdhkmnprt])$");

    /**
     * Whether the plural noun at {@code i} modifies a lower-case plural noun right after it, as a noun before a noun
     * does: "13 appropriations bills", "two communications satellites" (not a count noun: "22 police officers" is read
     * as a count noun's phrase).
     */
    private static boolean pluralModifier(String[] tokens, String[] tags, int i) {
        if (i + 1 >= tokens.length || !tags[i + 1].equals("NOUN")
                || QuantityRules.COUNT_NOUNS.contains(tokens[i].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String next = tokens[i + 1];
        if (i + 2 < tokens.length && DIGIT.matcher(tokens[i + 2]).find()) {
            return false; // "two daughters ages 4 and 6": a plural before a number labels it
        }
        return LOWER_WORD.matcher(next).matches() && next.length() > 3 && !next.endsWith("ss")
                && !UnitNames.singular(next).equals(next) && !QuantityRules.PHRASE_STOPS.contains(next);
    }

    /** A word in "-s" that the tagger took for a verb ("seeds", "satellites"). */
    private static boolean pluralVerb(String lower, String tag) {
        return (tag.equals("VERB") || tag.equals("AUX") && !lower.equals("does")) && lower.length() > 3 && lower.endsWith("s")
                && !lower.endsWith("ss"); // "one of the stage builders noticed": the tagger may call the plural an auxiliary
    }

    /** Tags that open what a verb in the past governs: "involved selling", "wanted the", "claimed his". */
    private static final Set<String> FINITE_VERB_OBJECTS = Set.of("VERB", "DET", "PRON");

    /** A plural noun just read: "schemes", "people". */
    private static boolean isPlural(String token, String tag) {
        String lower = token.toLowerCase(Locale.ROOT);
        return (tag.equals("NOUN") || tag.equals("PROPN"))
                && (!UnitNames.singular(lower).equals(lower) || QuantityRules.COUNT_NOUNS.contains(lower));
    }

    /**
     * An adjective or noun between a determiner and the number, which belongs to the counted thing
     * ("the top three seeds" are {@code top seed}, "a record 32 goals" {@code record goal}), or null.
     */
    static String premodifier(String before, String number) {
        String[] words = SPACES.split(before.strip());
        if (words.length < 2 || !DETERMINERS.contains(words[words.length - 2].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String word = words[words.length - 1];
        String lower = word.toLowerCase(Locale.ROOT);
        if (!LOWER_WORD.matcher(word).matches() || QuantityRules.PHRASE_STOPS.contains(lower) || GRADE_WORDS.contains(lower)
                || QuantityRules.MODIFIERS.stream().anyMatch(m -> m.getKey().endsWith(lower))) {
            return null;
        }
        String[] tags = OpenNlpTagger.tags(new String[] {words[words.length - 2], word, number});
        return tags[1].equals("ADJ") || tags[1].equals("NOUN") ? lemma(word, tags[1], false) : null;
    }

    /**
     * A counted thing's name and how many words after the number it spans.
     *
     * @param name the name, proper nouns as written
     * @param words the words read, up to and including the head noun
     */
    record Named(String name, int words) {
    }

    /**
     * The common cases, named without the tagger, as it would name them: lower-case words that are
     * neither function words nor participles, up to a plural ("250,000 civilians trapped", "27
     * children", "six major rebel-held areas"; the modifiers are kept whether adjectives or nouns),
     * or for one a single word before a function word ("one woman was"). Null when the tagger must decide.
     */
    private static Named plain(List<String> words, double value, boolean singular) {
        List<String> lower = new ArrayList<>();
        for (int i = 0; i < Math.min(4, words.size()); i++) {
            String word = clean(words.get(i));
            if (!LOWER_WORD.matcher(word).matches() || QuantityRules.PHRASE_STOPS.contains(word)
                    || GRADE_WORDS.contains(word) || word.endsWith("ed") || word.endsWith("ing") || word.endsWith("ly")) {
                break;
            }
            if (i + 1 < words.size() && (word.endsWith("est") && word.length() > 5 || IRREGULAR_GRADES.contains(word))) {
                return null; // "the three largest cities": the tagger tells a superlative ("large") from a noun ("forest")
            }
            lower.add(word);
            if (value != 1 && !UnitNames.singular(word).equals(word) && !QuantityRules.COUNT_NOUNS.contains(word)
                    && pluralNext(words, i)) {
                return null; // "13 appropriations bills": the tagger tells a plural modifier from a plural and its verb
            }
            boolean plural = !UnitNames.singular(word).equals(word)
                    || QuantityRules.COUNT_NOUNS.contains(word) && !pluralNext(words, i); // "22 police officers": officer
            if (value != 1 && plural && singular && i > 0) {
                return null; // "half of the population lives in": "lives" may be the verb
            }
            if (value != 1 && plural) {
                lower.set(i, UnitNames.singular(word));
                return new Named(String.join(" ", lower), i + 1);
            }
            if (ENDS_CLAUSE.matcher(words.get(i)).matches()) {
                break;
            }
        }
        boolean single = words.size() == 1 || ENDS_CLAUSE.matcher(words.get(0)).matches()
                || QuantityRules.PHRASE_STOPS.contains(clean(words.get(1)).toLowerCase(Locale.ROOT));
        return value == 1 && lower.size() >= 1 && single ? new Named(lower.get(0), 1) : null;
    }

    /**
     * Whether the word after position {@code i} is a lower-case plural noun, which a count noun before it only
     * modifies: "22 police officers", "40 staff members" (a verb after a plural subject takes no "-s").
     */
    private static boolean pluralNext(List<String> words, int i) {
        if (i + 1 >= words.size() || ENDS_CLAUSE.matcher(words.get(i)).matches()) {
            return false;
        }
        String next = clean(words.get(i + 1));
        return LOWER_WORD.matcher(next).matches() && !QuantityRules.PHRASE_STOPS.contains(next) && !next.endsWith("ss")
                && !UnitNames.singular(next).equals(next);
    }

    /**
     * The name of the thing after "one of the" ({@code phrase} starts with its first word after the
     * determiner): the content words up to the end of the clause, lemmatized; null when it has no noun.
     */
    static String oneOf(String phrase) {
        return oneOf(phrase, false);
    }

    /** As {@link #oneOf(String)}; with {@code plural}, null unless the phrase holds a plural noun ("one of the few" is none). */
    static String oneOf(String phrase, boolean plural) {
        List<String> words = words(phrase, ONE_OF_WINDOW);
        String[] tokens = tokens("the", words);
        String bare = tokens.length > 1 ? POSSESSIVE.matcher(tokens[1]).replaceFirst("") : null;
        boolean possessive = bare != null && !bare.equals(tokens[1]);
        if (possessive) {
            tokens[1] = bare; // "one of Turkey's leading politicians": Turkey
        }
        String[] tags = OpenNlpTagger.tags(tokens);
        List<String> lemmas = new ArrayList<>();
        boolean noun = false;
        boolean many = false;
        boolean infinitive = false;
        for (int i = 1; i < tokens.length; i++) {
            String word = tokens[i];
            String lower = word.toLowerCase(Locale.ROOT);
            String tag = tags[i];
            if (!many && pluralVerb(lower, tag)) {
                tag = "NOUN"; // "one of the chief advocates in": the plural "one of" picks from, whatever the tagger says
            }
            many |= (tag.equals("NOUN") || tag.equals("PROPN"))
                    && (!UnitNames.singular(lower).equals(lower) || QuantityRules.COUNT_NOUNS.contains(lower));
            if (!many && i + 1 < tokens.length && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("ADJ"))
                    && (possessive && i == 2 || !CLAUSE_OPENERS.contains(tags[i - 1]))
                    && (tag.equals("VERB") && (lower.endsWith("ing") || lower.endsWith("ed") && tags[i - 1].equals("ADV"))
                            || !tag.equals("ADJ") && superlative(lower, "") != null
                            || tag.equals("PUNCT") && LOWER_WORD.matcher(word).matches())) {
                tag = "ADJ"; // "one of Turkey's leading politicians", "the kingdom's wealthiest families", "the world's
                // best-selling games", "the most closely watched races": a participle or superlative before the noun
                // modifies it, whatever the tagger says
            }
            if (many && tag.equals("ADJ") && lower.endsWith("ed") && i + 1 < tokens.length
                    && FINITE_VERB_OBJECTS.contains(tags[i + 1]) && isPlural(tokens[i - 1], tags[i - 1])) {
                break; // "one of his schemes involved selling": a verb in the past after the plural, whatever the tagger says
            }
            if (word.isEmpty() || DASHES.contains(word) || CLAUSE_ENDS.contains(lower) || tag.equals("AUX") || tag.equals("CCONJ")
                    || tag.equals("SCONJ") || tag.equals("VERB") && !infinitive) {
                break;
            }
            infinitive |= tag.equals("PART") && lower.equals("to") && noun;
            if ((tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("VERB"))
                    && !GRADE_WORDS.contains(lower)) { // "the most spectacular catches
                lemmas.add(lemma(word, tag, tag.equals("NOUN")));
                noun |= !tag.equals("ADJ") && !tag.equals("VERB");
            }
            if (ENDS_CLAUSE.matcher(words.get(i - 1)).matches()) {
                break;
            }
        }
        return noun && (many || !plural) ? String.join(" ", lemmas) : null;
    }

    /**
     * A word's lemma: a proper noun as written ("Americans", "World Cup"), a noun in the singular by
     * rule, a graded adjective or a verb by the model ("largest" is "large", "best" "good"), others in
     * lower case.
     */
    private static String lemma(String word, String tag, boolean head) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ACRONYM_PLURAL.matcher(word).matches()) {
            return word.substring(0, word.length() - 1); // "10 SUVs", "5 MPs", "80 RBIs": an acronym's plural
        }
        if (head && tag.equals("PROPN") && DEMONYM_PLURAL.matcher(word).matches()) {
            return word.substring(0, word.length() - 1); // "21 Israelis", "three Pakistanis": Israeli, as "Americans" is American
        }
        if (tag.equals("PROPN") && !word.equals(lower)) {
            String singular = UnitNames.singular(lower);
            return lower.startsWith(singular) ? word.substring(0, singular.length()) : singular; // "World Cups"
        }

        if (tag.equals("NOUN") || tag.equals("PROPN")) {
            return head || !lower.contains("-") ? UnitNames.singular(lower) : lower;
        }
        if (tag.equals("ADJ") && (lower.endsWith("est") && lower.length() > 5 || IRREGULAR_GRADES.contains(lower))
                || tag.equals("VERB")) {
            String lemma = OpenNlpTagger.lemma(lower, tag).toLowerCase(Locale.ROOT);
            String positive = tag.equals("ADJ") ? superlative(lower, lemma) : null;
            return positive != null ? positive : lemma; // the model cuts "happiest" to "happi", leaves "dumbest"
        }
        return lower;
    }

    private static List<String> words(String text, int limit) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(text.strip())) {
            if (w.isEmpty() || out.isEmpty() && w.startsWith("(")) {
                break;
            }
            out.add(w);
            if (out.size() == limit || ENDS_CLAUSE.matcher(w).matches()) {
                break;
            }
        }
        return out;
    }

    private static String[] tokens(String first, List<String> words) {
        String[] tokens = new String[words.size() + 1];
        tokens[0] = first;
        for (int i = 0; i < words.size(); i++) {
            tokens[i + 1] = clean(words.get(i));
        }
        return tokens;
    }

    private static String clean(String token) {
        if (token.length() > 3 && token.charAt(1) == '.' && ABBREVIATION.matcher(token).matches()) {
            return token; // "U.S." keeps its dots
        }
        return TRAILING.matcher(LEADING.matcher(token).replaceAll("")).replaceAll("");
    }
}
