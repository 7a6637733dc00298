package org.newsbrief.entities;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparison keys of names across transliterations: lower case, particles ("al-", "el-") and
 * hyphens dropped, q as k, ou and oo as u, and runs of one letter as one ("Baadeeen" and
 * "Baadeen" both give "baden"; "Maqsoud" and "Maksoud" both give "maksud"). Two names match when
 * they have as many tokens and every pair of tokens is equal or close by Jaro-Winkler (0.9) with
 * the same first letter, at most two letters' difference in length and the same last letter but
 * for a final vowel ("Badra" and "Badro"; {@link #sameEnding}), so "Jabal Badra" never matches
 * "Jabal Saman", nor "Chile" "Children", nor "Britain" "Britons", nor "David" "Davis"; and, in a
 * short word, no consonant for another, nor a consonant for a vowel, but a spelling's alternation
 * ({@link #otherLetter}: "Burton" is not "Buxton", "Harley" not "Hayley"). An "Al" that is a given name ("Al Gore") is kept ({@link #particleWords}).
 * Stateless.
 */
final class NameKeys {

    static final double TOKEN_SIMILARITY = 0.9;
    /** Spellings of one word differ by a letter or two; "Chile" and "Children" differ by three. */
    static final int MAX_LENGTH_DIFFERENCE = 2;

    /**
     * Folded words shorter than this differ by one edit at most to be spellings of one word ("Badra"
     * and "Badro", "Hanano" and "Hanao"); "Australia" and "Austria" differ by two and are two places.
     */
    static final int LONG_WORD = 8;

    private NameKeys() {
    }

    static List<String> tokens(String name) {
        if (name.indexOf('.') > 0 && DOTTED_ACRONYM.matcher(name).matches()) {
            return List.of(name.replace(".", "").toLowerCase(Locale.ROOT)); // "U.S." is "US", "A.N.C." is "ANC"
        }
        if (name.length() <= 5 && ACRONYM.matcher(name).matches() && !name.equals("AL") && !name.equals("EL")) {
            return List.of(name.toLowerCase(Locale.ROOT)); // unfolded: "BBC" is no "B.C."
        }
        String text = name.toLowerCase(Locale.ROOT).replaceAll("\\b(?:al|el|ad|as|ash)-", "").replace('-', ' ')
                .replaceAll("[^\\p{L}\\p{Nd} ]", " ").strip();
        return Arrays.stream(text.split("\\s+")).filter(t -> !t.isEmpty() && !t.equals("al") && !t.equals("el"))
                .map(NameKeys::fold).toList();
    }

    /**
     * An acronym written with dots, and nothing else: "U.S.", "A.N.C.", "V.I.P." had been keys of one word a letter
     * ("u s") and so never joined "US", "ANC", "VIP" (DUC 2003 d30025t, d31001t, d30040t; issue 5).
     */
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{Lu}\\.){2,}\\p{Lu}?");

    /**
     * An acronym of two to five capitals, whose key keeps its letters unfolded as a {@link #DOTTED_ACRONYM}'s does: folded,
     * "BBC" had been "bc", which "B.C." then joined (DUC 2003 d30042t).
     */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");

    /**
     * A capitalised "Al" or "El" before one capitalised word, no hyphen: a given name ("Al Gore", "Al
     * Sharpton", "Al Pacino") unless the story writes the word after the Arabic article elsewhere
     * ({@link #particleWords}).
     */
    private static final Pattern GIVEN_AL = Pattern.compile("(?:Al|El) (\\p{Lu}\\p{Ll}+)");
    /** The Arabic article as the story writes it: hyphenated in any case ("al-Assad", "Al-Jazeera"), or a lower-case word ("al Qaeda"). */
    private static final Pattern PARTICLE = Pattern.compile("\\b(?:(?i:al|el)-|(?:al|el) )(\\p{L}+)");
    /** A capitalised "Al" or "El" after another word of the name: "Marouf Al Bakhit", "Al Qaeda" opening a longer run. */
    private static final Pattern INNER_AL = Pattern.compile("(\\S+ )?(?:Al|El|AL|EL) (\\p{L}+)");

    /**
     * The words (folded as in keys) that the story's {@code spellings} write after the Arabic article: after
     * "al-" or "el-" in any case ("al-Assad", "Al-Jazeera"), a lower-case "al" or "el" ("al Qaeda"), or a
     * capitalised "Al" inside a longer name ("Marouf Al Bakhit", not "President Al Gore": a title does
     * not count). Where a word is so written, its "Al X" is the article and the name; else "Al X" is a
     * given name and a surname ({@link #tokens(String, Set)}). The patterns run only on the spellings
     * that hold an "al" or "el" word ({@link #hasArticle}).
     */
    static Set<String> particleWords(Iterable<String> spellings) {
        Set<String> words = new HashSet<>();
        for (String spelling : spellings) {
            if (!hasArticle(spelling)) {
                continue;
            }
            Matcher particle = PARTICLE.matcher(spelling);
            while (particle.find()) {
                words.add(fold(particle.group(1).toLowerCase(Locale.ROOT)));
            }
            if (spelling.indexOf(' ') != spelling.lastIndexOf(' ')) { // three words or more
                Matcher inner = INNER_AL.matcher(spelling);
                while (inner.find()) {
                    String before = inner.group(1);
                    if (before != null && !NameRules.TITLES.contains(before.strip().toLowerCase(Locale.ROOT).replace(".", ""))
                            || before == null && inner.end() < spelling.length()) {
                        words.add(fold(inner.group(2).toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return words;
    }

    /** Whether a word "al" or "el", in any case, stands in the spelling before a space or a hyphen. */
    private static boolean hasArticle(String spelling) {
        for (int i = 1; i + 1 < spelling.length(); i++) {
            char c = spelling.charAt(i);
            char next = spelling.charAt(i + 1);
            if ((c == 'l' || c == 'L') && (next == ' ' || next == '-')) {
                char a = Character.toLowerCase(spelling.charAt(i - 1));
                if ((a == 'a' || a == 'e') && (i == 1 || spelling.charAt(i - 2) == ' ' || spelling.charAt(i - 2) == '-')) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #tokens(String)}, but a given name "Al" or "El" is kept: "Al Gore" is "al gore", not
     * "gore", where the story writes "Gore", or a spelling of it ("Al Quaeda" beside "al-Qaeda"),
     * after no article ({@code particleWords}, {@link #particleWords}), so Tipper Gore and Al Gore
     * are two people.
     */
    static List<String> tokens(String name, Set<String> particleWords) {
        Matcher given = name.startsWith("Al ") || name.startsWith("El ") ? GIVEN_AL.matcher(name) : null;
        if (given != null && given.matches()) {
            String word = fold(given.group(1).toLowerCase(Locale.ROOT));
            if (!particleWords.contains(word) && particleWords.stream().noneMatch(p -> sameName(List.of(p), List.of(word)))) {
                return List.of(name.substring(0, 2).toLowerCase(Locale.ROOT), word);
            }
        }
        return tokens(name);
    }

    static String fold(String token) {
        String t = token.replace("q", "k").replace("ou", "u").replace("oo", "u").replace("ph", "f");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            if (i == 0 || t.charAt(i) != t.charAt(i - 1)) {
                out.append(t.charAt(i));
            }
        }
        return out.toString();
    }

    /** {@link #sameName(List, List, EntityType)} of two names of unknown kind. */
    static boolean sameName(List<String> a, List<String> b) {
        return sameName(a, b, EntityType.OTHER);
    }

    /**
     * Whether two keys spell one name. {@code kind}: what the two names are known to be (PERSON if
     * either is a person's, OTHER where neither kind is known), which decides how their words may end
     * ({@link #sameEnding}).
     */
    static boolean sameName(List<String> a, List<String> b, EntityType kind) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!x.equals(y) && (x.charAt(0) != y.charAt(0) || jaroWinkler(x, y) < TOKEN_SIMILARITY
                    || Math.min(x.length(), y.length()) < 4 || Math.abs(x.length() - y.length()) > MAX_LENGTH_DIFFERENCE
                    || editDistance(x, y) > (Math.min(x.length(), y.length()) >= LONG_WORD ? 2 : 1)
                    || !sameEnding(x, y, kind) || otherLetter(x, y) || englishVowel(x, y)
                    || COMPASS_WORDS.contains(x) && COMPASS_WORDS.contains(y))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The compass's words and other place modifiers, folded: two of them are two directions, never spellings of one
     * ("Southeast" had joined "Southwest", one letter apart; issue 5, DUC 2003 reading).
     */
    private static final Set<String> COMPASS_WORDS = NameRules.PLACE_MODIFIERS.stream().map(NameKeys::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final String VOWELS = "aeiouy";

    /**
     * Whether two close words end alike enough to be spellings of one word. A person's name marks
     * another name at its end: a family or a plural ("Mark" / "Marks"), a woman ("Ivan" / "Ivana",
     * "Jane" / "Janet"), another surname ("David" / "Davis"); so does a place's ("France" /
     * "Frances", "America" / "Americas"). Transliterations vary inside a word ("Maksoud" /
     * "Maqsoud", "Hanano" / "Hanao") and at most in its final vowel ("Badra" / "Badro"), and
     * English spelling adds or drops a silent e after a consonant ("Duncan Rait" / "Duncan Raite",
     * ECB+ dev topic 23), but for a well-known English name, whose spelling is settled ({@link
     * #ENGLISH_NAMES}: "Clark" and "Clarke" are two surnames, and joined a Wesley Clark to a Michael
     * Clarke in Timeline17 SyrianCrisis_bbc, issue 5). So the last letters must be the same, or two vowels of words of one
     * length, or one word the other and an e. A person's final vowel marks the gender ("Mario" /
     * "Maria"): for people only a final i and y, one letter in transliteration ("Sergei" /
     * "Sergey"), may differ. An organisation's name, and a name of unknown kind (most often an
     * organisation's or a group's, people being named with titles and speech verbs), may take or
     * drop a plural's final s ("Colts" / "Colt", "Champs-Elysees" / "Champs-Elysee", ECB+ train
     * topics); a people's plural only its own singular ({@link NameGroups#otherThanPeople}: "Scots" is no
     * "Scott"). A people's name ("Libyans" beside "Libya") never gets here:
     * {@link NameGroups#demonyms}.
     */
    static boolean sameEnding(String x, String y, EntityType kind) {
        char a = x.charAt(x.length() - 1);
        char b = y.charAt(y.length() - 1);
        if (a == b || (silentE(x, y) || silentE(y, x)) && !ENGLISH_NAMES.contains(x) && !ENGLISH_NAMES.contains(y)
                || (kind == EntityType.OTHER || kind == EntityType.ORGANIZATION) && (finalS(x, y) || finalS(y, x))) {
            return true;
        }
        if (x.length() != y.length() || VOWELS.indexOf(a) < 0 || VOWELS.indexOf(b) < 0) {
            return false;
        }
        return kind != EntityType.PERSON || a == 'i' && b == 'y' || a == 'y' && b == 'i';
    }

    /**
     * Consonant pairs that spell one sound across spellings and transliterations: s/z
     * ("Organisation", "Elisabeth"), c/k ("Nicolai" / "Nikolai"), c/s ("Hicham" / "Hisham"), g/k
     * ("al-Uqayla" / "Ugayla": q, folded to k, is said g in Libya), f/v ("Gustafsson" /
     * "Gustavsson"), f/p ("Shephard" / "Shepard": ph is folded to f), b/p ("Ysbyty" / "Yspyty").
     * Each pair is written with its letters in alphabetical order.
     */
    static final Set<String> CONSONANT_ALTERNATIONS = Set.of("sz", "ck", "cs", "gk", "fv", "fp", "bp");

    /**
     * A consonant that spells a vowel: w for o or u ("Cadogan" / "Cadwgan", Welsh; Arabic waw is
     * written w, u or o). y, the other such letter, counts among the vowels ("Qusayr" / "Qusair").
     * Each pair is written with its letters in alphabetical order.
     */
    static final Set<String> VOWEL_ALTERNATIONS = Set.of("ow", "uw");

    /**
     * Whether two words of one length, shorter than {@link #LONG_WORD}, differ inside by a letter for
     * another that no spelling alternates: a consonant for another consonant ({@link
     * #CONSONANT_ALTERNATIONS}: "Burton" / "Buxton", "Packer" / "Parker", "Bolton" / "Boston",
     * "Israel" / "Ismael", "Qubair" / "Qusair"), or a consonant for a vowel ({@link
     * #VOWEL_ALTERNATIONS}: "Harley" / "Hayley", "Marlon" / "Marion", "Bassey" / "Bashy"), distinct
     * names that Jaro-Winkler finds close. Transliterations of one name vary in their vowels, a vowel
     * for a vowel ("Mubarak" / "Mubarek", "Ahmed" / "Ahmad", "Qusayr" / "Qusair"), add or drop a
     * letter ("Hanano" / "Hanao", "Gadhafi" / "Gaddafi", "Qaddhfi" / "Qadhafi") or alternate as above.
     * In longer words the few such pairs of the briefs read were mostly slips of one name
     * ("Ceausescu" / "Ceaucescu"), left to match.
     */
    static boolean otherLetter(String x, String y) {
        if (x.length() != y.length() || x.length() >= LONG_WORD) {
            return false;
        }
        for (int i = 1; i < x.length() - 1; i++) {
            char a = x.charAt(i);
            char b = y.charAt(i);
            if (a != b && Character.isLetter(a) && Character.isLetter(b)) {
                boolean vowelA = VOWELS.indexOf(a) >= 0;
                boolean vowelB = VOWELS.indexOf(b) >= 0;
                String pair = a < b ? "" + a + b : "" + b + a;
                if (!vowelA && !vowelB && !CONSONANT_ALTERNATIONS.contains(pair)
                        || vowelA != vowelB && !VOWEL_ALTERNATIONS.contains(pair)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Well-known English names ({@code english-names.txt} beside this class: common surnames of England,
     * Wales and the United States, towns of England and Wales), folded as keys are.
     */
    static final Set<String> ENGLISH_NAMES = NameRules.loadWords("english-names.txt").stream().map(NameKeys::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether two words of one length differ inside by a vowel for another vowel where one of them is a
     * well-known English name ({@link #ENGLISH_NAMES}): English names have settled spellings, and a vowel
     * changed makes another name ("Jones" / "Jonas", "Woking" / "Waking", "Brighton" / "Broughton"),
     * while transliterations from Arabic, whose short vowels are not written, vary in them ("Ahmed" /
     * "Ahmad", "Mubarak" / "Mubarek", "Muallem" / "Muallim"), and are on no such list. At any length.
     */
    static boolean englishVowel(String x, String y) {
        if (x.length() != y.length() || !ENGLISH_NAMES.contains(x) && !ENGLISH_NAMES.contains(y)) {
            return false;
        }
        for (int i = 1; i < x.length() - 1; i++) {
            char a = x.charAt(i);
            char b = y.charAt(i);
            if (a != b && VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "colts" is "colt" and an s. */
    static boolean finalS(String longer, String shorter) {
        return longer.length() == shorter.length() + 1 && longer.endsWith("s") && longer.startsWith(shorter);
    }

    /** "raite" is "rait" and a silent e after a consonant. */
    static boolean silentE(String longer, String shorter) {
        return longer.length() == shorter.length() + 1 && longer.endsWith("e") && longer.startsWith(shorter)
                && VOWELS.indexOf(shorter.charAt(shorter.length() - 1)) < 0;
    }

    /** Levenshtein distance of two short words. */
    static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
