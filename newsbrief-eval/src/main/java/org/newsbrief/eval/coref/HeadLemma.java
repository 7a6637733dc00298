package org.newsbrief.eval.coref;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The head lemma of a mention, by a rule small enough to state: the last whitespace-separated
 * word holding a letter or digit ("in Aceh province" gives "province", "Advanced Micro Devices (
 * AMD" gives "amd"), lower-cased, without a possessive "'s", plural to singular (a few irregular
 * nouns, "-ies" to "-y", a final "s" dropped unless after s, u or i). Stateless.
 */
final class HeadLemma {

    private static final Map<String, String> IRREGULAR = Map.of("men", "man", "women", "woman", "people", "person",
            "children", "child", "police", "police", "wives", "wife", "lives", "life");

    /** Personal, possessive, relative and demonstrative pronouns. */
    static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
            "itself", "they", "them", "their", "theirs", "themselves", "we", "us", "our", "ours", "ourselves", "i", "me",
            "my", "mine", "myself", "you", "your", "yours", "yourself", "who", "whom", "whose", "which", "that", "this",
            "these", "those", "there", "here", "where");

    private HeadLemma() {
    }

    static String of(String mention) {
        String[] words = mention.strip().split("\\s+");
        String head = words[words.length - 1];
        for (int i = words.length - 1; i >= 0; i--) {
            if (words[i].codePoints().anyMatch(Character::isLetterOrDigit)) {
                head = words[i];
                break;
            }
        }
        String word = head.toLowerCase(Locale.ROOT).replaceFirst("['\u2019]s?$", "");
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static boolean pronoun(String mention) {
        return PRONOUNS.contains(mention.strip().toLowerCase(Locale.ROOT));
    }
}
