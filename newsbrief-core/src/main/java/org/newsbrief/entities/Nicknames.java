package org.newsbrief.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person's two spellings by a given name and its familiar form ({@code nicknames.txt} beside this class): "Don
 * Yeomans" and "Donald K. Yeomans", "Bob Livingston" and "Robert L. Livingston". Without it a lone surname found two
 * full names of the man and joined neither (DUC 2003 d30012t; issue 5, seventeenth round). Stateless.
 */
final class Nicknames {

    /** Each given name and short form, as a folded key word ({@link NameKeys#fold}), to the given names it stands for. */
    private static final Map<String, Set<String>> GIVEN = load("nicknames.txt");

    private Nicknames() {
    }

    /**
     * Whether two names' keys ({@link NameKeys#tokens}) are one person's: two to four words, the same last word, first
     * words that are a given name and its short form (or two short forms of one given name), and the same words between
     * but for one middle initial that one of them leaves out ("Robert L. Livingston" / "Bob Livingston").
     */
    static boolean samePerson(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2 || a.size() > GivenNameTypes.MOST_WORDS || b.size() > GivenNameTypes.MOST_WORDS
                || a.get(0).equals(b.get(0)) || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        Set<String> givenA = GIVEN.get(a.get(0));
        Set<String> givenB = GIVEN.get(b.get(0));
        if (givenA == null || givenB == null || givenA.stream().noneMatch(givenB::contains)) {
            return false;
        }
        List<String> middleA = a.subList(1, a.size() - 1);
        List<String> middleB = b.subList(1, b.size() - 1);
        return middleA.equals(middleB) || oneInitialMore(middleA, middleB) || oneInitialMore(middleB, middleA);
    }

    /** Whether {@code longer} is {@code shorter} with one initial ("k") added somewhere. */
    private static boolean oneInitialMore(List<String> longer, List<String> shorter) {
        if (longer.size() != shorter.size() + 1) {
            return false;
        }
        for (int at = 0; at < longer.size(); at++) {
            if (longer.get(at).length() == 1 && Character.isLetter(longer.get(at).charAt(0))) {
                List<String> without = new ArrayList<>(longer);
                without.remove(at);
                if (without.equals(shorter)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each line of the list is a given name, then its short forms ({@link NameRules#loadWords} reads the lines). */
    private static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> given = new HashMap<>();
        for (String line : NameRules.loadWords(resource)) {
            List<String> words = Arrays.stream(line.split("\\s+")).map(NameKeys::fold).toList();
            for (String word : words) {
                given.computeIfAbsent(word, w -> new HashSet<>()).add(words.get(0));
            }
        }
        return Map.copyOf(given);
    }
}
