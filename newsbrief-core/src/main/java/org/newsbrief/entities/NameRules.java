package org.newsbrief.entities;

import java.util.Set;

/** The word lists of the name finder and resolver, as data. Stateless. */
final class NameRules {

    /** Capitalised words that open sentences without being names. */
    static final Set<String> NOT_NAMES = words("the", "a", "an", "on", "in", "at", "by", "for", "from", "to", "of", "and",
            "but", "or", "if", "as", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this",
            "that", "these", "those", "there", "here", "what", "when", "where", "who", "which", "while", "after", "before",
            "since", "during", "according", "once", "some", "many", "most", "all", "such", "other", "another", "one", "two",
            "three", "first", "last", "earlier", "later", "meanwhile", "however", "also", "still", "today", "yesterday",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "share",
            "advertisement", "thousands", "tens", "dozens", "hundreds", "around", "about", "nearly", "more", "at", "with",
            "army", "government", "rebels", "regime", "pro-government", "residents", "people", "civilians", "if", "any",
            "now", "then", "even", "despite", "because", "although", "until", "all", "both", "each", "every", "no", "not",
            // prepositions that open a sentence or a heading: "Under NATO's plan", "Outside of Mexico, ..."
            "under", "over", "without", "against", "between", "among", "amid", "through", "throughout", "across",
            "toward", "towards", "behind", "beyond", "within", "inside", "outside", "near", "via", "upon", "into",
            "above", "below", "following", "like", "unlike",
            // abbreviated months: "Nov. 5"
            "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // a reader's thanks, a caption's imperative, a clause's participle, glued onto the name after them
            // ("Thanks Rachel", "Watch Kholood and Qotayba tell their stories", "Given Clinton's lead": issue 5)
            "thanks", "thank", "watch", "watching", "listen", "click", "hello", "congratulations", "welcome", "please",
            "given",
            // a question's or a reader's opening verb, adverb or pronoun: "Is Putin", "Does Russia", "Should Mubarak",
            // "Why Russia", "So Omar", "Only Nicolas Sarkozy", "My God" (Timeline17; "will", "can" and "don" are
            // also given names: "Will Cain", "Don Lemon"; "us" is also "US")
            "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did",
            "could", "would", "should", "shall", "might", "must", "so", "why", "how", "only", "just", "my", "your",
            "too", "very", "again",
            // an adverb, conjunction or preposition that opens a sentence and glued onto the name after it: "Along
            // Florida's coast", "Though Brazil", "Yet New York", "Whether Cardoso", "Several Manila", "Off Libya" and lone
            // "Perhaps", "Maybe", "Instead", "Let" (issue 5, DUC 2003 reading)
            "along", "off", "though", "yet", "whether", "several", "perhaps", "maybe", "instead", "let",
            // indefinite pronouns, capitalised at a sentence's or a quotation's start: a lone "Everybody", "Everyone",
            // "Nobody", "None" had been names (DUC 2003, six stories; ECB+ topics 3, 5, 8, 28, 33; issue 5)
            "everybody", "everyone", "nobody", "somebody", "someone", "anybody", "anyone", "everything", "nothing",
            "something", "anything", "none",
            // words that are no name, capitalised at a quotation's start: ``Yes, she is worried'', ``Moreover ...'',
            // ``Whoever ...'', ``Things are changing'', ``Lots of ...'' (DUC 2003, eight stories; issue 5)
            "yes", "moreover", "whoever", "whatever", "tomorrow", "things", "lots");

    /**
     * Capitalised words that cannot stand inside a name, so a run of capitalised words ends before
     * them: function words and number words, capitalised only at a sentence or heading start that
     * the text lost ("Tony Ryall In France", "Canada Ten New Zealand"). "One" ("Formula One"),
     * "I" ("World War I") and month names ("Theresa May") are left out.
     */
    static final Set<String> RUN_BREAKS = words("the", "a", "an", "in", "on", "at", "by", "from", "to", "and", "but", "or",
            "if", "as", "with", "he", "she", "it", "they", "we", "you", "his", "her", "its", "their", "our", "this", "that",
            "these", "those", "there", "here", "what", "when", "where", "who", "which", "while", "after", "before", "since",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundreds",
            "thousands", "dozens",
            // a pronoun's contraction opening a sentence: "I'm Wolf Blitzer", "We're told Cairo is calm"
            "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", "you're", "you've", "you'll", "you'd",
            "they're", "they've", "they'll", "they'd", "he'll", "he'd", "she'll", "she'd", "it'll", "let's");

    /**
     * Heads of an institution's name that may hold "and" ("Truth and Reconciliation Commission");
     * plural heads ("Nations", "Forces") are left out: "Russia and United Nations" are two.
     */
    static final Set<String> INSTITUTION_HEADS = words("commission", "committee", "council", "ministry", "department",
            "institute", "university", "society", "association", "agency", "authority", "board", "foundation", "school",
            "college", "bank", "fund", "service", "office", "company", "corporation", "court", "centre", "center",
            // a church's name holds an "of" that names no person's origin: "Verwood Church of England First School"
            // stays whole, "Ann Lee of Grace Baptist Church" is Ann Lee and the church (issue 5)
            "church");

    /**
     * Offices named after a title and "of the", before the holder's name: "Chancellor of the Exchequer Gordon Brown",
     * "Secretary of the Interior Dirk Kempthorne" ({@link NameFinder}: the office is no part of the person's name).
     */
    static final Set<String> OFFICES = words("exchequer", "interior", "treasury", "navy", "commerce", "energy", "defense",
            "defence", "labor", "labour", "agriculture", "education", "transportation");

    /**
     * Last words of the names of landforms and waters: "Florida Keys", "Virgin Islands", "Indian Ocean", "Gulf Coast",
     * "San Juan Mountains", "Great Lakes" (untyped or, by "the Keys", typed an organisation in DUC 2003; issue 5).
     * Read as a weak place vote where no cue tells ({@link TypeCues}): "Hills", "Lake" and "Rock" are left out as
     * surnames ("Carla Hills").
     */
    static final Set<String> LANDFORM_HEADS = words("islands", "isles", "keys", "ocean", "coast", "mountains", "desert",
            "lakes", "heights", "falls", "springs", "peninsula", "strait", "canyon", "beach", "plains",
            // a narrow land's: "Gaza Strip", untyped in DUC 2003 d30010t and d30040t (issue 5)
            "strip");

    /** Company designators that end a name: "Iambic Media LTD" then another name. */
    static final Set<String> RUN_ENDING_DESIGNATORS = words("ltd", "inc", "plc", "llc", "corp", "gmbh");

    /** Titles before a person's name, left out of it. */
    static final Set<String> TITLES = words("mr", "mrs", "ms", "dr", "president", "prime", "minister", "gen", "general",
            "king", "queen", "prince", "princess", "chief", "leader", "spokesman", "spokeswoman", "envoy",
            "secretary", "senator", "sen", "rep", "gov", "governor", "colonel", "col", "captain", "judge", "pope", "saint",
            "adm", "admiral", "lt", "sgt", "commissioner", "ambassador", "representative", "speaker",
            // academic, medical and clerical titles: "Professor Neil Ferguson" is Neil Ferguson, "Doctor Zhivago"
            // the "Dr Zhivago" of another article (issue 5)
            "professor", "prof", "doctor", "rev", "reverend", "bishop", "archbishop", "cardinal", "rabbi", "imam", "mayor",
            // offices and ranks that had stayed in the name after them: "Committee Chairman Ted Stevens" (typed an
            // organisation), "Premier Romano Prodi", "Grand Ayatollah Ali Khamenei", "German Chancellor Angela Merkel"
            // (issue 5, DUC 2003 reading; "director" and "deputy" were tried: "Regional Director for Unicef" then left a
            // "Unicef" that joined a run ending in it, "CNN DEPUTY POLITICAL DIRECTOR" joined another political director)
            "chairman", "chairwoman", "premier", "prosecutor", "ayatollah", "congressman", "congresswoman", "chancellor",
            // an agency's head: "NASA Deputy Administrator Lori Garver" had kept "Administrator" in her name (issue 5)
            "administrator",
            // a paper's editor: "Post Editor Benjamin C. Bradlee" had kept "Post Editor" and so joined neither "Ben
            // Bradlee" nor "Bradlee" (ECB+ topic 28; issue 5, eighteenth round)
            "editor",
            // a company's head, an agent's and a candidate's rank: "CEO Jeffrey Katz", "FBI Agent Ken Maxwell", "Candidate
            // Majid Ansari" had kept the title in the name ("FBI Agent Ken Maxwell" a spelling of "Maxwell"; DUC 2003
            // d30016t, d30005t, d31027t; issue 5, twentieth round)
            "ceo", "agent", "candidate",
            // a Muslim cleric's or chief's title, spelt so: "Sheik Omar Abdel Rahman" had been a name of its own kind with
            // the title in it (DUC 2003 d30005t, d31038t; issue 5, twenty-first round). "Sheikh" stays a place's word
            // ("Sheikh Maqsoud", a district of Aleppo)
            "sheik",
            // ranks' and offices' abbreviations that the tokenizer parts from their dot, and their plurals: a lone "Maj"
            // and "Capt" of "Maj. Gen. ...", "Capt. ...", "Sens" of "Sens. Olympia Snowe and ..." had been names (DUC 2003
            // d30012t, d30034t, d30040t, d30050t; issue 5)
            "maj", "capt", "brig", "cmdr", "cdr", "cpl", "pvt", "pfc", "msgr", "supt", "sens", "reps", "govs", "gens");

    /**
     * Abbreviations that open a place's name, written with a dot that the tokenizer parts from them: "St. Kitts", "Mt.
     * Vesuvius", "Ft. Lauderdale" ({@link NameFinder} reads the run across the dot). "St" alone had been a place of 19
     * mentions and "Kitts", "Croix" names apart from it; "Thomas" of "St. Thomas" had joined "Fort Thomas" (DUC 2003
     * d31028t; issue 5).
     */
    static final Set<String> DOTTED_PLACE_OPENERS = words("st", "mt", "ft");

    /**
     * Small words allowed inside a name when a capitalised word follows: "Observatory for Human Rights",
     * "Dar es Salaam" (without "es", its "Salaam" was a name of its own and merged with a "Salim"),
     * "Ruud van der Sar", "Zia ul Haq", "Luiz Inacio Lula da Silva", "Jose dos Santos".
     */
    static final Set<String> JOINERS = words("for", "of", "al", "el", "es", "de", "du", "da", "der", "del", "di", "dos",
            "das", "ul", "ud", "bin", "bint", "ibn", "van", "von", "la", "le");

    /**
     * Lower-case particles that open a surname written without the given name: "bin Laden", "van
     * Gogh", "de Klerk", "al Qaeda". A name run that starts right after one (and not inside a longer
     * run) takes it: "bin Laden" then spells the surname of "Osama bin Laden", not a "Laden" apart.
     */
    static final Set<String> SURNAME_PARTICLES = words("bin", "ibn", "van", "von", "de", "da", "du", "al", "el");

    /** Common plurals whose possessive stands inside a name: "Cambodian People's Party", "Women's Institute". */
    static final Set<String> POSSESSIVES_IN_NAMES = words("people", "women", "men", "children", "workers", "citizens",
            "farmers", "veterans", "peoples", "nations", "students");

    /** Nationality adjectives and similar single words that are not entities by themselves. */
    static final Set<String> ADJECTIVE_ENDINGS = words("ian", "ish", "ese", "ean", "can", "iot");

    /**
     * Nationality and faith adjectives that no ending above catches, not entities by themselves either: the
     * d30005t brief listed "Saudi" as a place and "Islamic" and "Afghan" as names ("a wealthy Saudi
     * humanitarian agency", "Islamic militants", "Afghan officials"). Endings in "i" are listed word by word,
     * since "Dubai" and "Mumbai" are places.
     */
    static final Set<String> LONE_ADJECTIVES = words("afghan", "saudi", "iraqi", "israeli", "pakistani", "kuwaiti",
            "yemeni", "somali", "omani", "qatari", "emirati", "bahraini", "bangladeshi", "nepali", "thai", "swiss",
            "dutch", "french", "greek", "islamic", "arab", "sunni", "shiite", "catholic",
            // languages, and the adjectives they share with their peoples, that no ending catches: "in Arabic" was
            // typed a place, "Arabic" news an organisation; "German", "Welsh" (which merged with a "Welch"; issue 5)
            "arabic", "hebrew", "hindi", "urdu", "farsi", "pashto", "swahili", "mandarin", "cantonese", "punjabi",
            "latin", "german", "welsh", "basque", "uzbek", "kazakh", "tajik",
            // the Philippines' adjective, which had joined the country as its "plural" while "the Philippines" was typed a
            // group; a place now, the country keeps its s apart from it (DUC 2003 d31011t; issue 5)
            "philippine",
            // peoples' adjectives in "-en" and "-av": "Chechen rebels", "Yugoslav troops" had made "Chechen" (38 mentions) and
            // "Yugoslav" (27) places (DUC 2003 d30056t, d30051t; issue 5, twentieth round)
            "chechen", "yugoslav",
            // a faith's adjective and the West's, alone: "Muslim" (typed an organisation, a place or a name in nine stories)
            // and "Western" (a place or a name in seven) had been names (DUC 2003 d30005t, d30034t, d30051t; issue 5,
            // twenty-second round)
            "muslim", "western");

    /**
     * Months in the plural, capitalised ("the coldest Novembers in Poland"), no entity: "Novembers" had been a name (DUC
     * 2003 d31010t; issue 5, twenty-second round). "Marches", "Mays", "Junes" and "Julys" are left out as words and names
     * of their own. Left out of a name when alone, as {@link #LONE_ADJECTIVES} are.
     */
    static final Set<String> MONTHS_PLURAL = words("januarys", "februarys", "aprils", "augusts", "septembers", "octobers",
            "novembers", "decembers");

    /**
     * Temperature scales, capitalised after a number ("35 degrees Fahrenheit", "minus 20 Celsius"), no entity: "Fahrenheit"
     * and "Celsius" (12 mentions each) had headed the names of a cold wave's brief (DUC 2003 d31010t; issue 5, twenty-first
     * round). Left out of a name when alone, as {@link #LONE_ADJECTIVES} are.
     */
    static final Set<String> SCALES = words("fahrenheit", "celsius", "centigrade");

    /**
     * Nouns of peoples, in the singular, whose plural no adjective ending catches: "Spaniards" and
     * "Britons" are a people, as "Syrians" and "Americans" are ({@link TypeCues#isPluralOfName}; issue 5).
     */
    static final Set<String> PEOPLES = words("spaniard", "briton", "swede", "dane", "finn", "czech", "slovak", "german",
            "cuban", "filipino", "argentine", "pole", "turk", "kurd", "serb", "croat", "scot", "jew", "westerner");

    /**
     * Peoples' words of {@link #PEOPLES} whose country's name they do not open, with that country: "Spaniards" beside
     * "Spain", "Britons" beside "Britain" had been kept as groups of their own ({@link NameGroups#demonyms}; DUC 2003
     * d30003t, d30056t; issue 5).
     */
    static final java.util.Map<String, String> PEOPLES_COUNTRIES = java.util.Map.of("spaniard", "spain", "briton", "britain",
            "dane", "denmark", "pole", "poland", "filipino", "philippines", "argentine", "argentina");

    /**
     * Faiths' names, which end Arabic given names ("Saif al-Islam", "Nur al-Islam") but alone name the
     * faith, not the person ({@link NameGroups#dominantPerson}).
     */
    static final Set<String> FAITHS = words("islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism");

    static final Set<String> ORGANIZATION_WORDS = words("observatory", "ministry", "council", "nations", "front", "society",
            "agency", "group", "party", "units", "coalition", "union", "army", "forces", "committee", "organization",
            "organisation", "commission", "department", "news", "television", "defence", "defense", "alliance", "helmets",
            "corporation", "company", "bank", "fund", "institute", "university", "court", "parliament", "assembly",
            "office", "service", "association",
            // an authority: "Palestinian Authority" had been untyped, and joined "Palestinian Civil Aviation Authority" as
            // the same name with middle words added (DUC 2003 d30010t, d30040t; issue 5)
            "authority",
            // a watchdog's and a lobby's heads: "Human Rights Watch" (typed a person by "said"), "Human Rights
            // Campaign" (issue 5)
            "watch", "campaign");

    /**
     * Last words of companies' names that no person's name ends in: "General Motors", "General Dynamics",
     * "Delta Airlines". A title before such a head stays in the name ({@link NameFinder}: "General Motors"
     * is no "Motors"), which is then an organisation's ({@link TypeCues#of}); "Mills" ("General Mills")
     * keeps a title, but types no organisation by itself, being also a surname ("Heather Mills").
     */
    static final Set<String> COMPANY_HEADS = words("motors", "electric", "dynamics", "mills", "airlines", "airways",
            "industries", "electronics", "foods", "systems", "technologies", "communications", "pharmaceuticals",
            "holdings", "enterprises", "petroleum", "chemicals", "instruments", "insurance",
            // a service's or a volunteers' body: "Judge Advocate Corps" keeps its "Judge" (it had been "Advocate Corps"),
            // "Peace Corps" is an organisation; not an organisation word, which would keep "Marine Corps" from
            // joining "U.S. Marine Corps" (issue 5); so a league's: "Premier League" keeps its "Premier", and "Champions
            // League" still joins "Uefa Champions League"
            "corps", "league");

    static final Set<String> LOCATION_WORDS = words("jabal", "sheikh", "district", "city", "province", "road", "camp",
            "hospital", "river", "mount", "valley", "island", "republic", "federation", "kingdom", "states", "emirates",
            "street", "square", "port", "airport", "gulf", "sea", "bay");

    /**
     * Words before a place that name another place: "Latin America" is not America, "North Korea"
     * not Korea, "New South Wales" not Wales.
     */
    static final Set<String> PLACE_MODIFIERS = words("latin", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "new", "upper", "lower", "greater",
            // the compass's compounds: "Southeast Asia" is not Asia (DUC 2003 reading, issue 5)
            "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
            "southwestern");

    /**
     * A country's short form that names one of the places a {@link #PLACE_MODIFIERS} word makes of it: news
     * writes "Korea" alone for the Republic of Korea, South Korea ("troops stationed in Korea"), never for
     * North Korea; while "Africa" is not South Africa, nor "Sudan" South Sudan, nor "Ireland" Northern
     * Ireland, nor "America" Latin America. Short form, then its long form, in lower case.
     */
    static final java.util.Map<String, String> COUNTRY_SHORT_FORMS = java.util.Map.of("korea", "south korea");

    /** Country long forms: "Russian Federation" is Russia. */
    static final Set<String> STATE_FORMS = words("federation", "republic", "kingdom", "states", "emirates");

    private NameRules() {
    }

    /**
     * The words of a list beside these classes ({@code resource}: one word or name a line, any case,
     * "#" opening a comment line), in lower case.
     */
    static Set<String> loadWords(String resource) {
        return loadWords(resource, null);
    }

    /**
     * As {@link #loadWords(String)}, only the words of one section when {@code section} is given: those
     * after a comment line opening with it, up to the next comment line (the next section's header).
     */
    static Set<String> loadWords(String resource, String section) {
        Set<String> words = new java.util.HashSet<>();
        try (java.io.InputStream in = NameRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            java.io.BufferedReader reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            boolean inside = section == null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(java.util.Locale.ROOT);
                if (word.startsWith("#")) {
                    if (section != null) {
                        inside = line.strip().startsWith(section);
                    }
                } else if (inside && !word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** A set of words; a word listed twice is kept once. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
