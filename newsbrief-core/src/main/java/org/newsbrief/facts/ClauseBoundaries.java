package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the clauses of a sentence end, for {@link ConceptCues}: one scan of the characters, no regular expression
 * (it runs on every sentence with a cue word of the brief's key figures). The rules are those of ConceptCues' class
 * comment; their phrases are tested in {@code ConceptCuesTest}. Immutable.
 *
 * @param hard positions where a clause ends, sorted
 * @param relative positions of the relative pronouns
 * @param asides [start, end) of each aside between spaced dashes or in brackets
 */
record ClauseBoundaries(List<Integer> hard, List<Integer> relative, List<int[]> asides) {

    /** Words that start a subordinate clause, and "but". */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while", "because", "although",
            "though", "unless", "but");
    /** Subject pronouns that make "if" before them open a condition of its own ("if I should die"; not "if not"). */
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "it");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "where", "that");
    /** Words after "and" or "or" that start a clause of their own: a verb or a subject. */
    private static final Set<String> CLAUSE_STARTS = Set.of("left", "fled", "hurt", "has", "have", "had", "was", "were",
            "is", "are", "he", "she", "they", "it", "we", "i", "there", "then", "that");
    /** Determiners that may start a new subject after "and": "and the blast killed 3". */
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
            "that", "these", "those");
    /** Past forms of verbs that do not end in -ed. */
    private static final Set<String> IRREGULAR_PAST = Set.of("left", "hurt", "fled", "shot", "hit", "struck", "took", "slew");
    /** Words that start an object after the verb: "killed 3", "killed the", "killed at least", "injured dozens". */
    private static final Set<String> OBJECT_STARTS = Set.of("the", "a", "an", "at", "more", "some", "about", "nearly",
            "around", "almost", "over", "up", "dozens", "hundreds", "thousands", "scores", "several", "many", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "its", "their", "his", "her");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "been",
            "will", "would");
    private static final int LONGEST_ASIDE = 150;

    /** The boundaries of a sentence, given also lower-cased (the same length). */
    static ClauseBoundaries of(String sentence, String lower) {
        int n = lower.length();
        List<Integer> hard = new ArrayList<>();
        List<Integer> relative = new ArrayList<>();
        List<Integer> auxiliaries = new ArrayList<>();
        List<int[]> ands = new ArrayList<>(); // [boundary position, end of "and "]
        List<int[]> dashes = new ArrayList<>(); // [start of the space before, end of the space after]
        List<int[]> asides = new ArrayList<>();
        int open = -1;
        int i = 0;
        while (i < n) {
            char ch = lower.charAt(i);
            if (Character.isLetter(ch)) {
                int end = i;
                while (end < n && Character.isLetter(lower.charAt(end))) {
                    end++;
                }
                word(lower, i, end, hard, relative, auxiliaries, ands);
                i = end;
                continue;
            }
            switch (ch) {
                case ';', ':', '?', '!', '[', ']' -> hard.add(i);
                case '(' -> {
                    hard.add(i);
                    open = i;
                }
                case ')' -> {
                    hard.add(i);
                    if (open >= 0 && i - open <= LONGEST_ASIDE + 1 && i > open + 1) {
                        asides.add(new int[] {open, i + 1});
                    }
                    open = -1;
                }
                case '—', '–', '-' -> dash(lower, i, hard, dashes);
                case '.' -> fullStop(sentence, lower, i, hard);
                case ',' -> {
                    if (participleAfter(lower, i + 1)) {
                        hard.add(i);
                    }
                }
                default -> {
                }
            }
            i++;
        }
        for (int d = 0; d + 1 < dashes.size(); d++) {
            int[] first = dashes.get(d);
            int[] second = dashes.get(d + 1);
            if (second[0] - first[1] >= 1 && second[0] - first[1] <= LONGEST_ASIDE && noDashOrBracket(lower, first[1], second[0])) {
                asides.add(new int[] {first[0], second[1]});
                d++;
            }
        }
        for (int r : relative) {
            commaRelative(lower, r, asides);
        }
        frontedClause(lower, hard);
        for (int[] and : ands) {
            // "12 have been killed and 30 have been recruited": an auxiliary on both sides makes two clauses
            int from = ConceptCues.clauseStart(hard, and[0]);
            int to = ConceptCues.clauseEnd(hard, and[1], n);
            if (any(auxiliaries, from, and[0]) && any(auxiliaries, and[1], to)) {
                hard.add(and[0]);
            }
        }
        hard.sort(null);
        asides.sort((a, b) -> Integer.compare(a[0], b[0]));
        return new ClauseBoundaries(hard, relative, asides);
    }

    private static void word(String lower, int start, int end, List<Integer> hard, List<Integer> relative,
            List<Integer> auxiliaries, List<int[]> ands) {
        int length = end - start;
        if (length > 8) {
            return;
        }
        String word = lower.substring(start, end);
        if (SUBORDINATORS.contains(word) || word.equals("if") && PRONOUNS.contains(nextWord(lower, end))) {
            hard.add(start); // "my two twins at home, and if I should die": a condition, not the twins' fate
        } else if (RELATIVES.contains(word)) {
            relative.add(start);
        } else if (AUXILIARIES.contains(word)) {
            auxiliaries.add(start);
        }
        if ((word.equals("and") || word.equals("or")) && start > 0 && Character.isWhitespace(lower.charAt(start - 1))
                && end < lower.length() && Character.isWhitespace(lower.charAt(end))) {
            int position = start - 1;
            if (position > 0 && lower.charAt(position - 1) == ',') {
                position--;
            }
            int next = end;
            while (next < lower.length() && Character.isWhitespace(lower.charAt(next))) {
                next++;
            }
            int nextEnd = next;
            while (nextEnd < lower.length() && Character.isLetter(lower.charAt(nextEnd))) {
                nextEnd++;
            }
            String following = lower.substring(next, nextEnd);
            if (!following.isEmpty() && (following.endsWith("ed") || following.endsWith("ing") || CLAUSE_STARTS.contains(following)
                    || SUBJECT_DETERMINERS.contains(following) && newSubject(lower, nextEnd))) {
                hard.add(position);
            } else if (word.equals("and")) {
                ands.add(new int[] {position, end + 1});
            }
        }
    }

    /** The word of letters after position, white space skipped; "" if none. */
    private static String nextWord(String lower, int position) {
        int next = position;
        while (next < lower.length() && Character.isWhitespace(lower.charAt(next))) {
            next++;
        }
        int end = next;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return lower.substring(next, end);
    }

    /** Words that open a fronted adverbial clause, closed by its first comma when a verb in -ing follows ("Aside from killing three, ..."). */
    private static final List<String> FRONTED = List.of("aside from ", "apart from ", "besides ", "in addition to ",
            "despite ", "after ", "before ", "while ", "since ", "when ", "although ", "though ", "because ", "unless ");

    /**
     * A fronted adverbial clause with a verb in -ing of its own ends at its first comma: "Aside from killing three
     * people on the island, Georges destroyed nearly 30,000 houses" (the houses were not killed); not "Since the
     * quake, ..." (the event it names is the count's).
     */
    private static void frontedClause(String lower, List<Integer> hard) {
        for (String opener : FRONTED) {
            if (lower.startsWith(opener) && participleAfter(lower, opener.length() - 1)) {
                int comma = commaAfter(lower, opener.length());
                if (comma > 0) {
                    hard.add(comma);
                }
                return;
            }
        }
    }

    /** The first comma at or after {@code from} that is not inside a number ("1,500"); -1 if none. */
    private static int commaAfter(String lower, int from) {
        int comma = lower.indexOf(',', from);
        while (comma > 0 && comma + 1 < lower.length() && Character.isDigit(lower.charAt(comma - 1))
                && Character.isDigit(lower.charAt(comma + 1))) {
            comma = lower.indexOf(',', comma + 1);
        }
        return comma;
    }

    /** Finite verbs that resume a clause after an aside: "Jackson, who died in June, had spent months ...". */
    private static final Set<String> FINITE = Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would",
            "did", "does", "could", "can", "may", "might", "must", "should", "said", "says");

    /**
     * A relative clause between commas whose second comma is followed by a finite verb is an aside: "Jackson, who
     * died on 25 June aged 50, had spent months rehearsing for 50 concerts" (the concerts did not die).
     */
    private static void commaRelative(String lower, int r, List<int[]> asides) {
        if (r < 2 || lower.charAt(r - 1) != ' ' || lower.charAt(r - 2) != ',' || !(lower.startsWith("who ", r)
                || lower.startsWith("which ", r) || lower.startsWith("where ", r))) {
            return;
        }
        int comma = commaAfter(lower, r);
        if (comma < 0 || comma - r > LONGEST_ASIDE) {
            return;
        }
        int start = skipSpaces(lower, comma + 1);
        int end = start;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        String next = lower.substring(start, end);
        if (start > comma + 1 && (FINITE.contains(next) || next.length() > 4 && next.endsWith("ed"))) {
            asides.add(new int[] {r - 2, comma + 1});
        }
    }

    /**
     * Whether a determiner after "and" starts a clause of its own: one or two words, a past verb, then its object
     * ("Troops moved 200 families and the shelling killed 9 civilians": the families were not killed); not "12
     * soldiers and a civilian killed in the attack", where the verb has no object and "killed" is said of both.
     */
    private static boolean newSubject(String lower, int from) {
        int at = from;
        for (int words = 0; words < 3; words++) {
            int start = skipSpaces(lower, at);
            int end = start;
            while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                end++;
            }
            if (end == start) {
                return false;
            }
            String word = lower.substring(start, end);
            if (words > 0 && (word.endsWith("ed") || IRREGULAR_PAST.contains(word))) {
                return objectFollows(lower, end);
            }
            at = end;
        }
        return false;
    }

    private static boolean objectFollows(String lower, int from) {
        int start = skipSpaces(lower, from);
        if (start == from || start >= lower.length()) {
            return false;
        }
        if (Character.isDigit(lower.charAt(start))) {
            return true;
        }
        int end = start;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return OBJECT_STARTS.contains(lower.substring(start, end));
    }

    private static int skipSpaces(String lower, int from) {
        int i = from;
        while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A dash set off by white space on either side ("a — b", "a -- b", "a - b"; "a —b" for the long dashes). */
    private static void dash(String lower, int i, List<Integer> hard, List<int[]> dashes) {
        char ch = lower.charAt(i);
        boolean spaceBefore = i > 0 && Character.isWhitespace(lower.charAt(i - 1));
        int after = i + 1;
        if (ch == '-' && after < lower.length() && lower.charAt(after) == '-') {
            after++;
        }
        boolean spaceAfter = after < lower.length() && Character.isWhitespace(lower.charAt(after));
        if (spaceBefore && spaceAfter) {
            hard.add(i - 1);
            dashes.add(new int[] {i - 1, after + 1});
        } else if (ch != '-' && (spaceBefore || spaceAfter)) {
            hard.add(spaceBefore ? i - 1 : i);
        }
    }

    /** "fled.a neighbour": a full stop between letters after a word of three; "the island. Workers" in the text. */
    private static void fullStop(String sentence, String lower, int i, List<Integer> hard) {
        if (letters(lower, i) >= 3 && i + 1 < lower.length() && Character.isLetter(lower.charAt(i + 1))) {
            hard.add(i);
            return;
        }
        int next = i + 1;
        while (next < sentence.length() && Character.isWhitespace(sentence.charAt(next))) {
            next++;
        }
        if (next > i + 1 && next < sentence.length() && Character.isUpperCase(sentence.charAt(next))
                && lowerLetters(sentence, i) >= 4) {
            hard.add(i + 1);
        }
    }

    private static int letters(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return end - i;
    }

    private static int lowerLetters(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
            i--;
        }
        return end - i;
    }

    /** ", killing six": a word in -ing after the comma (not "including", "excluding"). */
    private static boolean participleAfter(String lower, int from) {
        int start = from;
        while (start < lower.length() && Character.isWhitespace(lower.charAt(start))) {
            start++;
        }
        if (start == from) {
            return false;
        }
        int end = start;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        if (end - start < 4 || !lower.startsWith("ing", end - 3) || (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end)))) {
            return false;
        }
        String word = lower.substring(start, end);
        return !word.equals("including") && !word.equals("excluding");
    }

    private static boolean noDashOrBracket(String lower, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = lower.charAt(i);
            if (ch == '—' || ch == '–' || ch == '(' || ch == ')') {
                return false;
            }
        }
        return true;
    }

    private static boolean any(List<Integer> positions, int from, int to) {
        for (int p : positions) {
            if (p >= from && p < to) {
                return true;
            }
        }
        return false;
    }
}
