package org.newsbrief.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Comparison keys of names across transliterations: lower case, particles ("al-", "el-") and
 * hyphens dropped, q as k, ou and oo as u, and runs of one letter as one ("Baadeeen" and
 * "Baadeen" both give "baden"; "Maqsoud" and "Maksoud" both give "maksud"). Two names match when
 * they have as many tokens and every pair of tokens is equal or close by Jaro-Winkler (0.9) with
 * the same first letter and at most two letters' difference in length ("Badra" and "Badro"), so
 * "Jabal Badra" never matches "Jabal Saman", nor "Chile" "Children", nor "Britain" "Britons".
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

    static boolean sameName(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!x.equals(y) && (x.charAt(0) != y.charAt(0) || jaroWinkler(x, y) < TOKEN_SIMILARITY
                    || Math.min(x.length(), y.length()) < 4 || Math.abs(x.length() - y.length()) > MAX_LENGTH_DIFFERENCE
                    || editDistance(x, y) > (Math.min(x.length(), y.length()) >= LONG_WORD ? 2 : 1))) {
                return false;
            }
        }
        return true;
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
