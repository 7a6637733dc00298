package org.newsbrief.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Span;

/**
 * Finds names in a sentence: runs of capitalised tokens (and "al-Assad"-style particles), joined
 * across small words when a capitalised word follows ("Observatory for Human Rights"), without
 * leading titles ("President", though "General Motors" keeps its "General") or capitalised function
 * words ("The", "On"), and without lone
 * nationality adjectives ("Syrian government"). Stateless and thread-safe.
 */
final class NameFinder {

    /**
     * A name found in a sentence, with its position in the article's text, the two words before it
     * ({@code before} then {@code previous}) and after it ({@code next} then {@code after}), lower
     * case ("" past the sentence's ends; a straight quote that closes a quotation as {@link #CLOSING_QUOTE}), and
     * whether it follows the name found before it in the sentence with only a list separator between them ("Jabal
     * Badra and Baadeen", "Sakhur, Haidariya": {@code listed}), and whether a possessive "'s" closed it ("Laden's": {@code possessive},
     * left out of its text).
     */
    record Found(String text, Span span, String before, String previous, String next, String after,
            boolean sentenceInitial, boolean listed, boolean possessive) {
    }

    /** What may stand between two names of one list: "X, Y", "X and Y", "X, and Y", "X or Y". */
    private static final java.util.Set<java.util.List<String>> LIST_SEPARATORS = java.util.Set.of(List.of(","),
            List.of("and"), List.of(",", "and"), List.of("or"));

    /**
     * What follows the second of two names that only a comma parts, where they are a list: another
     * separator or the sentence's end ("Sakhur, Haidariya and Hanano"); "in Afghanistan, bin Laden
     * is ..." is no list.
     */
    private static final java.util.Set<String> LIST_GOES_ON = java.util.Set.of(",", "and", "or", ".", "");

    List<Found> find(Sentence sentence) {
        List<String> tokens = sentence.tokens();
        int[] starts = offsets(sentence.text(), tokens);
        List<Found> found = new ArrayList<>();
        int lastEnd = -1;
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameToken(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && !endsName(tokens.get(j - 1)) && (joinsAcrossAnd(tokens, i, j)
                    || !breaksRun(tokens, j) && (isNameToken(tokens.get(j)) || (NameRules.JOINERS.contains(lower(tokens.get(j)))
                            && j + 1 < tokens.size() && isNameToken(tokens.get(j + 1)))) || opensName(tokens, i, j - 1) && dottedPlaceOpener(tokens, j)
                    || initialsDotInName(tokens, i, j))) {
                j++;
            }
            if (j - i >= 2 && isTitle(tokens.get(j - 1)) && dotBeforeName(tokens, j)) {
                // "New York Gov. George Pataki": the state, then (a run of its own) the governor; and the titles before
                // ("Thai Olympic Committee Chairman Gen. ...")
                do {
                    j--;
                } while (j - i >= 2 && isTitle(tokens.get(j - 1)));
            }
            int from = afterInnerTitle(tokens, i, j);
            while (from < j && (isNotName(tokens.get(from)) || isTitle(tokens.get(from)) && !namesInstitution(tokens, from + 1, j)
                    || tokens.get(from).equals("."))) { // the dot of an initial "A" dropped as the article: "A. J. Smith"
                from++;
            }
            if (from == i && officeBeforePerson(tokens, from, j)) {
                from++; // "Chancellor of the Exchequer Gordon Brown": the office, then the person
            }
            if (from < j && peopleBeforePerson(tokens, from, j)) {
                from++; // "Britons Peter Kennedy and ...": the people, then the person
            }
            int origin = personsOrigin(tokens, from, j);
            int next = j;
            if (origin > 0) { // "David McIntosh of Indiana": the person, then the place
                j = origin;
                next = origin + 1;
            }
            if (from == i && from < j && i > 0 && NameRules.SURNAME_PARTICLES.contains(tokens.get(i - 1))
                    && (i < 2 || !isNameToken(tokens.get(i - 2)))) {
                from = i - 1; // "bin Laden", "van Gogh": the particle belongs to the surname
            }
            if (from < j && !isLoneAdjective(tokens, from, j)) {
                int start = starts[from];
                String lastToken = tokens.get(j - 1);
                int end = starts[j - 1] + lastToken.length() - (isPossessive(lastToken) ? 2 : 0);
                boolean possessive = isPossessive(lastToken) || isPossessive(word(tokens, j)) // "Jackson 's"
                        || (word(tokens, j).equals("'") || word(tokens, j).equals("\u2019")) && word(tokens, j + 1).equals("s");
                List<String> separator = lastEnd >= 0 && from - lastEnd <= 2
                        ? tokens.subList(lastEnd, from).stream().map(NameFinder::lower).toList() : List.of();
                boolean listed = LIST_SEPARATORS.contains(separator)
                        && (!separator.equals(List.of(",")) || LIST_GOES_ON.contains(word(tokens, j)));
                found.add(new Found(sentence.text().substring(start, end),
                        new Span(sentence.span().start() + start, sentence.span().start() + end), word(tokens, from - 2),
                        closingQuote(sentence.text(), tokens, starts, from - 1) ? CLOSING_QUOTE : word(tokens, from - 1),
                        word(tokens, j), word(tokens, j + 1), from == 0 && j == 1, listed, possessive));
                lastEnd = j;
            }
            i = next;
        }
        return found;
    }

    /**
     * Whether the token at {@code j} is the dot of an abbreviation that opens a place's name, a name after it ({@link
     * NameRules#DOTTED_PLACE_OPENERS}: "St. Kitts", "Mt. Vesuvius"), so that the run goes on across it; the finder asks
     * only where the abbreviation opens a name ({@link #opensName}: "Main St. Saturday" is a street, then a day).
     */
    private static boolean dottedPlaceOpener(List<String> tokens, int j) {
        return NameRules.DOTTED_PLACE_OPENERS.contains(lower(tokens.get(j - 1))) && dotBeforeName(tokens, j)
                && !breaksRun(tokens, j + 1);
    }

    /**
     * Nouns that a letter labels, so that the letter with its dot ends the name, no middle initial: "at Cell Block G.
     * Dubai experienced a tremor" had made "Cell Block G. Dubai" one name (ECB+ topic 20; issue 5, nineteenth round).
     */
    static final java.util.Set<String> LABEL_NOUNS = java.util.Set.of("block", "gate", "terminal", "pier", "section",
            "unit", "building", "plan", "grade", "class", "category", "vitamin", "hepatitis", "exhibit", "annex", "pavilion",
            "zone", "sector", "platform");

    /**
     * Whether the token at {@code j} is the dot of a person's initial inside the name the run from {@code i} begins, so
     * that the run goes on across it: a middle initial after a name's word ("James N. Smith"), or an initial opening the
     * run before another initial or two more words ("P. W. Botha", "J. Robert Hunter"). The run had been cut at the dot,
     * giving "James N" and "Smith" apart (DUC 2003; issue 5). A lone "I" is left out (the pronoun, "World War I.").
     */
    private static boolean initialsDotInName(List<String> tokens, int i, int j) {
        if (!NameInitials.isInitialsDot(tokens, j) || !dotBeforeName(tokens, j) || breaksRun(tokens, j + 1) || isNotName(tokens.get(j + 1))
                || j >= 2 && LABEL_NOUNS.contains(lower(tokens.get(j - 2)))
                || NameInitials.spellsPlace(tokens, j - 3, j - 1) || NameInitials.isInitialsDot(tokens, j + 2) && NameInitials.spellsPlace(tokens, j - 1, j + 1)) {
            return false;
        }
        return j - 1 > i || NameInitials.isInitialsDot(tokens, j + 2)
                || j + 2 < tokens.size() && isNameToken(tokens.get(j + 2)) && !breaksRun(tokens, j + 2);
    }

    /**
     * Whether the token at {@code at} of the run that starts at {@code i} opens a name: the run's first, or after a word
     * that opens none ("On St. Kitts") or a small word ("Marble Hall of St. Petersburg"); not after another name's word
     * ("Main St. Saturday").
     */
    private static boolean opensName(List<String> tokens, int i, int at) {
        String before = at > i ? tokens.get(at - 1) : "";
        return at == i || isNotName(before) || NameRules.JOINERS.contains(lower(before));
    }

    /** Whether the token at {@code j} is a dot with a name's word after it: the dot of an abbreviation ("Gov. George"). */
    private static boolean dotBeforeName(List<String> tokens, int j) {
        return j + 1 < tokens.size() && tokens.get(j).equals(".") && isNameToken(tokens.get(j + 1));
    }

    /** What {@link Found#previous} holds for a straight quote that closes a quotation: the typographic closing quote. */
    static final String CLOSING_QUOTE = "\u201d";

    /**
     * Whether the token at {@code at} is a straight quote that closes a quotation: written against the mark or word
     * before it and apart from the word after it ({@code "... at once," Winning said}). Newswire's {@code ''} becomes
     * the opening quote's {@code "} once normalised, so the name after a closing quote had been read as opening a
     * sentence (a lone "Winning" in "ing" dropped as a gerund; ECB+ topic 18 writes {@code ,'' Fanning said} nine
     * times; issue 5). An opening quote stands apart from the word before it and against the word after it.
     */
    private static boolean closingQuote(String text, List<String> tokens, int[] starts, int at) {
        if (at < 0 || !tokens.get(at).equals("\"")) {
            return false;
        }
        int start = starts[at];
        return start > 0 && text.charAt(start) == '"' && !Character.isWhitespace(text.charAt(start - 1))
                && (start + 1 == text.length() || Character.isWhitespace(text.charAt(start + 1)));
    }

    /**
     * A possessive ends the name it closes ("Laden's al Qaeda" is two names), unless it is a common
     * plural that names hold ("Cambodian People's Party", "Women's Institute").
     */
    private static boolean endsName(String token) {
        return isPossessive(token) && !NameRules.POSSESSIVES_IN_NAMES.contains(lower(token).substring(0, token.length() - 2));
    }

    /** "Laden's", "China's". */
    private static boolean isPossessive(String token) {
        return token.endsWith("'s") || token.endsWith("\u2019s");
    }

    /**
     * Where "of" stands in a run that names a person and the place they come from ("David McIntosh
     * of Indiana", "George W. Bush of Texas"), -1 where none does: two words or more before "of",
     * none of them a title, an organisation, place or state word, nor the head of an institution,
     * and one or two words after it, or more where the last of them heads an organisation's name ("Tom
     * Porteous of Human Rights Watch": the person, then the organisation; issue 5). A name whose head holds
     * the "of" stays whole: "Kingdom of Cambodia", "University of Chicago", "House of Representatives"
     * (one word before "of"), "Syrian Observatory of Human Rights" (an organisation word).
     */
    private static int personsOrigin(List<String> tokens, int from, int to) {
        for (int k = from + 2; k < to - 1; k++) {
            if (lower(tokens.get(k)).equals("of")) {
                if (to - (k + 1) > 2 && !headsOrganisation(lower(tokens.get(to - 1)))) {
                    return -1;
                }
                for (int w = from; w < k; w++) {
                    String word = lower(tokens.get(w)).replace(".", "");
                    if (isTitle(word) || NameRules.ORGANIZATION_WORDS.contains(word) || NameRules.LOCATION_WORDS.contains(word)
                            || NameRules.INSTITUTION_HEADS.contains(word) || word.equals("of") || word.equals("for")
                            || !isNameToken(tokens.get(w)) && !NameRules.JOINERS.contains(word) && !NameInitials.isInitialsDot(tokens, w)) {
                        return -1;
                    }
                }
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the run from {@code from} to {@code to} opens with the office of a title written as "TITLE of the OFFICE"
     * ({@link NameRules#OFFICES}) and goes on with a person's name of two or three words: "Chancellor of the Exchequer
     * Gordon Brown" (DUC 2003) and "Secretary of the Interior Dirk Kempthorne" (ECB+ topic 9) had made "Exchequer Gordon
     * Brown" and "Interior Dirk Kempthorne" spellings of the person (issue 5). "the Interior" alone, and an office
     * before an institution ("Secretary of the Treasury Department"), stay.
     */
    private static boolean officeBeforePerson(List<String> tokens, int from, int to) {
        return from >= 3 && to - from >= 3 && to - from <= 4 && NameRules.OFFICES.contains(lower(tokens.get(from)))
                && lower(tokens.get(from - 1)).equals("the") && lower(tokens.get(from - 2)).equals("of")
                && isTitle(tokens.get(from - 3)) && personAfter(tokens, from + 1, to);
    }

    /** An organisation's, institution's, company's or landform's head word, or a place word: "Watch", "Centre", "Strait". */
    static boolean headsInstitution(String word) {
        return headsOrganisation(word) || NameRules.LOCATION_WORDS.contains(word) || NameRules.LANDFORM_HEADS.contains(word);
    }

    /** An organisation's, institution's or company's head word: "Watch", "Commission", "Airlines". */
    private static boolean headsOrganisation(String word) {
        return NameRules.ORGANIZATION_WORDS.contains(word) || NameRules.INSTITUTION_HEADS.contains(word)
                || NameRules.COMPANY_HEADS.contains(word);
    }

    /**
     * Whether "and" or "&" at {@code j} stands inside the name the run from {@code i} begins: "&"
     * between capitalised words always ("Procter & Gamble"); "and" when one or two words without an
     * organisation or place word stand before it and two or more capitalised words after it end with
     * the head of an institution ("Truth and Reconciliation Commission"), so that "Russia and United
     * Nations" or "Britain and France" stay two names.
     */
    private static boolean joinsAcrossAnd(List<String> tokens, int i, int j) {
        String word = tokens.get(j);
        if (j == i || j + 1 >= tokens.size() || !isNameToken(tokens.get(j + 1)) || !word.equals("and") && !word.equals("&")) {
            return false;
        }
        if (word.equals("&")) {
            return true;
        }
        int end = j + 1;
        while (end < tokens.size() && isNameToken(tokens.get(end)) && !breaksRun(tokens, end)) {
            end++;
        }
        boolean plainBefore = j - i <= 2 && tokens.subList(i, j).stream().map(NameFinder::lower)
                .noneMatch(w -> NameRules.ORGANIZATION_WORDS.contains(w) || NameRules.LOCATION_WORDS.contains(w));
        return plainBefore && end - (j + 1) >= 2 && NameRules.INSTITUTION_HEADS.contains(lower(tokens.get(end - 1)))
                || fieldsOfInstitution(tokens, i, j, end);
    }

    /**
     * Whether "and" at {@code j} joins the two fields of an institution, "HEAD of X and Y" with one word each side
     * and the run ending after Y ({@code end}; where it goes on, "Office of Management and Budget Director ...", the
     * name is cut at "and" and {@link NameGroups} joins the cut to the whole): "Institute of Mining and Metallurgy", "Council of Farmers and
     * Fishermen" had given the second field as a name of its own ("Statistics" of a statistics institute, DUC 2003;
     * issue 5). Neither word may be a place ("Bank of England and Wales" stays two) nor a listed English name ("Duke
     * of York and Albany" aside, "University of Texas and Baylor" stays two).
     */
    private static boolean fieldsOfInstitution(List<String> tokens, int i, int j, int end) {
        if (end != j + 2 || j - i < 3 || !lower(tokens.get(j - 2)).equals("of")
                || !NameRules.INSTITUTION_HEADS.contains(lower(tokens.get(j - 3)))) {
            return false;
        }
        return field(tokens.get(j - 1)) && field(tokens.get(j + 1));
    }

    /** A word that may name an institution's field: no place, no listed English name, lower case after its capital. */
    private static boolean field(String word) {
        String lower = lower(word);
        return word.length() >= 4 && word.substring(1).equals(lower.substring(1)) && !TypeCues.COUNTRIES.contains(lower)
                && !NameRules.LOCATION_WORDS.contains(lower) && !NameKeys.ENGLISH_NAMES.contains(NameKeys.fold(lower));
    }

    /**
     * Whether a run of capitalised words ends before token {@code j} although it is capitalised: a
     * function or number word inside a run marks a lost sentence or heading break ("Health Minister
     * Tony Ryall In France ...", "Canada Ten New Zealand"), and a company designator ends its name
     * ("Iambic Media LTD Michael Jackson"), unless another designator follows ("Co Ltd"). Two listed
     * countries side by side are two names, a list whose comma the writer left out ("relations between Chile
     * Spain and Britain" had given "Chile Spain", a spelling of Spain; issue 5).
     */
    private static boolean breaksRun(List<String> tokens, int j) {
        String word = lower(tokens.get(j)).replace(".", "");
        String before = lower(tokens.get(j - 1)).replace(".", "");
        return NameRules.RUN_BREAKS.contains(word)
                || NameRules.RUN_ENDING_DESIGNATORS.contains(before) && !NameRules.RUN_ENDING_DESIGNATORS.contains(word)
                || Countries.isCountry(word) && Countries.isCountry(before);
    }

    /** A word that opens a run without being a name, also with a possessive or a dot: "Monday's", "Nov.". */
    private static boolean isNotName(String token) {
        String word = POSSESSIVE_OR_DOT.matcher(lower(token)).replaceAll("");
        return NameRules.NOT_NAMES.contains(word) || NameRules.RUN_BREAKS.contains(word);
    }

    private static final java.util.regex.Pattern POSSESSIVE_OR_DOT = java.util.regex.Pattern.compile("(?:['\u2019]s|\\.)$");

    /** "President", "Dr.", "Secretary-General": a title, every part of a hyphenated one a title word. */
    static boolean isTitle(String token) {
        String word = lower(token).replace(".", "");
        if (NameRules.TITLES.contains(word)) {
            return true;
        }
        String[] parts = word.split("-"); // a lone dash splits into no word: no title ("TRIPOLI - Reuters -")
        return parts.length >= 2 && java.util.Arrays.stream(parts).allMatch(NameRules.TITLES::contains);
    }

    /**
     * Where the name of a run starts when a title stands inside it: after the last title ("Cuban
     * President Fidel Castro", "U.N. Secretary-General Kofi Annan", "Mexican Health Secretary Jose
     * Angel Cordova" name the person after it) and the "of State" of a title ("Secretary of State
     * Nobutaka Machimura"), as long as a name follows that holds no organisation or place word
     * ("the U.N. General Assembly" stays whole). Else the run's start.
     */
    private static int afterInnerTitle(List<String> tokens, int from, int to) {
        int start = from;
        for (int k = from; k < to - 1; k++) {
            if (isTitle(tokens.get(k))) {
                int next = k + 1;
                if (next + 2 < to && lower(tokens.get(next)).equals("of")) {
                    next += 2; // "Secretary of State Nobutaka Machimura"
                }
                if (personAfter(tokens, next, to)) {
                    start = next;
                }
            }
        }
        return start;
    }

    private static boolean personAfter(List<String> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = lower(tokens.get(k));
            if (!isNameToken(tokens.get(k)) && !NameRules.JOINERS.contains(word) && !NameInitials.isInitialsDot(tokens, k)
                    || institutionWord(word) || isTitle(tokens.get(k))) {
                return false;
            }
        }
        return from < to;
    }

    /**
     * Whether the words after a title that opens a run name an organisation or a place of which the title
     * is part: an organisation, place or company word among them ("General Motors", "General Assembly",
     * "Prince Edward Island"), so the title stays ("Motors" typed a person, issue 5). "President Clinton"
     * loses it, and so do "Dr Ann Lowe of Leeds University" (the word after "of" is another name's) and
     * "Prime Minister Sheikh Hamad" (another title comes first; "Sheikh", a place word, is an honorific).
     */
    private static boolean namesInstitution(List<String> tokens, int from, int to) {
        for (int k = from; k < to && !isTitle(tokens.get(k)) && !NameRules.JOINERS.contains(lower(tokens.get(k))); k++) {
            String word = lower(tokens.get(k));
            if (institutionWord(word) && !word.equals("sheikh")) { // "Prime Minister Sheikh Hamad": an honorific
                return true;
            }
        }
        return false;
    }

    private static boolean institutionWord(String word) {
        return NameRules.ORGANIZATION_WORDS.contains(word) || NameRules.LOCATION_WORDS.contains(word)
                || NameRules.COMPANY_HEADS.contains(word);
    }

    /** Singular peoples' nouns of {@link NameRules#PEOPLES} that are no adjective, given name or surname. */
    private static final java.util.Set<String> PEOPLES_NOUNS = java.util.Set.of("spaniard", "briton", "filipino", "westerner");

    /**
     * Whether a run of three words or more opens with a people's noun before a person's name: a people's plural ({@link
     * NameRules#PEOPLES}: "Britons Peter Kennedy", "Swedes Anna ...") or one of {@link #PEOPLES_NOUNS} ("Briton Peter
     * Kennedy"), with no institution's word after it ("Scots Guards Regiment"). Such an apposition had made "Britons Peter
     * Kennedy" a name of its own beside "Peter Kennedy" (DUC 2003 d30056t; issue 5).
     */
    private static boolean peopleBeforePerson(List<String> tokens, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        String word = lower(tokens.get(from));
        boolean people = PEOPLES_NOUNS.contains(word)
                || word.endsWith("s") && NameRules.PEOPLES.contains(word.substring(0, word.length() - 1))
                || word.endsWith("s") && PEOPLES_NOUNS.contains(word.substring(0, word.length() - 1));
        return people && !namesInstitution(tokens, from + 1, to);
    }

    private static boolean isNameToken(String token) {
        if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
            return false;
        }
        if (token.matches("(?:al|el|ad|as|ash)-\\p{Lu}.*")) {
            return true;
        }
        if (!Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        int dash = token.indexOf('-');
        return dash < 0 || dash + 1 >= token.length() || Character.isUpperCase(token.charAt(dash + 1));
    }

    /**
     * Whether a run is one word that is an adjective of a people or faith, a temperature scale ({@link NameRules#SCALES})
     * or a month's plural ({@link NameRules#MONTHS_PLURAL}), or is a people's word of two: {@link #isPeoplesOfTwoWords}.
     */
    private static boolean isLoneAdjective(List<String> tokens, int from, int to) {
        if (to - from == 2) {
            return isPeoplesOfTwoWords(lower(tokens.get(from)), lower(tokens.get(from + 1)));
        }
        if (to - from != 1) {
            return false;
        }
        String word = lower(tokens.get(from));
        return isPeoplesAdjective(word) || NameRules.SCALES.contains(word) || NameRules.MONTHS_PLURAL.contains(word);
    }

    /** Seas and regions whose names end as a people's adjective does. */
    private static final java.util.Set<String> SEAS_LIKE_ADJECTIVES = java.util.Set.of("caribbean", "mediterranean");

    private static boolean isPeoplesAdjective(String word) {
        return NameRules.ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith) || NameRules.LONE_ADJECTIVES.contains(word);
    }

    /**
     * Whether two words are a people's adjective or noun, no entity: a place's modifier and a people's adjective ("East
     * Timorese", 15 mentions typed a place), or a place of two words listed in {@code places.txt} with "er" ("New
     * Zealander", a name of 4 mentions) (DUC 2003 d30034t, d30056t; issue 5, twenty-second round). Seas named like an
     * adjective stay places: "the Eastern Caribbean" (d31028t), "the eastern Mediterranean".
     */
    private static boolean isPeoplesOfTwoWords(String first, String second) {
        if (NameRules.PLACE_MODIFIERS.contains(first) && isPeoplesAdjective(second) && !SEAS_LIKE_ADJECTIVES.contains(second)) {
            return true;
        }
        return second.endsWith("er") && TypeCues.PLACES_OF_WORDS.contains(first + " " + second.substring(0, second.length() - 2));
    }

    private static int[] offsets(String text, List<String> tokens) {
        int[] starts = new int[tokens.size()];
        int at = 0;
        for (int t = 0; t < tokens.size(); t++) {
            int found = text.indexOf(tokens.get(t), at);
            starts[t] = found < 0 ? at : found;
            at = found < 0 ? at : found + tokens.get(t).length();
        }
        return starts;
    }

    /** The token at {@code at} in lower case, "" outside the sentence. */
    private static String word(List<String> tokens, int at) {
        return at >= 0 && at < tokens.size() ? lower(tokens.get(at)) : "";
    }

    static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}
