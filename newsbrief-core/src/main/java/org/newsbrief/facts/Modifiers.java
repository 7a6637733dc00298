package org.newsbrief.facts;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The modifier words before a number ("about", "more than", "up to": {@link QuantityRules#MODIFIERS})
 * and the interval each gives the value. Stateless and thread-safe.
 */
final class Modifiers {

    private Modifiers() {
    }

    /**
     * Verbs whose "over" is a particle, the number their object: "handed over $1,000 cash", "turned over 40 files",
     * "forked over $500" (not "more than").
     */
    private static final Set<String> HANDING = Set.of("hand", "hands", "handed", "handing", "turn", "turns", "turned",
            "turning", "sign", "signs", "signed", "signing", "fork", "forks", "forked", "forking", "shell", "shells",
            "shelled", "shelling");

    /**
     * Words whose "about" names their topic, a preposition before the number: "information about three Britons", "a novel
     * about two sisters", "lying about one of them", "questions posed about two of my poems".
     */
    private static final Set<String> TOPIC_WORDS = Set.of("information", "news", "story", "stories", "novel", "novels",
            "book", "books", "film", "films", "article", "articles", "myth", "myths", "question", "questions", "posed",
            "concern", "concerns", "detail", "details", "rumor", "rumors", "rumour", "rumours", "talk", "talking", "talked",
            "think", "thinking", "thought", "lie", "lying", "lied", "worry", "worried", "worrying", "complain", "complained",
            "complaining", "care", "cared", "cares", "forget", "forgot", "learn", "learned", "learnt", "know", "knew");

    /**
     * The end of an amount right before "over", which is then a preposition, not a bound: "$4 billion over five years",
     * "70 times over five years", "rose 3 percent over 10 years" (during them).
     */
    private static final Pattern AMOUNT_END = Pattern.compile(
            "(?:\\d%?|\\b(?:million|billion|trillion|thousand|hundred|percent|cent|times|points?))\\s*$");

    /** The modifier right before a number and its change label ("more than" and {@code >}), else null. */
    static Map.Entry<String, String> modifier(String before) {
        String trimmed = before.stripTrailing();
        for (Map.Entry<String, String> entry : QuantityRules.MODIFIERS) {
            String key = entry.getKey();
            if (trimmed.endsWith(key) && (trimmed.length() == key.length()
                    || trimmed.charAt(trimmed.length() - key.length() - 1) == ' ')) {
                String lead = trimmed.substring(0, trimmed.length() - key.length());
                if (key.equals("about") && TOPIC_WORDS.contains(NearbyWords.lastWord(lead).toLowerCase(Locale.ROOT))) {
                    return null; // "information about three Britons", "a novel about two girls": the topic, not about
                }
                return key.equals("over") && (HANDING.contains(NearbyWords.lastWord(lead))
                        || AMOUNT_END.matcher(lead).find()) ? null : entry;
            }
        }
        return null;
    }

    /**
     * The interval a modifier gives: exact {@code [v, v]}; "about", "around", "some", and an average
     * ("averaged 7 points a game", "barely 6 times") within 2.5%;
     * "nearly", "almost", "close to" from 5% under to v; "more than", "over", "at least" from v up;
     * "less than", "fewer than", "under", "up to", "a maximum of", "younger than" from 0 to v ("a minimum of", "older
     * than", "in excess of" from v up); vague
     * plurals their own range. Negated bounds
     * are the other bound: "no less than" from v up, "no more than", "not exceeding" from 0 to v.
     */
    static double[] interval(Candidate c, String modifier) {
        double v = c.value();
        if (modifier == null) {
            return new double[] {c.low(), c.high()};
        }
        return switch (modifier) {
            case "about", "around", "some", "approximately", "roughly", "an estimated", "estimated", "averaged",
                    "averaging", "averages", "barely" ->
                    new double[] {v * 0.975, v * 1.025};
            case "nearly", "almost", "close to", "just under" -> new double[] {v * 0.95, v};
            case "more than", "greater than", "over", "above", "exceeding", "just over", "at least", "no less than",
                    "not less than", "no fewer than", "not fewer than", "minimum of", "older than", "longer than",
                    "in excess of", "upwards of", "upward of", "no younger than" ->
                    new double[] {v, Double.POSITIVE_INFINITY};
            default -> new double[] {0, Math.max(v, c.high())};
        };
    }

    /** A capitalised word before a number that is not itself a modifier ("About 40") names the number. */
    static boolean modifierWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return QuantityRules.MODIFIERS.stream().noneMatch(e -> e.getKey().equals(lower) || e.getKey().endsWith(" " + lower));
    }
}
