package org.newsbrief.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kind of each name a sentence holds, from the words of the name and the words around it:
 * titles and speech verbs for people; place words in the name, place prepositions, nouns after a
 * place ("Heluk district"), verbs that take a place ("recapturing Handarat", "fled to Brusk"),
 * nouns that a place completes ("the outskirts of Heluk") and a capital or country governing
 * ("the Damascus government") for places; organisation words, acronyms and media words for
 * organisations, and the staff or poll of a news organisation after it ("a Reuters reporter"). A name left untyped beside a place in a list ("Jabal Badra and Baadeen") is a
 * place too. The cues are kept to those that a person's name does not take as well: "the fall of
 * X" and "X has fallen" are left out ("the fall of Mubarak"), as are "captured" and "seized"
 * ("troops captured Saddam Hussein"). Stateless.
 */
final class TypeCues {

    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "stated", "warned", "announced");
    /**
     * Prepositions before a place: "in Aleppo", "near Damascus". "of", "to", "from" and "at" are left
     * out: as often before a person ("the arrest of Pinochet", "married to Xu", "a letter from Jackson").
     */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "into", "across", "inside", "outside",
            "throughout");
    /**
     * Articles after "in X" that make X the one in whom something is found, no place: "D'Amato has encountered in
     * Schumer a challenger" had typed Schumer a place, twice in a story where nothing else typed him, and kept him apart
     * from "Charles Schumer" (DUC 2003 d30050t; issue 5).
     */
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
    /** Words before the name of a newspaper or broadcaster: "the newspaper El Mundo". */
    private static final Set<String> MEDIA = Set.of("newspaper", "daily", "weekly", "paper", "magazine", "broadcaster",
            "channel", "network", "tabloid", "agency");
    private static final Set<String> PLACE_ACRONYMS = Set.of("US", "UK", "USA", "UAE", "EU");
    /**
     * Words after the name of a news organisation or pollster that it employs or runs: "a Reuters
     * reporter", "a Reuters poll", "a Gallup poll", "a Reuters television crew", "crossing the Reuters
     * wires" (Timeline17 EgyptianProtest_cnn names Reuters so, and as "Reuters reported", a person's
     * weak cue, oftener than by its staff). A person's name is followed by none of them.
     * "correspondent" is left out (a place or beat takes it: "our Moscow correspondent", "Middle East
     * correspondent"), as are "journalist" ("French journalists") and "survey" ("Iraq survey"), all
     * written so in Timeline17.
     */
    private static final Set<String> MEDIA_ROLES = Set.of("reporter", "reporters", "photographer", "photographers",
            "cameraman", "cameramen", "poll", "tally", "television", "wire", "wires");

    /**
     * Words after an organisation's name for the people it employs or speaks through: "Red Cross officials
     * said", "Netscape executives", "a Boeing spokesman", "ANC members" (DUC 2003: the "Philippine Red Cross"
     * had been typed a person by one "the international Red Cross said" beside its "officials"; issue 5). A
     * person's name takes none of them there ("aides", "lawyers" and "leaders" are left out); a city takes
     * them too ("Belgrade officials", outvoted there by its place cues), and a listed country gives no vote
     * ("Kenya officials").
     */
    private static final Set<String> STAFF = Set.of("officials", "executives", "employees", "staff", "staffers", "members",
            "spokesman", "spokeswoman", "spokesperson");

    /**
     * A legislature's or government's one word, which "in" names as a body, no place: "in Congress" had typed Congress a
     * place in three DUC 2003 stories (d31031t: 53 mentions; issue 5, nineteenth round).
     */
    private static final Set<String> LEGISLATURES = Set.of("congress", "senate", "house", "cabinet", "duma", "knesset");

    /**
     * A network's and a program's names, written capitalised but no place nor body: "in Internet software" and "into
     * Windows" had typed "Internet" (17 mentions) and "Windows" (36) places, "the Internet" an organisation (DUC 2003
     * d31033t, d30012t; issue 5, twenty-first round). They take no place vote after a place preposition, nor an
     * organisation's from "the"; no cue types them ({@link #of}).
     */
    private static final Set<String> NETWORKS = Set.of("internet", "web", "windows");

    /** A generation's suffix that ends a person's name: "Sr", "Jr". */
    private static final Set<String> GENERATIONS = Set.of("sr", "jr");

    /** Particles meaning "son of" inside a person's name: "Osama bin Laden". */
    private static final Set<String> PATRONYMICS = Set.of("bin", "ibn");

    /** Nouns after a place's name: "the Heluk district", "Handarat camp", "the Aleppo countryside". */
    private static final Set<String> PLACE_NOUNS_AFTER = Set.of("district", "districts", "neighbourhood", "neighborhood",
            "area", "region", "province", "governorate", "city", "town", "village", "camp", "suburb", "suburbs",
            "countryside");
    /** Words between a place's name and its noun: "Handarat refugee camp". */
    private static final Set<String> PLACE_NOUN_MODIFIERS = Set.of("refugee", "border", "military");

    /** Verbs whose object is a place: "recapturing Handarat", "fled Sakhur", "shelled Brusk". */
    private static final Set<String> PLACE_VERBS = Set.of("recapture", "recaptured", "recapturing", "retake", "retook",
            "retaken", "retaking", "flee", "flees", "fled", "fleeing", "enter", "entered", "entering", "shelled", "shelling",
            "besieged", "besieging", "stormed", "storming", "overran", "overrun", "invade", "invaded", "invading",
            "evacuated", "evacuating");
    /**
     * Verbs of motion before "to" or "from" and a place: "flew to Madrid", "fled from Aleppo". A possessive there names
     * the place's owner, not the place: "driven from Tudjman's state" had typed the president a place (DUC 2003; issue 5).
     */
    private static final Set<String> MOTION_VERBS = Set.of("fled", "fleeing", "flew", "flying", "flown", "travelled",
            "traveled", "travelling", "traveling", "returned", "returning", "moved", "moving", "went", "headed", "heading",
            "deported", "evacuated", "sailed", "marched", "came", "rushed", "driven");
    /** Nouns that a place completes after "of": "the outskirts of Heluk", "the siege of Brusk", "residents of Ostmark". */
    private static final Set<String> PLACE_OF = Set.of("outskirts", "suburbs", "streets", "centre", "center", "heart",
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "siege", "city", "town",
            "village", "province", "district", "neighbourhood", "neighborhood", "region", "capital", "mayor", "governor",
            "residents");
    /**
     * Words after "the X" that show X ends its noun phrase ("the Taliban has", "the Senate, which"),
     * so X is the thing named, not a modifier of a noun ("the Pinochet regime", "the Reagan
     * administration"); "" is the sentence's end.
     */
    private static final Set<String> ENDS_NOUN_PHRASE = Set.of("", ",", ".", ";", ":", ")", "and", "or", "of", "in", "on",
            "at", "to", "for", "with", "from", "by", "has", "have", "had", "is", "was", "are", "were", "will", "would",
            "could", "can", "may", "must", "should", "did", "does", "who", "which", "that");

    /** Parties' one-word names that no {@link #GROUP_NOUNS} word is: "Labor", "Labour". */
    private static final Set<String> PARTIES = Set.of("labor", "labour");

    /** Words after a capital or country that stands for its government: "the Damascus government". */
    private static final Set<String> GOVERNING = Set.of("government", "authorities");

    private TypeCues() {
    }

    /**
     * A mention's kind and whether only a weak cue tells it ({@link TypeVotes}): a speech verb after
     * a name without a title ("Britain said"), or "the" before a single word that nothing else types
     * ("the Taliban", "the Senate": people take no article; an organisation or group, weakly, so a
     * place cue elsewhere wins: "the Sudan" beside "in Sudan"). {@code placeYields}: a person vote of
     * a speaker tag ({@link #speaker}) or of "who" alone, dropped where the name is more often a place
     * ({@link #dropPersonsOfPlaces}).
     */
    record Kind(EntityType type, boolean weak, boolean placeYields) {
        Kind(EntityType type, boolean weak) {
            this(type, weak, false);
        }

        /** No cue: what a {@link #placeYields} person vote becomes when the name is a place elsewhere. */
        static final Kind NONE = new Kind(EntityType.OTHER, false);
    }

    /**
     * The kinds of a story's mentions once the person votes that a place yields to
     * ({@link Kind#placeYields}: a speaker tag, "who" alone) are dropped for every name that another
     * mention of the story, in any case, votes a place more often: "TRIPOLI :" beside "in Tripoli"
     * twice ("Margaret who married" keeps its vote beside one list that takes her for a place).
     */
    static <T> void dropPersonsOfPlaces(List<T> items, java.util.function.Function<T, String> text,
            java.util.function.Function<T, Kind> kind, java.util.function.BiFunction<T, Kind, T> retyped) {
        java.util.Map<String, Integer> yielding = new java.util.HashMap<>();
        for (T item : items) {
            if (kind.apply(item).placeYields()) {
                yielding.merge(text.apply(item).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        if (yielding.isEmpty()) {
            return; // the common case: one pass, no case folding
        }
        java.util.Map<String, Integer> places = new java.util.HashMap<>();
        for (T item : items) {
            Kind k = kind.apply(item);
            if (k.type() == EntityType.LOCATION && !k.placeYields()) {
                places.merge(text.apply(item).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        yielding.keySet().removeIf(name -> places.getOrDefault(name, 0) <= yielding.get(name));
        if (!yielding.isEmpty()) {
            items.replaceAll(item -> kind.apply(item).placeYields() && yielding.containsKey(text.apply(item).toLowerCase(Locale.ROOT))
                    ? retyped.apply(item, Kind.NONE) : item);
        }
    }

    /**
     * The kinds of the names {@link NameFinder} found in one sentence, in order, the weak cues marked.
     * {@code lastWords} holds the {@link NameKeys} folded last words of the story's names of two words
     * or more: a single word that ends such a name is a surname there ("Assad" of "Bashar al-Assad"),
     * so "the Assad government" is no place. {@code singles}: the story's single-word names in lower
     * case, where a plural finds its singular ({@link #isPluralOfName}).
     */
    static List<Kind> ofSentence(List<NameFinder.Found> found, Set<String> lastWords, Set<String> singles) {
        List<EntityType> types = new ArrayList<>(found.size());
        List<Boolean> weak = new ArrayList<>(found.size());
        List<Boolean> yields = new ArrayList<>(found.size());
        for (NameFinder.Found name : found) {
            EntityType type = of(name);
            boolean weakCue = type == EntityType.PERSON && !titled(name) && !personalAfter(name);
            if (isPluralOfName(name.text(), singles) && !titled(name) && !FAMILY.contains(name.next())) {
                // "Mr Adams", "the Adams family": a surname, not a plural
                type = EntityType.ORGANIZATION; // "Republicans", "Democrats", "Americans": a party or a people
                weakCue = false;
            } else if (type == EntityType.OTHER && GOVERNING.contains(name.next()) && governs(name.text(), lastWords)
                    // a party's word names the party that governs, no place: "Tony Blair's Labor government", "the
                    // Communist government in Afghanistan" (DUC 2003 d30003t, d30005t; issue 5, twenty-first round)
                    && !groupNoun(name.text()) && !PARTIES.contains(name.text().toLowerCase(Locale.ROOT))) {
                type = EntityType.LOCATION;
            } else if (type == EntityType.OTHER && name.previous().equals("the") && name.text().indexOf(' ') < 0
                    && !name.possessive() && ENDS_NOUN_PHRASE.contains(name.next())
                    // a country that takes the article is no group: "the Netherlands", "the Philippines" (DUC 2003 typed
                    // both organisations; issue 5); it votes a place below, as a country without a cue does
                    && !COUNTRIES.contains(name.text().toLowerCase(Locale.ROOT))
                    // nor a landform's word, which stands for the place it ends: "the Keys" of "the Florida Keys" (DUC 2003
                    // d31028t)
                    && !NameRules.LANDFORM_HEADS.contains(name.text().toLowerCase(Locale.ROOT))
                    && !NETWORKS.contains(name.text().toLowerCase(Locale.ROOT))) {
                type = EntityType.ORGANIZATION;
                weakCue = true;
            } else if (type == EntityType.OTHER && isCountry(name.text(), lastWords)) {
                type = EntityType.LOCATION; // "America", no cue around it: a weak place vote
                weakCue = true;
            }
            types.add(type);
            weak.add(weakCue);
            yields.add(type == EntityType.PERSON && (speaker(name) || name.next().equals("who") && !titled(name)));
        }
        for (int i = 1; i < found.size(); i++) { // "Jabal Badra, Baadeeen, Inzarat"
            fillFromList(found, types, weak, i, i - 1);
        }
        for (int i = found.size() - 1; i > 0; i--) { // "Baadeen and Jabal Badra"
            fillFromList(found, types, weak, i, i - 1);
        }
        for (int i = 0; i < found.size(); i++) { // after the lists: no place of a list passes its kind on
            if (isPlaceOfCountry(found.get(i).text())
                    && (types.get(i) == EntityType.OTHER || types.get(i) == EntityType.PERSON && weak.get(i))) {
                types.set(i, EntityType.LOCATION); // "South Korea said": a weak place vote, where no strong cue tells
                weak.set(i, true);
            } else if (types.get(i) == EntityType.OTHER && landform(found.get(i).text())) {
                types.set(i, EntityType.LOCATION); // "over the Florida Keys": a weak place vote, where no cue tells
                weak.set(i, true);
            }
        }
        List<Kind> kinds = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            kinds.add(new Kind(types.get(i), weak.get(i), yields.get(i) && types.get(i) == EntityType.PERSON));
        }
        return kinds;
    }

    /**
     * Whether a single word is the plural of a party's or a people's word: its singular is a
     * nationality-like adjective ("Republicans", "Americans", "Syrians": the singular ends as the
     * adjectives the {@link NameFinder} leaves out), a people's, faith's or party's word ({@link
     * NameRules#LONE_ADJECTIVES}, {@link NameRules#PEOPLES}, {@link #GROUP_NOUNS}: "Saudis", "Spaniards",
     * "Jews") or a single-word name of the story ("Democrats" beside "Democrat"). Such a plural names a
     * group, never one person, whatever verb follows.
     */
    static boolean isPluralOfName(String text, Set<String> singles) {
        if (text.length() < 5 || !text.endsWith("s") || text.endsWith("ss") || text.indexOf(' ') >= 0
                || !Character.isUpperCase(text.charAt(0)) || !text.substring(1).equals(text.substring(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (COUNTRIES.contains(text.toLowerCase(Locale.ROOT))) {
            // "Philippines", "Netherlands": a country, not the plural of "Philippine"; "Balkans", a listed region, not the
            // plural of the adjective "Balkan" (DUC 2003 d31002t typed it an organisation; issue 5)
            return false;
        }
        String singular = text.substring(0, text.length() - 1).toLowerCase(Locale.ROOT);
        return singles.contains(singular) || groupSingular(singular);
    }

    /** The single-word names among {@code spellings}, in lower case. */
    static Set<String> singles(Iterable<String> spellings) {
        Set<String> singles = new java.util.HashSet<>();
        for (String spelling : spellings) {
            if (spelling.indexOf(' ') < 0) {
                singles.add(spelling.toLowerCase(Locale.ROOT));
            }
        }
        return singles;
    }

    /**
     * A name without a cue beside a place in a list takes the place's kind, unless a place
     * preposition follows it: "Ben Wedeman in Cairo and Nic Robertson in Alexandria", "William was
     * born in England, and Jane in Wales" pair a person with a place each (Timeline17
     * EgyptianProtest_cnn, MJ_bbc), while the places of a list follow one another ("Sakhur,
     * Haidariya and Hanano").
     */
    private static void fillFromList(List<NameFinder.Found> found, List<EntityType> types, List<Boolean> weak, int at, int before) {
        if (!found.get(at).listed()) {
            return;
        }
        if (types.get(at) == EntityType.OTHER && types.get(before) == EntityType.LOCATION && !placeAfter(found.get(at))
                && !listEnded(found.get(before), found.get(at))) {
            types.set(at, EntityType.LOCATION);
            weak.set(at, weak.get(before));
        } else if (types.get(before) == EntityType.OTHER && types.get(at) == EntityType.LOCATION && !placeAfter(found.get(before))) {
            types.set(before, EntityType.LOCATION);
            weak.set(before, weak.get(at));
        }
    }

    /**
     * Whether a comma after "X and Y" opens another list: "and" joins a list's last name, so a name after "the United
     * States and Britain," is no third item but what follows them ("... and Britain, Abdel Basset Ali al-Megrahi and
     * Lamen Khalifa Fhimah", DUC 2003 d30042t, had typed the two suspects places; issue 5). Only the list's kind is
     * not passed on to what follows: a place after the comma still types the name before it ("flights to Jeddah and
     * Cairo, Egypt", DUC 2003 d30040t).
     */
    private static boolean listEnded(NameFinder.Found before, NameFinder.Found at) {
        return at.previous().equals(",") && before.listed() && (before.previous().equals("and") || before.previous().equals("or"));
    }

    /** "Nic Robertson in Alexandria": a place preposition after the name. */
    private static boolean placeAfter(NameFinder.Found found) {
        return PLACE_PREPOSITIONS.contains(found.next()) && !found.possessive();
    }

    /**
     * Single-word names of countries and continents, in lower case ({@code places.txt} beside this
     * class): data, so that a name the list holds and nothing else types votes a place, weakly.
     */
    static final Set<String> COUNTRIES = NameRules.loadWords("places.txt").stream().filter(w -> w.indexOf(' ') < 0)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Countries and regions of more than one word that no place word or modifier tells ({@code places.txt}, its section
     * "places of more than one word"), in lower case: "New Zealand" (8 mentions, no cue) and "the Middle East" had been
     * typed nothing or an organisation (DUC 2003 d30056t, d30005t, d30028t, d30044t; issue 5, twenty-first round). A weak
     * place vote, as {@link #isPlaceOfCountry} gives.
     */
    static final Set<String> PLACES_OF_WORDS = NameRules.loadWords("places.txt", "# places of more than one word");

    /** {@link #COUNTRIES} folded as {@link NameKeys#tokens} folds a word ("russia" is "rusia"). */
    static final Set<String> COUNTRY_KEYS = COUNTRIES.stream().map(NameKeys::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether a name is a country or a continent of {@link #COUNTRIES} and ends no longer name of the
     * story ({@code lastWords}, as {@link #governs}): "America" (one "America who" in DUC 2004 d30005t
     * typed it a person), not "Jordan" beside "Michael Jordan". Only where no other cue tells: a
     * title, a speech verb or a pronoun still makes a person of a bare "Jordan".
     */
    static boolean isCountry(String name, Set<String> lastWords) {
        return name.indexOf(' ') < 0 && COUNTRIES.contains(name.toLowerCase(Locale.ROOT)) && governs(name, lastWords);
    }

    /**
     * Whether a name is a place word and a country or continent of {@link #COUNTRIES}: "South Korea",
     * "Northern Ireland", "Upper Egypt", "Latin America" ({@link NameRules#PLACE_MODIFIERS}). Another
     * place than the country, but a place: a weak place vote where no cue tells, or only a speech verb,
     * which such a place takes as a country does (Timeline17 LibyaWar_reuters typed "South Korea" a
     * person by one "South Korea said"). Given after the lists are read, so that it passes to no name of a
     * list: "Samuel Ciszuk, Middle East and North Africa analyst" is read as a list of three, and typed the
     * analyst a place (Timeline17 LibyaWar_reuters).
     */
    static boolean isPlaceOfCountry(String name) {
        int space = name.indexOf(' ');
        if (space > 0 && PLACES_OF_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
            return true; // "New Zealand", "Middle East"
        }
        return space > 0 && space == name.lastIndexOf(' ')
                && NameRules.PLACE_MODIFIERS.contains(name.substring(0, space).toLowerCase(Locale.ROOT))
                && COUNTRIES.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a name of two words or more ends in a landform's or a water's word ({@link NameRules#LANDFORM_HEADS}:
     * "Florida Keys", "Indian Ocean"). A weak vote, given only where no other cue tells: "Alicia Keys said" stays a
     * person's.
     */
    private static boolean landform(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && NameRules.LANDFORM_HEADS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** A single word that no longer name of the story ends: a capital or a country, not a surname. */
    private static boolean governs(String name, Set<String> lastWords) {
        List<String> key = NameKeys.tokens(name);
        return key.size() == 1 && !lastWords.contains(key.get(0));
    }

    /**
     * The folded last words of the names of two words or more among {@code spellings}, whose
     * {@link NameKeys#tokens} {@code keyOf} gives (a caller's cache: keys are costly).
     */
    static Set<String> lastWords(Iterable<String> spellings, java.util.function.Function<String, List<String>> keyOf) {
        Set<String> last = new java.util.HashSet<>();
        for (String spelling : spellings) {
            if (spelling.indexOf(' ') >= 0 || spelling.indexOf('-') >= 0) { // else one word at most
                List<String> key = keyOf.apply(spelling);
                if (key.size() >= 2) {
                    last.add(key.get(key.size() - 1));
                }
            }
        }
        return last;
    }

    /** The kind one mention's own words and neighbours tell, OTHER where none does. */
    static EntityType of(NameFinder.Found found) {
        if (speaker(found)) {
            return EntityType.PERSON; // "BLITZER : What do we know", before the acronym rule takes "KAYE" for one
        }
        if (NETWORKS.contains(found.text().toLowerCase(Locale.ROOT))) {
            return EntityType.OTHER; // "into Windows", "in Internet software": no place, no body, no person
        }
        List<String> words = List.of(found.text().toLowerCase(Locale.ROOT).split("[\\s-]+"));
        String letters = found.text().replace(".", ""); // "U.S." is "US", "U.N." is "UN"
        if (letters.matches("\\p{Lu}{2,5}") && (letters.equals(found.text()) || found.text().matches("\\p{Lu}(?:\\.\\p{Lu})+\\.?"))) {
            return PLACE_ACRONYMS.contains(letters) ? EntityType.LOCATION : EntityType.ORGANIZATION;
        }
        if (words.size() > 2 && words.subList(1, words.size() - 1).stream().anyMatch(PATRONYMICS::contains)) {
            return EntityType.PERSON; // "Osama bin Laden", "Karim ibn Rashad": son of
        }
        if (riversBank(words)) {
            return EntityType.LOCATION; // "the West Bank": a river's bank, no bank's branch
        }
        if (words.stream().anyMatch(NameRules.ORGANIZATION_WORDS::contains)) {
            return EntityType.ORGANIZATION;
        }
        if (words.stream().anyMatch(NameRules.LOCATION_WORDS::contains)) {
            return EntityType.LOCATION;
        }
        List<String> spaced = List.of(found.text().toLowerCase(Locale.ROOT).split("\\s+")); // "MS-DOS" opens with no title
        if (spaced.size() > 1 && (NameFinder.isTitle(spaced.get(0)) || companyHead(spaced.get(spaced.size() - 1))
                && !NameRules.JOINERS.contains(spaced.get(spaced.size() - 2))
                // a company designator: "Microsoft Corp" (a lone "Microsoft says" had typed the company a person; issue 5)
                || NameRules.RUN_ENDING_DESIGNATORS.contains(spaced.get(spaced.size() - 1).replace(".", "")))) {
            return EntityType.ORGANIZATION; // "General Mills" (a title the finder kept), "Delta Airlines", not "Director of Communications"
        }
        if (MEDIA.contains(found.previous()) || found.previous().equals("the") && SPEECH.contains(found.next())
                || MEDIA_ROLES.contains(found.next()) && !found.possessive()
                // "the Interfax news agency": a news organisation, which "Interfax said" had typed a person (DUC 2003 d30056t)
                || found.next().equals("news") && MEDIA.contains(found.after()) && !found.possessive()
                || staffAfter(found)) {
            return EntityType.ORGANIZATION; // "the newspaper El Mundo", "the Scottish Government said", "a Reuters reporter",
                                            // "Red Cross officials": no person
        }
        if (spaced.size() > 2 && GENERATIONS.contains(spaced.get(spaced.size() - 1).replace(".", ""))) {
            return EntityType.PERSON; // "W. Mark Felt Sr", "John Conyers Jr": a father's or a son's name (issue 5, nineteenth round)
        }
        if (NameInitials.initialled(found.text())) {
            return EntityType.PERSON; // "J. Robert Hunter", "in Warren G. Harding's time": initials write a person's name
        }
        if (PLACE_PREPOSITIONS.contains(found.previous()) && !found.possessive() && !INDEFINITE_ARTICLES.contains(found.next())
                && !LEGISLATURES.contains(found.text().toLowerCase(Locale.ROOT))
                && !NETWORKS.contains(found.text().toLowerCase(Locale.ROOT)) || placeContext(found)) {
            return EntityType.LOCATION; // also "reports in Spain said"
        }
        return titled(found) || SPEECH.contains(found.next()) && !completesHead(found) || personalAfter(found)
                || FAMILY.contains(found.next()) && !found.possessive()
                ? EntityType.PERSON : EntityType.OTHER;
    }

    /** Prepositions after a noun that a name completes: "a diplomat from Cairo", "Michael Reisman of Yale". */
    private static final Set<String> HEAD_COMPLETERS = Set.of("of", "from");

    /**
     * Whether the name completes the noun before it ({@link #HEAD_COMPLETERS}), so that a speech verb or a pronoun after
     * it is that noun's: "Professor Michael Reisman of Yale said", "a diplomat from Cairo said", "Louise Arbour of Canada
     * and her team" had typed Yale, Cairo and Canada people (DUC 2003 d30003t, d30028t, d30051t; issue 5). The subject
     * of "said" is the head, never the noun after its preposition; a pronoun is read so only after a listed country
     * ({@link #countryCompletingHead}).
     */
    private static boolean completesHead(NameFinder.Found found) {
        return HEAD_COMPLETERS.contains(found.previous());
    }

    /**
     * Whether a listed country completes the noun before it ({@link #completesHead}), so that a pronoun after it is that
     * noun's: "Louise Arbour of Canada and her team". A person's name keeps the pronoun: "lives across the hall from
     * LuAnn and her husband" (ECB+ topic 21, which a first version of this rule had left untyped; issue 5).
     */
    private static boolean countryCompletingHead(NameFinder.Found found) {
        return completesHead(found) && COUNTRIES.contains(found.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a staff noun follows the name ({@link #STAFF}: "Red Cross officials"), a name of two letters or more that
     * does not end in a listed country, a place acronym or an adjective of a people ("Kenya officials", "Senior U.S.
     * officials", "Latin American officials": the country's or the people's officials, no organisation; DUC 2003
     * reading, issue 5).
     */
    private static boolean staffAfter(NameFinder.Found found) {
        if (!STAFF.contains(found.next()) || found.possessive()) {
            return false;
        }
        String text = found.text().toLowerCase(Locale.ROOT);
        String last = text.substring(Math.max(text.lastIndexOf(' '), text.lastIndexOf('-')) + 1);
        String letters = last.replace(".", "");
        return letters.length() > 1 && !COUNTRIES.contains(last) && !PLACE_ACRONYMS.contains(letters.toUpperCase(Locale.ROOT))
                && !NameRules.LONE_ADJECTIVES.contains(last)
                && NameRules.ADJECTIVE_ENDINGS.stream().noneMatch(last::endsWith);
    }

    /**
     * Whether a title stands before the name, also across its abbreviation's dot: the tokenizer gives "Gen. Augusto
     * Pinochet" and "Mr. Pinochet" as "Gen", "." and the name, and Pinochet, named so and by no other cue, had been
     * untyped (103 mentions, DUC 2003 d30003t; issue 5). The splitter ends no sentence at such a dot.
     */
    static boolean titled(NameFinder.Found found) {
        return NameFinder.isTitle(found.previous()) || found.previous().equals(".") && NameFinder.isTitle(found.before());
    }

    /** Words of the side of a river that a bank lies on: "the West Bank", "the Left Bank". */
    private static final Set<String> BANK_SIDES = Set.of("west", "east", "north", "south", "left", "right");

    /**
     * Whether a name is a side's word and "Bank", a river's bank: "the West Bank" had been typed an organisation by its
     * "bank", an organisation's word (DUC 2003 d30010t, d30040t; issue 5). A bank's own name holds more than the
     * side: "West Bank Credit Union", "Bank of the West".
     */
    private static boolean riversBank(List<String> words) {
        return words.size() == 2 && BANK_SIDES.contains(words.get(0)) && words.get(1).equals("bank");
    }

    /** A company's last word that is no well-known surname ({@link NameRules#COMPANY_HEADS}): "Airlines", not "Mills". */
    private static boolean companyHead(String word) {
        return NameRules.COMPANY_HEADS.contains(word) && !NameKeys.ENGLISH_NAMES.contains(NameKeys.fold(word));
    }

    /** Nouns after a surname for the person's kin: "the Qaddafi family", "the Adams family". */
    private static final Set<String> FAMILY = Set.of("family", "clan");
    /** Words before a name followed by "who" that make it a kind or a place: "a Muslim who", "members of Congress who". */
    private static final Set<String> NO_WHO = Set.of("the", "a", "an", "of", "from");
    /** Pronouns that stand for a person only. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "his", "her", "him");
    /** Words after a name that a personal pronoun may follow to refer back to it: "Qaddafi and his sons". */
    private static final Set<String> BEFORE_PRONOUN = Set.of("and", "when", "while");

    /**
     * Whether the words after a name refer back to it as a person: "Qaddafi and his sons", "Qaddafi
     * when he first took power", "Qaddafi himself", "Nic Robertson who had driven" (Timeline17
     * LibyaWar_reuters, EgyptianProtest_cnn). A place or an organisation takes none of them. An
     * article or "of" / "from" before the name leaves "who" out ("the Taliban who", "a Muslim who",
     * "members of Congress who", "a scientist from Germany who"), "whose" is left out ("Nato whose
     * war planes"), and a speech verb between name and pronoun ("Britain said he") leaves the
     * pronoun to another person.
     */
    static boolean personalAfter(NameFinder.Found found) {
        String next = found.next();
        return !found.possessive() && (next.equals("himself") || next.equals("herself")
                || next.equals("who") && !NO_WHO.contains(found.previous()) && !groupPlural(found.text())
                || BEFORE_PRONOUN.contains(next) && PERSONAL_PRONOUNS.contains(found.after()) && !countryCompletingHead(found));
    }

    /**
     * Labels that a colon follows at a sentence's start without naming a speaker: "UPDATE :", "EDITOR'S
     * NOTE :", "UNIDENTIFIED FEMALE :", "CNN SENIOR INTERNATIONAL CORRESPONDENT :".
     */
    private static final Set<String> LABELS = Set.of("update", "updated", "updates", "note", "notes", "breaking", "editor",
            "editor's", "editors", "unidentified", "female", "male", "man", "woman", "crowd", "group", "announcer", "voice",
            "correspondent", "reporter", "anchor", "host", "caption", "photo", "video", "audio", "source", "sources",
            "warning", "spoiler", "new", "news", "live", "developing", "watch", "read", "more", "related", "full", "post",
            "question", "answer", "q", "a", "end", "begin", "commercial", "break", "transcript", "copyright", "by",
            "timeline", "background", "analysis", "opinion", "comment", "comments", "fact", "facts", "quote", "summary",
            "correction", "clarification", "day", "part", "chapter", "step", "tip", "tips", "info", "contact", "email",
            "tel", "fax", "web", "url", "tags", "tag", "topics", "keywords", "subject", "date", "time", "location", "id",
            "soundbite", "sot", "vo", "nat", "sound", "script", "story", "stories", "headline", "headlines");

    /** What a speaker tag follows: the sentence's start or a dash ("--" is two tokens "-"). */
    private static final Set<String> SPEAKER_BEFORE = Set.of("", "-", "--", "\u2014");

    /**
     * A transcript's speaker tag: a name of one to three words in capitals opening a sentence (or
     * after a dash that cuts a speaker off: "I mean -- BLITZER : As opposed to the police"), a colon
     * after it ("BLITZER : What do we know", EgyptianProtest_cnn). Labels are left out ("UPDATE :",
     * "EDITOR'S NOTE :"), as are the place acronyms and a place that other mentions type one
     * ({@link Kind#placeYields}: "TRIPOLI :" beside "in Tripoli").
     */
    static boolean speaker(NameFinder.Found found) {
        String text = found.text();
        if (!found.next().equals(":") || found.possessive() || !SPEAKER_BEFORE.contains(found.previous())
                || text.length() < 2 || !text.equals(text.toUpperCase(Locale.ROOT)) || text.chars().noneMatch(Character::isLetter)
                || PLACE_ACRONYMS.contains(text.replace(".", ""))) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        return words.length <= 3 && java.util.Arrays.stream(words).noneMatch(LABELS::contains);
    }

    /**
     * Plural words of peoples, faiths and parties, in the singular, that end a group's name: "Palestinian
     * Muslims", "the Turks"; with the plurals of nationality-like adjectives ("Log Cabin Republicans").
     */
    private static final Set<String> GROUP_NOUNS = Set.of("muslim", "jew", "arab", "kurd", "turk", "sunni", "shiite",
            "shia", "catholic", "protestant", "democrat", "liberal", "conservative", "socialist", "communist", "islamist",
            "jihadist", "hindu", "sikh", "copt", "serb", "croat", "greek", "pole", "scot", "brit", "tory", "baptist",
            "methodist", "mormon", "evangelical", "militant", "rebel", "loyalist", "royalist", "nationalist", "alawite", "druze");

    /** Whether a word, in any case, is one of {@link #GROUP_NOUNS} in the singular: "Muslim", not "Muslims". */
    static boolean groupNoun(String word) {
        return GROUP_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a single word names a people, a faith or a party, singular or plural: one of {@link
     * #GROUP_NOUNS} ("Muslim", "Republicans" by its ending, "Alawites") or a word ending as a nationality
     * adjective ({@link NameRules#ADJECTIVE_ENDINGS}: "Christians", "Albanians"). A modifier before such a
     * word names a part of the group ("Bosnian Muslims", "House Republicans"), not the group.
     */
    static boolean groupWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String singular = lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
        return word.indexOf(' ') < 0 && (GROUP_NOUNS.contains(singular)
                || NameRules.ADJECTIVE_ENDINGS.stream().anyMatch(singular::endsWith));
    }

    /**
     * Whether a single word is the plural of a people's, faith's or party's word: "Jews", "Catholics",
     * "Scots", "Spaniards" ({@link #GROUP_NOUNS}, {@link NameRules#PEOPLES}, {@link NameRules#LONE_ADJECTIVES}),
     * "Christians", "Albanians" (a nationality adjective's ending). Such a group is no short form of a longer
     * name that ends in it ("Soviet Jews", a part of the group; {@link NameGroups}), nor a spelling of a name
     * without its s ("Scott"; {@link NameKeys#sameEnding}). Case is not read: keys are in lower case.
     */
    static boolean peoplesPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.indexOf(' ') >= 0 || lower.length() < 4 || !lower.endsWith("s") || lower.endsWith("ss")) {
            return false;
        }
        return groupSingular(lower.substring(0, lower.length() - 1));
    }

    /** Whether a lower-case singular is a people's, faith's or party's word, the singular of the plurals above. */
    static boolean groupSingular(String singular) {
        return GROUP_NOUNS.contains(singular) || NameRules.PEOPLES.contains(singular) || NameRules.LONE_ADJECTIVES.contains(singular)
                || NameRules.ADJECTIVE_ENDINGS.stream().anyMatch(singular::endsWith);
    }

    /**
     * Whether a name followed by "who" may be a group: a single capitalised word ending in "s"
     * ("Turks who"; a surname such as "Gates" or "Jones" keeps its other cues and its given name), or
     * a name whose last word is the plural of a people's, faith's or party's word ("Palestinian Muslims
     * who", "Log Cabin Republicans who", DUC 2004). "who" is then no person cue.
     */
    static boolean groupPlural(String text) {
        String last = text.substring(text.lastIndexOf(' ') + 1);
        if (last.length() < 4 || !Character.isUpperCase(last.charAt(0)) || !last.endsWith("s") || last.endsWith("ss")
                || last.endsWith("us") || last.endsWith("is")) {
            return false;
        }
        String singular = last.substring(0, last.length() - 1).toLowerCase(Locale.ROOT);
        return last.length() == text.length() || GROUP_NOUNS.contains(singular)
                || NameRules.ADJECTIVE_ENDINGS.stream().anyMatch(singular::endsWith);
    }

    private static boolean placeContext(NameFinder.Found found) {
        String previous = found.previous();
        return PLACE_NOUNS_AFTER.contains(found.next())
                || PLACE_NOUN_MODIFIERS.contains(found.next()) && PLACE_NOUNS_AFTER.contains(found.after())
                || PLACE_VERBS.contains(previous)
                || (previous.equals("to") || previous.equals("from")) && MOTION_VERBS.contains(found.before()) && !found.possessive()
                || previous.equals("of") && PLACE_OF.contains(found.before());
    }
}
