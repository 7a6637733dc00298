package org.newsbrief.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Span;

/**
 * Groups the names of a story's articles into entities. Spellings join when {@link NameKeys}
 * finds them the same name; a shorter name joins the one longer name it ends ("Assad",
 * "Bashar al-Assad"); a country joins its long form ("Russia", "Russian Federation"); and "the
 * observatory" joins the one organisation whose name holds that word; a people's name ("Libyans"
 * beside "Libya") is left out ({@link NameGroups#demonyms}). Types come from the words of the name
 * and around it ({@link TypeCues}), by the mentions' weighed votes ({@link TypeVotes}). An entity's name is its spelling
 * with the most mentions, then the most outlets, then one without a letter tripled ("Baadeen", not
 * "Baadeeen"), then the longest. Thread-safe and deterministic.
 */
public final class EntityResolver {

    /** See {@link #commonWords}. */
    static final int CAPITALISED_PER_LOWER_CASE = 10;

    private final NameFinder finder = new NameFinder();

    private record Occurrence(NameFinder.Found found, TypeCues.Kind type, String articleId, int sentenceIndex, String outlet) {

        Occurrence withType(TypeCues.Kind kind) {
            return new Occurrence(found, kind, articleId, sentenceIndex, outlet);
        }
    }

    public List<Entity> resolve(List<Document> story) {
        List<List<NameFinder.Found>> bySentence = new ArrayList<>();
        Set<String> spellings = new HashSet<>();
        for (Document document : story) {
            for (Sentence sentence : document.sentences()) {
                List<NameFinder.Found> found = finder.find(sentence);
                bySentence.add(found);
                found.forEach(f -> spellings.add(f.text()));
            }
        }
        dropGerundOpeners(bySentence, spellings);
        dropWeekdayEnds(bySentence, spellings);
        splitAtFor(bySentence, spellings);
        Set<String> particleWords = NameKeys.particleWords(spellings);
        Map<String, List<String>> keyCache = new HashMap<>();
        java.util.function.Function<String, List<String>> keyOf = text -> keyCache.computeIfAbsent(text,
                t -> NameKeys.tokens(t, particleWords));
        List<Occurrence> occurrences = occurrences(story, bySentence, spellings, keyOf);
        TypeCues.dropPersonsOfPlaces(occurrences, o -> o.found().text(), Occurrence::type, Occurrence::withType);
        SpeakingOrganisations.retype(occurrences, o -> o.found().text(), Occurrence::type, Occurrence::withType, spellings);
        StormNames.retype(occurrences, o -> o.found().text(), Occurrence::type, Occurrence::withType, spellings);
        Set<String> midSentence = new HashSet<>();
        Set<String> inLonger = wordsOfLongerNames(spellings); // a short form after a quote: ``Darren, ...'' of "Darren Hickey"
        occurrences.stream().filter(o -> !opensAlone(o.found(), inLonger)).forEach(o -> midSentence.add(o.found().text()));
        // the words after an initial ("Hyde" of "Henry J. Hyde") had been a run of their own, written mid-sentence
        occurrences.forEach(o -> midSentence.add(NameInitials.afterInitials(o.found().text())));
        occurrences.removeIf(o -> opensAlone(o.found(), inLonger) && !midSentence.contains(o.found().text()));
        Set<String> common = commonWords(occurrences, story);
        occurrences.removeIf(o -> common.contains(o.found().text().toLowerCase(Locale.ROOT)));
        Set<String> shouted = shoutedPhrases(occurrences, story);
        if (!shouted.isEmpty()) {
            occurrences.removeIf(o -> shouted.contains(o.found().text()));
        }
        Map<String, List<String>> keys = new LinkedHashMap<>();
        occurrences.forEach(o -> keys.computeIfAbsent(o.found().text(), keyOf));
        keys.values().removeIf(List::isEmpty);
        Map<String, TypeVotes> votes = new HashMap<>();
        occurrences.forEach(o -> votes.computeIfAbsent(o.found().text(), t -> new TypeVotes()).add(o.type()));
        Map<String, EntityType> kinds = new HashMap<>();
        votes.forEach((spelling, counts) -> kinds.put(spelling, counts.kind()));
        keys.keySet().removeAll(NameGroups.demonyms(keys, kinds));
        Map<String, Set<String>> articles = new HashMap<>();
        occurrences.forEach(o -> articles.computeIfAbsent(o.found().text(), t -> new HashSet<>()).add(o.articleId()));
        NameGroups groups = NameGroups.join(keys, kinds, articles, knownOrganisations(votes));
        Map<String, List<Occurrence>> byGroup = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            if (keys.containsKey(o.found().text())) {
                byGroup.computeIfAbsent(groups.find(o.found().text()), g -> new ArrayList<>()).add(o);
            }
        }
        List<Entity> entities = new ArrayList<>();
        byGroup.values().forEach(list -> entities.add(entity(list)));
        Set<String> beforeThings = new HashSet<>();
        occurrences.stream().filter(o -> GivenNameTypes.THING_NOUNS_AFTER.contains(o.found().next().toLowerCase(Locale.ROOT)))
                .forEach(o -> beforeThings.add(o.found().text()));
        GivenNameTypes.type(entities, beforeThings);
        SurnameTypes.type(entities);
        List<Entity> withReferences = addHeadReferences(entities, story);
        withReferences.sort(Comparator.comparingInt(Entity::outlets).reversed()
                .thenComparing(e -> -e.mentions().size()).thenComparing(Entity::name));
        return withReferences;
    }

    /**
     * Cuts a gerund that opens a sentence off the name after it ("Putting Brazil's finances in order",
     * "Speaking of Fazil", "Releasing Liu Nianchun" had been names of their own; issue 5, DUC 2003 reading):
     * a run at a sentence's start whose first word ends in "ing", when what follows it (after "of") is a name the story writes elsewhere away from a sentence's start and the whole run is
     * never written there. "Boeing Co." stays whole: the story writes no "Co." alone. A question's auxiliary is cut
     * as a gerund is, also after a colon ({@link #QUESTION_OPENER}: "Can Philippine Airlines be saved?"). Updates
     * {@code spellings}.
     */
    static void dropGerundOpeners(List<List<NameFinder.Found>> bySentence, Set<String> spellings) {
        Set<String> inside = new HashSet<>();
        bySentence.forEach(found -> found.stream().filter(f -> !opensSentence(f) && !opensQuestion(f)).forEach(f -> inside.add(f.text())));
        for (List<NameFinder.Found> found : bySentence) {
            for (int i = 0; i < found.size(); i++) {
                NameFinder.Found f = found.get(i);
                Matcher opener = opener(f);
                if (opener == null || inside.contains(f.text()) || !inside.contains(opener.group(3))) {
                    continue;
                }
                String gerund = opener.group(1).toLowerCase(Locale.ROOT);
                String joiner = opener.group(2) == null || opener.group(2).isEmpty() ? "" : opener.group(2).toLowerCase(Locale.ROOT);
                int cut = opener.start(3);
                found.set(i, new NameFinder.Found(opener.group(3), new Span(f.span().start() + cut, f.span().end()),
                        joiner.isEmpty() ? "" : gerund, joiner.isEmpty() ? gerund : joiner, f.next(), f.after(), false, false,
                        f.possessive()));
                spellings.add(opener.group(3));
            }
        }
    }

    /**
     * Cuts a weekday off the end of a name ("Libya Saturday", "Tehran Friday", "White House Wednesday", "Dili for
     * Thursday": a dateline's or a lead's day glued onto the name before it, 27 entities of their own in the DUC 2003
     * reading; issue 5, nineteenth round) where what stands before it is a name the story writes elsewhere, or has two
     * words or more. "Good Friday", "Bloody Sunday" stay whole: their first word is written alone nowhere. Updates
     * {@code spellings}.
     */
    static void dropWeekdayEnds(List<List<NameFinder.Found>> bySentence, Set<String> spellings) {
        for (List<NameFinder.Found> found : bySentence) {
            for (int i = 0; i < found.size(); i++) {
                NameFinder.Found f = found.get(i);
                Matcher day = f.span() == null || !f.text().endsWith("day") ? null : WEEKDAY_END.matcher(f.text());
                if (day == null || !day.matches() || !spellings.contains(day.group(1)) && day.group(1).indexOf(' ') < 0) {
                    continue;
                }
                String rest = day.group(1);
                found.set(i, new NameFinder.Found(rest, new Span(f.span().start(), f.span().start() + rest.length()),
                        f.before(), f.previous(), day.group(2) == null ? day.group(3).toLowerCase(Locale.ROOT) : "for",
                        day.group(3).toLowerCase(Locale.ROOT), f.sentenceInitial(), f.listed(), false));
                spellings.add(rest);
            }
        }
    }

    /**
     * Parts a run joined by "for" into the two names it holds ("Syria for Russia" of "had left Syria for Russia",
     * "Ankara for Ocalan" of "ambassador to Ankara for Ocalan's extradition": junk names of their own in DUC 2003 d30044t; issue 5, twentieth
     * round) where the word before "for" is one word that no organisation's or institution's name ends in, and each side
     * is a name the story writes alone elsewhere. "Observatory for Human Rights", "Coalition for East Timor" stay whole.
     * Updates {@code spellings}.
     */
    static void splitAtFor(List<List<NameFinder.Found>> bySentence, Set<String> spellings) {
        for (List<NameFinder.Found> found : bySentence) {
            for (int i = 0; i < found.size(); i++) {
                NameFinder.Found f = found.get(i);
                Matcher two = f.span() == null || !f.text().contains(" for ") ? null : FOR_JOINED.matcher(f.text());
                if (two == null || !two.matches() || !spellings.contains(two.group(1)) || !spellings.contains(two.group(2))
                        || NameFinder.headsInstitution(two.group(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String first = two.group(1);
                String second = two.group(2);
                int start = f.span().start();
                int secondStart = start + two.start(2);
                String secondOpens = second.split("\\s+")[0].toLowerCase(Locale.ROOT);
                found.set(i, new NameFinder.Found(first, new Span(start, start + first.length()), f.before(), f.previous(),
                        "for", secondOpens, f.sentenceInitial(), f.listed(), false));
                found.add(i + 1, new NameFinder.Found(second, new Span(secondStart, f.span().end()),
                        first.toLowerCase(Locale.ROOT), "for", f.next(), f.after(), false, false, f.possessive()));
                i++;
            }
        }
    }

    /** One word, "for", and the name after it: "Syria for Russia". */
    private static final Pattern FOR_JOINED = Pattern.compile("(\\p{Lu}[^\\s]*)\\s+for\\s+(\\p{Lu}.*)", Pattern.DOTALL);

    /** A name, maybe "for", and a weekday that ends it: "Libya Saturday", "Dili for Thursday". */
    private static final Pattern WEEKDAY_END = Pattern.compile(
            "(\\p{Lu}.*?)\\s+(?:(for)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", Pattern.DOTALL);

    /**
     * The matched {@link #GERUND_OPENER} of a name that opens its sentence, else the matched {@link #QUESTION_OPENER} of
     * one that opens its sentence or follows a colon; null when neither matches or the name has no span.
     */
    private static Matcher opener(NameFinder.Found f) {
        if (f.span() == null) {
            return null;
        }
        boolean opens = opensSentence(f);
        Matcher gerund = GERUND_OPENER.matcher(f.text());
        if (opens && gerund.matches()) {
            return gerund;
        }
        Matcher question = QUESTION_OPENER.matcher(f.text());
        return (opens || f.previous().equals(":")) && question.matches() ? question : null;
    }

    /**
     * A gerund, with a vowel among its three letters or more before "ing" ("Spring Valley" is no gerund), then maybe
     * "of", then the name: "Speaking of Fazil" ("Organizing for America" is a name).
     */
    private static final Pattern GERUND_OPENER = Pattern.compile(
            "((?=\\p{L}*[aeiouy]\\p{L}*ing\\s)\\p{L}{3,}ing)\\s+(?:(of)\\s+)?(\\p{Lu}.*)", Pattern.DOTALL);

    /**
     * An auxiliary verb that opens a question, at a sentence's start or after a colon, then the name (an empty second group,
     * as the gerund's missing "of"): "The question is: Can Philippine Airlines be saved?" had made "Can Philippine
     * Airlines" a spelling of the airline (DUC 2003 d31041t; issue 5). "Will", "May" and "Do" are left out: first names or
     * surnames ("Will Smith", "Do Muoi").
     */
    private static final Pattern QUESTION_OPENER = Pattern.compile(
            "(Can|Could|Would|Should|Did|Does|Is|Are|Was|Were|Has|Have)\\s+()(\\p{Lu}.*)", Pattern.DOTALL);

    /** A question's auxiliary after a colon, and a name: "The question is: Can Philippine Airlines be saved?". */
    private static boolean opensQuestion(NameFinder.Found f) {
        return f.previous().equals(":") && QUESTION_OPENER.matcher(f.text()).matches();
    }

    /**
     * A single word that opens its sentence: its first word, or a gerund after an opening quotation mark or a dash
     * ({@link #opensSentence}), which only a sentence's start capitalises: {@code replied: ``Proving you fear God is not in
     * your clothes} had kept "Proving", as "Achieving", as a name (DUC 2003 d31038t; issue 5); so also an adverb in "-ly"
     * ({@link #LONE_ADVERB}), a contraction ({@link #CONTRACTION}) or an abstract noun ({@link #LONE_ABSTRACT_NOUN}) there, unless a longer name of the story holds it
     * ({@code inLonger}). Such a word is a name only where the story also writes it elsewhere.
     */
    private static boolean opensAlone(NameFinder.Found f, Set<String> inLonger) {
        if (f.sentenceInitial()) {
            return true;
        }
        String text = f.text();
        return text.indexOf(' ') < 0 && opensSentence(f) && (LONE_GERUND.matcher(text).matches()
                || (LONE_ADVERB.matcher(text).matches() || CONTRACTION.matcher(text).matches()
                        || LONE_ABSTRACT_NOUN.matcher(text).matches()) && !inLonger.contains(text));
    }

    /**
     * A common noun with an abstract noun's ending ("-tion", "-sion", "-ment", "-ness", "-ity", maybe plural), three
     * letters or more before it: {@code ``Intervention is ...}, {@code ``Relations ...}, {@code ``Governments ...} after
     * an opening quote had been names (DUC 2003; issue 5). A name so shaped is kept where the story also writes it
     * elsewhere ("the Constitution") or a longer name holds it.
     */
    private static final Pattern LONE_ABSTRACT_NOUN = Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:tion|sion|ment|ness|ity)s?");

    /**
     * An adverb in "-ly", five letters or more before it, a vowel among them: {@code ``Clearly ...}, {@code ``Obviously
     * ...}, {@code ``Unfortunately ...} after an opening quote had been names (DUC 2003, six stories; issue 5). A given
     * name so shaped ("Beverly", "Kimberly") is kept where it is a word of a longer name of the story.
     */
    private static final Pattern LONE_ADVERB = Pattern.compile("(?=\\p{L}*[aeiouy]\\p{L}*ly$)\\p{Lu}\\p{Ll}{4,}ly");

    /** A word with a contraction's ending, no name: "There've", "Where'd" ({@code ``There've been ...}, DUC 2003 d30003t). */
    private static final Pattern CONTRACTION = Pattern.compile("\\p{Lu}\\p{Ll}+(?:'ve|'ll|'re|'d|n't)");

    /** The words of the story's names of two words or more, as written: "Darren" and "Hickey" of "Darren Hickey". */
    private static Set<String> wordsOfLongerNames(Set<String> spellings) {
        Set<String> words = new HashSet<>();
        for (String spelling : spellings) {
            if (spelling.indexOf(' ') > 0) {
                words.addAll(Arrays.asList(spelling.split("\\s+")));
            }
        }
        return words;
    }

    /** One gerund alone, a vowel among its letters before "ing", as {@link #GERUND_OPENER}'s: "Proving", not "King". */
    private static final Pattern LONE_GERUND = Pattern.compile("(?=\\p{L}*[aeiouy]\\p{L}*ing$)\\p{Lu}\\p{L}{2,}ing");

    /**
     * A name with no word before it in its sentence, or only an opening quotation mark or a dateline's dash
     * ("CAIRO -- Addressing ..."); not after a comma or an apostrophe ("Publishers' Clearing House"), nor after a
     * closing quote ({@link NameFinder#CLOSING_QUOTE}: {@code "... at once," Winning said}).
     */
    private static boolean opensSentence(NameFinder.Found f) {
        return SENTENCE_OPENERS.contains(f.previous());
    }

    private static final Set<String> SENTENCE_OPENERS = Set.of("", "\"", "\u201c", "``", "--", "-", "\u2014", "\u2013");

    /** Every name of the story ({@code bySentence}, sentence by sentence) with its kind in its sentence ({@link TypeCues}). */
    private static List<Occurrence> occurrences(List<Document> story, List<List<NameFinder.Found>> bySentence,
            Set<String> spellings, java.util.function.Function<String, List<String>> keyOf) {
        Set<String> lastWords = TypeCues.lastWords(spellings, keyOf);
        Set<String> singles = TypeCues.singles(spellings);
        List<Occurrence> occurrences = new ArrayList<>();
        int at = 0;
        for (Document document : story) {
            for (Sentence sentence : document.sentences()) {
                List<NameFinder.Found> found = bySentence.get(at++);
                List<TypeCues.Kind> types = TypeCues.ofSentence(found, lastWords, singles);
                for (int i = 0; i < found.size(); i++) {
                    occurrences.add(new Occurrence(found.get(i), types.get(i), document.id(), sentence.index(),
                            document.article().outlet()));
                }
            }
        }
        return occurrences;
    }

    /**
     * The single-word names that the story also writes in lower case, at least once for every
     * {@value #CAPITALISED_PER_LOWER_CASE} capitalised uses: common words capitalised by a heading
     * or title case ("Children", "Officials", "SYMPTOMS" beside "children", "officials",
     * "symptoms"). A name is written in lower case only by a slip, a few times in a hundred at most:
     * Timeline17's LibyaWar_reuters writes "Libya" 2,569 times and "libya" 4 times (readers'
     * comments), which once hid Libya from its brief, EgyptianProtest_cnn "Twitter" 206 times and
     * "twitter" 9; while the common words of those briefs are written in lower case far more often
     * ("Western" 387 and "western" 175, "Producer" 135 and "producer" 30). Acronyms of up to five
     * letters ("US" beside "us") and organisation or place words ("Observatory", taken up as "the
     * observatory") are kept. One map look-up per lower-case token.
     */
    private static Set<String> commonWords(List<Occurrence> occurrences, List<Document> story) {
        Map<String, Integer> capitalised = new HashMap<>();
        for (Occurrence o : occurrences) {
            String text = o.found().text();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean acronym = text.length() <= 5 && text.equals(text.toUpperCase(Locale.ROOT));
            if (text.indexOf(' ') < 0 && text.indexOf('-') < 0 && !acronym && !NameRules.ORGANIZATION_WORDS.contains(lower)
                    && !NameRules.LOCATION_WORDS.contains(lower)) {
                capitalised.merge(lower, 1, Integer::sum);
            }
        }
        Set<String> common = new HashSet<>();
        if (capitalised.isEmpty()) {
            return common;
        }
        Map<String, Integer> lowerCase = new HashMap<>();
        for (Document document : story) {
            for (Sentence sentence : document.sentences()) {
                for (String token : sentence.tokens()) {
                    if (!token.isEmpty() && Character.isLowerCase(token.charAt(0)) && capitalised.containsKey(token)) {
                        lowerCase.merge(token, 1, Integer::sum);
                    }
                }
            }
        }
        lowerCase.forEach((word, count) -> {
            if (count * CAPITALISED_PER_LOWER_CASE >= capitalised.get(word)) {
                common.add(word);
            }
        });
        return common;
    }

    /**
     * The runs of two words or more in capitals that are a phrase written in capitals for emphasis, no name: more than
     * half of their words are written in lower case elsewhere in the story and in no name written in lower-case letters
     * ({@code wanted to ``OWN THE WIN95 CLIENT MARKET AND THAT NETSCAPE SHOULD STAY AWAY''} had made "NETSCAPE SHOULD
     * STAY AWAY" a name; DUC 2003 d31033t, issue 5). "UNITED STATES VIRGIN ISLANDS" stays: its words name "United
     * States"; a byline ("DIANA JEAN SCHEMO") stays: its words are written in lower case nowhere. One map look-up per
     * lower-case token, and only where such a run is found.
     */
    private static Set<String> shoutedPhrases(List<Occurrence> occurrences, List<Document> story) {
        Map<String, List<String>> capitals = new HashMap<>();
        for (Occurrence o : occurrences) {
            String text = o.found().text();
            if (text.indexOf(' ') > 0 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT))) {
                capitals.computeIfAbsent(text, t -> Arrays.stream(t.toLowerCase(Locale.ROOT).split("\\s+"))
                        .filter(w -> w.chars().allMatch(Character::isLetter) && !NameRules.JOINERS.contains(w)).toList());
            }
        }
        Set<String> shouted = new HashSet<>();
        if (capitals.isEmpty()) {
            return shouted;
        }
        Set<String> words = new HashSet<>();
        capitals.values().forEach(words::addAll);
        Set<String> inNames = new HashSet<>();
        for (Occurrence o : occurrences) {
            String text = o.found().text();
            if (!capitals.containsKey(text)) {
                for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (words.contains(word)) {
                        inNames.add(word);
                    }
                }
            }
        }
        Set<String> lowerCase = new HashSet<>();
        for (Document document : story) {
            for (Sentence sentence : document.sentences()) {
                for (String token : sentence.tokens()) {
                    if (!token.isEmpty() && Character.isLowerCase(token.charAt(0)) && words.contains(token)) {
                        lowerCase.add(token);
                    }
                }
            }
        }
        capitals.forEach((text, run) -> {
            long common = run.stream().filter(w -> lowerCase.contains(w) && !inNames.contains(w)).count();
            if (2 * common > run.size()) {
                shouted.add(text);
            }
        });
        return shouted;
    }

    /** The spellings that strong cues type an organisation, by their mentions' votes ({@link TypeVotes#knownOrganisation}). */
    static Set<String> knownOrganisations(Map<String, TypeVotes> votes) {
        Set<String> known = new HashSet<>();
        votes.forEach((spelling, counts) -> {
            if (counts.knownOrganisation(NameGroups.KNOWN_ORGANISATION_CUES)) {
                known.add(spelling);
            }
        });
        return known;
    }

    /** "Baadeeen": a letter three times over, a slip of the keys in English and in transliteration alike. */
    static boolean hasTripledLetter(String spelling) {
        for (int i = 2; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            if (Character.isLetter(c) && Character.toLowerCase(c) == Character.toLowerCase(spelling.charAt(i - 1))
                    && Character.toLowerCase(c) == Character.toLowerCase(spelling.charAt(i - 2))) {
                return true;
            }
        }
        return false;
    }

    static EntityType majority(Map<EntityType, Integer> types) {
        return types.entrySet().stream().filter(e -> e.getKey() != EntityType.OTHER)
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(EntityType.OTHER);
    }

    private static Entity entity(List<Occurrence> occurrences) {
        Map<String, Integer> spellings = new LinkedHashMap<>();
        Map<String, Set<String>> spellingOutlets = new HashMap<>();
        TypeVotes types = new TypeVotes();
        Set<String> outlets = new HashSet<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (Occurrence o : occurrences) {
            spellings.merge(o.found().text(), 1, Integer::sum);
            spellingOutlets.computeIfAbsent(o.found().text(), t -> new HashSet<>()).add(o.outlet());
            types.add(o.type());
            outlets.add(o.outlet());
            mentions.add(new EntityMention(o.articleId(), o.sentenceIndex(), o.found().span(), o.found().text()));
        }
        List<String> variants = spellings.keySet().stream().sorted(Comparator.<String>comparingInt(spellings::get).reversed()
                .thenComparing(Comparator.<String>comparingInt(v -> spellingOutlets.get(v).size()).reversed())
                .thenComparing(EntityResolver::hasTripledLetter)
                .thenComparing(v -> -v.length()).thenComparing(Comparator.naturalOrder())).toList();
        EntityType type = types.kind();
        String name = displayName(variants, type);
        List<String> shown = new ArrayList<>(variants.size());
        shown.add(name); // the name first, as every reader of the variants expects
        variants.stream().filter(v -> !v.equals(name)).forEach(shown::add);
        return new Entity(name, type, shown, mentions, outlets.size());
    }

    /**
     * An entity of another kind, shown by the name that kind gives it ({@link #displayName}), that name first among its
     * spellings: a person's name typed only by its given name ({@link GivenNameTypes}) had kept the surname it was shown
     * by while untyped: "Rosen (person; also written Dan Rosen)" (DUC 2003 d31033t; issue 5, twenty-first round).
     */
    static Entity retyped(Entity entity, EntityType type) {
        List<String> variants = new ArrayList<>(entity.variants());
        String name = displayName(variants, type);
        variants.remove(name);
        variants.add(0, name);
        return new Entity(name, type, variants, entity.mentions(), entity.outlets());
    }

    /**
     * The name an entity is shown by: its most frequent spelling ({@code variants} come most frequent
     * first), except that a person most often called by the surname alone is shown by the most
     * frequent name of two words ending in it, written in mixed case where one is: "Augusto Pinochet"
     * (also written "Pinochet"), "Anderson Cooper" for a transcript's "COOPER", "Bashar al-Assad" for
     * "Assad". Longer names are left to the surname, most being a title and the name ("CIA Director Leon
     * Panetta", "FULL POST Jerry Sloan", "Libya Gene Cretz" in the stories read), unless no name of two words is and
     * one is a plain full name ({@link #isLongFullName}).
     */
    static String displayName(List<String> variants, EntityType type) {
        String top = variants.get(0);
        if (type == EntityType.OTHER) {
            return StormNames.shown(top, variants); // "Hurricane Georges" for "Georges"
        }
        if (type != EntityType.PERSON || top.indexOf(' ') >= 0) {
            return top;
        }
        String surname = top.toLowerCase(Locale.ROOT);
        List<String> full = variants.stream().filter(v -> {
            String lower = v.toLowerCase(Locale.ROOT);
            int at = lower.length() - surname.length() - 1;
            return v.indexOf(' ') > 0 && v.indexOf(' ') == v.lastIndexOf(' ') && lower.endsWith(surname) && at > 0
                    && (lower.charAt(at) == ' ' || lower.charAt(at) == '-');
        }).toList();
        if (full.isEmpty()) {
            return variants.stream().filter(v -> isLongFullName(v, surname)).findFirst().orElse(top);
        }
        return full.stream().filter(v -> !v.equals(v.toUpperCase(Locale.ROOT))).findFirst().orElse(full.get(0));
    }

    /** Words that tell a longer spelling of a person is a title or an office and the name: "CIA Director Leon Panetta". */
    private static final Set<String> OFFICE_WORDS = Set.of("director", "deputy", "correspondent", "reporter", "officer");

    /**
     * Whether a spelling is a person's full name of three or four words ending in the surname, where no name of two words
     * is: every word a capital and small letters, none a title's, an office's, a country's, an organisation's or a place's
     * word ("Ahmed", also written "Mustafa Mahmoud Said Ahmed", had been shown by the surname; DUC 2003 d30005t, d31038t;
     * issue 5, twenty-second round); "CIA Director Leon Panetta", "Libya Gene Cretz" stay behind the surname.
     */
    private static boolean isLongFullName(String variant, String surname) {
        String[] words = variant.split(" ");
        if (words.length < 3 || words.length > 4 || !variant.toLowerCase(Locale.ROOT).endsWith(" " + surname)) {
            return false;
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))
                    || !word.chars().allMatch(Character::isLetter) || NameRules.TITLES.contains(lower) || OFFICE_WORDS.contains(lower)
                    || TypeCues.COUNTRIES.contains(lower) || NameRules.ORGANIZATION_WORDS.contains(lower)
                    || NameRules.LOCATION_WORDS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** "the observatory": a mention of the one organisation whose name holds "Observatory". */
    private static List<Entity> addHeadReferences(List<Entity> entities, List<Document> story) {
        // The current form of every entity, by its original: an owner of two heads ("party committee")
        // is updated twice, and an absorbed single-word entity is left out (null).
        Map<Entity, Entity> current = new java.util.LinkedHashMap<>();
        entities.forEach(entity -> current.put(entity, entity));
        organisationsByHead(entities).forEach((head, owners) -> {
            Entity owner = owners.size() == 1 ? current.get(owners.get(0)) : null;
            if (owner != null) {
                current.put(owners.get(0), withHeadReferences(owner, head, current, story));
            }
        });
        return current.values().stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * The organisations of more than one word by each organisation word of their name, heads in order. An
     * organisation shown by its acronym is read by its longest spelling of several words: "IMF", also written
     * "International Monetary Fund", owns "the fund".
     */
    private static Map<String, List<Entity>> organisationsByHead(List<Entity> entities) {
        Map<String, List<Entity>> byHead = new java.util.TreeMap<>();
        for (Entity entity : entities) {
            String name = entity.name().contains(" ") || Acronyms.letters(entity.name()) == null ? entity.name()
                    : entity.variants().stream().filter(v -> v.contains(" ")).max(Comparator.comparingInt(String::length)).orElse(entity.name());
            if (entity.type() == EntityType.ORGANIZATION && name.contains(" ")) {
                for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (NameRules.ORGANIZATION_WORDS.contains(word)) {
                        byHead.computeIfAbsent(word, w -> new ArrayList<>()).add(entity);
                    }
                }
            }
        }
        return byHead;
    }

    /**
     * The owner of {@code head} with the single-word entities named so absorbed (left out of
     * {@code current}) and every "the head" of the story among its mentions.
     */
    private static Entity withHeadReferences(Entity owner, String head, Map<Entity, Entity> current, List<Document> story) {
        List<EntityMention> mentions = new ArrayList<>(owner.mentions());
        List<String> absorbed = new ArrayList<>();
        for (Map.Entry<Entity, Entity> entry : current.entrySet()) {
            Entity single = entry.getValue();
            if (single != null && single.name().equalsIgnoreCase(head)) {
                mentions.addAll(single.mentions());
                absorbed.addAll(single.variants());
                entry.setValue(null);
            }
        }
        addTheHead(mentions, head, story);
        Set<String> outlets = new HashSet<>();
        story.stream().filter(d -> mentions.stream().anyMatch(m -> m.articleId().equals(d.id())))
                .forEach(d -> outlets.add(d.article().outlet()));
        List<String> variants = new ArrayList<>(owner.variants());
        absorbed.stream().filter(v -> !variants.contains(v)).forEach(variants::add);
        mentions.stream().map(EntityMention::text).filter(t -> t.toLowerCase(Locale.ROOT).startsWith("the "))
                .map(t -> t.toLowerCase(Locale.ROOT)).distinct().filter(t -> !variants.contains(t)).forEach(variants::add);
        return new Entity(owner.name(), owner.type(), variants, mentions, outlets.size());
    }

    /**
     * Adds each "the head" of the story that no mention covers yet and that follows a mention of the
     * name in its article: a definite description refers back to a name its reader has met, so "the
     * party" of an article that never names the "Washington Republican Party" is another party.
     */
    private static void addTheHead(List<EntityMention> mentions, String head, List<Document> story) {
        Pattern pattern = Pattern.compile("(?i)\\bthe " + Pattern.quote(head) + "\\b");
        Map<String, Integer> firstNamed = new HashMap<>();
        mentions.forEach(m -> firstNamed.merge(m.articleId(), m.sentenceIndex(), Math::min));
        for (Document document : story) {
            Integer first = firstNamed.get(document.id());
            if (first == null) {
                continue;
            }
            for (Sentence sentence : document.sentences()) {
                if (sentence.index() < first) {
                    continue;
                }
                Matcher matcher = pattern.matcher(sentence.text());
                while (matcher.find()) {
                    Span span = new Span(sentence.span().start() + matcher.start(), sentence.span().start() + matcher.end());
                    if (mentions.stream().noneMatch(m -> m.articleId().equals(document.id()) && m.span().overlaps(span))) {
                        mentions.add(new EntityMention(document.id(), sentence.index(), span, matcher.group()));
                    }
                }
            }
        }
    }
}
