package org.newsbrief.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.analysis.TermAnalyzer;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

/**
 * The term counts of one article for its signature: body terms once per occurrence, the terms of
 * names (capitalised words inside a sentence, see {@link #isName}) {@code nameWeight} more times,
 * title terms {@code titleWeight} times, in order of first appearance (body, then title). Names
 * tell apart two similar events (two earthquakes, two rehab check-ins) that share their common
 * words. Per article, so it runs wherever the article was analysed. Thread-safe (Lucene keeps its
 * token streams per thread).
 */
public final class TermCounts {

    /** Extra counts of a name's terms, chosen on DUC 2003 and ECB+ topics 1-35 (bench/cluster.md). */
    public static final int NAME_WEIGHT = 1;
    /** Counts of a title's terms. */
    public static final int TITLE_WEIGHT = 2;

    private final TermAnalyzer analyzer;
    private final int nameWeight;

    public TermCounts() {
        this(new TermAnalyzer(), NAME_WEIGHT);
    }

    TermCounts(TermAnalyzer analyzer, int nameWeight) {
        this.analyzer = java.util.Objects.requireNonNull(analyzer, "analyzer");
        if (nameWeight < 0) {
            throw new IllegalArgumentException("nameWeight must be >= 0: " + nameWeight);
        }
        this.nameWeight = nameWeight;
    }

    /** Term to count, in order of first appearance. */
    public LinkedHashMap<String, Integer> of(Document document) {
        return counted(document).counts();
    }

    /**
     * An article's term counts and the terms of its names as {@link StorySeparation} compares
     * stories by them: the capitalised words inside a sentence ({@link #isName}) less those the
     * article writes in lower case more often ("President", "County": common words in a
     * name; a name once in a web address's lower case stays) and the names of days and months
     * ({@link #CALENDAR}).
     *
     * @param counts term to count, as {@link #of(Document)}
     * @param names the distinct terms of those names in order of first appearance, each also in {@code counts}
     */
    public record Counted(LinkedHashMap<String, Integer> counts, List<String> names) {
        public Counted {
            names = List.copyOf(names);
        }
    }

    /** Days, months and their short forms: capitalised, but no one's name. */
    static final java.util.Set<String> CALENDAR = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** The article's term counts with the terms of its names (see {@link Counted}). */
    public Counted counted(Document document) {
        LinkedHashMap<String, Integer> tf = new LinkedHashMap<>();
        List<String> capitalised = new java.util.ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            sentence.terms().forEach(term -> tf.merge(term, 1, Integer::sum));
            List<String> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                if (isName(tokens.get(i), tokens.get(i - 1))) {
                    capitalised.add(tokens.get(i));
                }
            }
        }
        // how often the article writes each capitalised word so, and in lower case
        int size = capitalised.size();
        int[][] seenOf = new int[size][];
        Map<String, int[]> capitals = new java.util.HashMap<>();
        for (int t = 0; t < size; t++) {
            String lower = capitalised.get(t).toLowerCase(java.util.Locale.ROOT);
            int[] seen = capitals.get(lower);
            if (seen == null) {
                seen = new int[2];
                capitals.put(lower, seen);
            }
            seen[0]++;
            seenOf[t] = seen;
        }
        if (size > 0) {
            for (Sentence sentence : document.sentences()) {
                for (String token : sentence.tokens()) {
                    int[] seen = !token.isEmpty() && Character.isLowerCase(token.charAt(0)) ? capitals.get(token) : null;
                    if (seen != null) {
                        seen[1]++;
                    }
                }
            }
        }
        // the capitalised words in one text, analysed once; each term placed back on its word by offset
        StringBuilder names = new StringBuilder();
        int[] starts = new int[size];
        boolean[] entity = new boolean[size];
        for (int t = 0; t < size; t++) {
            String token = capitalised.get(t);
            starts[t] = names.length();
            int[] seen = seenOf[t];
            entity[t] = seen[1] <= seen[0] && !calendar(token);
            names.append(token).append(' ');
        }
        java.util.LinkedHashSet<String> nameTerms = new java.util.LinkedHashSet<>();
        if (names.length() > 0) {
            analyzer.terms(names.toString(), (term, start) -> {
                if (tf.containsKey(term)) {
                    if (nameWeight > 0) {
                        tf.merge(term, nameWeight, Integer::sum);
                    }
                    int t = java.util.Arrays.binarySearch(starts, start);
                    if (entity[t < 0 ? -t - 2 : t]) {
                        nameTerms.add(term);
                    }
                }
            });
        }
        analyzer.terms(document.article().title()).forEach(term -> tf.merge(term, TITLE_WEIGHT, Integer::sum));
        return new Counted(tf, List.copyOf(nameTerms));
    }

    /** Whether a capitalised word is a day or a month ("Friday", "Nov."). */
    static boolean calendar(String token) {
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        return CALENDAR.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    /**
     * Whether a token inside a sentence is (part of) a name: it starts with a capital and has a
     * lower-case letter ("Lohan", "McCain"; not "US", not "I"), and does not open a clause after
     * a colon or a quote, where any word is capitalised.
     */
    static boolean isName(String token, String previous) {
        if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i < token.length() && !lower; i++) {
            lower = Character.isLowerCase(token.charAt(i));
        }
        return lower && !previous.equals(":") && !previous.equals("\"") && !previous.equals("``") && !previous.equals("“");
    }

    /** Counts a whole collection in input order. */
    java.util.List<Map<String, Integer>> of(java.util.List<Document> documents) {
        return documents.stream().<Map<String, Integer>>map(this::of).toList();
    }
}
