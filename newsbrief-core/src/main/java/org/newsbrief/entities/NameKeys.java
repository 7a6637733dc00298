package org.newsbrief.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Comparison keys of names across transliterations: lower case, particles ("al-", "el-") and
 * hyphens dropped, q as k, ou and oo as u, and runs of one letter as one ("Baadeeen" and
 * "Baadeen" both give "baden"; "Maqsoud" and "Maksoud" both give "maksud"). Two names match when
 * they have as many tokens and every pair of tokens is equal or close by Jaro-Winkler (0.9) with
 * the same first letter, at most two letters' difference in length and the same last letter but
 * for a final vowel ("Badra" and "Badro"; {@link #sameEnding}), so "Jabal Badra" never matches
 * "Jabal Saman", nor "Chile" "Children", nor "Britain" "Britons", nor "David" "Davis".
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
        String text = name.toLowerCase(Locale.ROOT).replaceAll("\\b(?:al|el|ad|as|ash)-", "").replace('-', ' ')
                .replaceAll("[^\\p{L}\\p{Nd} ]", " ").strip();
        return Arrays.stream(text.split("\\s+")).filter(t -> !t.isEmpty() && !t.equals("al") && !t.equals("el"))
                .map(NameKeys::fold).toList();
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
                    || !sameEnding(x, y, kind))) {
                return false;
            }
        }
        return true;
    }

    private static final String VOWELS = "aeiouy";

    /**
     * Whether two close words end alike enough to be spellings of one word. A person's name marks
     * another name at its end: a family or a plural ("Mark" / "Marks"), a woman ("Ivan" / "Ivana",
     * "Jane" / "Janet"), another surname ("David" / "Davis"); so does a place's ("France" /
     * "Frances", "America" / "Americas"). Transliterations vary inside a word ("Maksoud" /
     * "Maqsoud", "Hanano" / "Hanao") and at most in its final vowel ("Badra" / "Badro"), and
     * English spelling adds or drops a silent e after a consonant ("Duncan Rait" / "Duncan Raite",
     * ECB+ dev topic 23). So the last letters must be the same, or two vowels of words of one
     * length, or one word the other and an e. A person's final vowel marks the gender ("Mario" /
     * "Maria"): for people only a final i and y, one letter in transliteration ("Sergei" /
     * "Sergey"), may differ. An organisation's name, and a name of unknown kind (most often an
     * organisation's or a group's, people being named with titles and speech verbs), may take or
     * drop a plural's final s ("Colts" / "Colt", "Champs-Elysees" / "Champs-Elysee", ECB+ train
     * topics). A people's name ("Libyans" beside "Libya") never gets here:
     * {@link NameGroups#demonyms}.
     */
    static boolean sameEnding(String x, String y, EntityType kind) {
        char a = x.charAt(x.length() - 1);
        char b = y.charAt(y.length() - 1);
        if (a == b || silentE(x, y) || silentE(y, x)
                || (kind == EntityType.OTHER || kind == EntityType.ORGANIZATION) && (finalS(x, y) || finalS(y, x))) {
            return true;
        }
        if (x.length() != y.length() || VOWELS.indexOf(a) < 0 || VOWELS.indexOf(b) < 0) {
            return false;
        }
        return kind != EntityType.PERSON || a == 'i' && b == 'y' || a == 'y' && b == 'i';
    }

    /** "colts" is "colt" and an s. */
    private static boolean finalS(String longer, String shorter) {
        return longer.length() == shorter.length() + 1 && longer.endsWith("s") && longer.startsWith(shorter);
    }

    /** "raite" is "rait" and a silent e after a consonant. */
    private static boolean silentE(String longer, String shorter) {
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
