package org.newsbrief.time;

import java.util.Set;
import org.newsbrief.model.Span;

/**
 * The tense of the sentence around a time expression, as far as its words make it clear. Future:
 * the sentence holds a future marker ("will", "is due to", "plans to"; see {@link TimeExpressionTagger}).
 * Past, when it holds none: a past auxiliary ("was", "were", "had", "did"), "ago", or a verb in the
 * simple past, a common irregular one ("began", "fled") or a lower-case word in -ed that follows
 * neither a form of "be" or "have" ("is scheduled", "has agreed": present and perfect) nor a
 * determiner or "to" ("the expected vote"), and is no verb that reports or plans ("announced",
 * "warned", "expected", "planned", which tell nothing of the clause they introduce: "he announced
 * he would run in January"). Names in -ed ("Ahmed", "United") are capitalised and do not count.
 * Unclear otherwise. HeidelTime (Str&ouml;tgen and Gertz 2013) reads the same cue from
 * part-of-speech tags to give a month without a year its year.
 */
enum Tense {
    PAST, FUTURE, UNCLEAR;

    /**
     * How far from a mention past markers are looked for, within its sentence: further back than
     * future markers, since the verb of a long news sentence often stands far before its date ("The
     * report focused on what it called a watershed in the conflict, the attack ... in late February").
     */
    private static final int PAST_BEFORE = 250;
    private static final int PAST_AFTER = 60;

    private static final Set<String> PAST_WORDS = Set.of("was", "were", "wasn't", "weren't", "had", "hadn't", "did",
            "didn't", "ago", "began", "came", "went", "took", "fell", "rose", "won", "lost", "left", "met", "held", "fled",
            "fought", "struck", "became", "broke", "built", "caught", "drew", "drove", "flew", "gave", "got", "grew",
            "kept", "led", "ran", "sank", "saw", "sent", "shot", "sold", "spent", "spoke", "stood", "stole", "swept",
            "threw", "wrote", "bought", "brought", "chose", "fed", "froze", "hid", "hung", "paid", "rode", "sat", "slept",
            "sought", "swore", "tore", "withdrew", "overthrew");
    /** Verbs in -ed that report or plan: they say nothing of the tense of the clause they introduce. */
    private static final Set<String> REPORTING = Set.of("announced", "reported", "stated", "noted", "warned", "insisted",
            "claimed", "explained", "predicted", "estimated", "expected", "scheduled", "planned", "proposed", "promised",
            "pledged", "vowed", "threatened", "hoped", "urged", "asked", "demanded", "decided", "agreed", "added",
            "indicated", "suggested", "confirmed", "acknowledged", "conceded", "revealed", "argued", "declared",
            "complained", "needed", "wanted", "intended", "aimed", "prepared");
    /** Words before an -ed form that make it a participle or adjective, not a simple past. */
    private static final Set<String> PARTICIPLE_BEFORE = Set.of("is", "are", "am", "be", "been", "being", "has",
            "have", "'s", "'ve", "the", "a", "an", "its", "his", "her", "their", "to");

    /** The tense of the sentence around {@code span} in {@code text}. */
    static Tense around(String text, Span span) {
        if (TimeExpressionTagger.speaksOfFuture(text, span)) {
            return FUTURE;
        }
        Span sentence = TimeExpressionTagger.sentenceAround(text, span, PAST_BEFORE, PAST_AFTER);
        return hasPastMarker(text, sentence.start(), sentence.end()) ? PAST : UNCLEAR;
    }

    boolean isFuture() {
        return this == FUTURE;
    }

    private static boolean hasPastMarker(String text, int from, int to) {
        String previous = "";
        int i = from;
        while (i < to) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (PAST_WORDS.contains(lower)) {
                return true;
            }
            if (word.length() >= 5 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))
                    && !REPORTING.contains(word) && !PARTICIPLE_BEFORE.contains(previous)) {
                return true;
            }
            previous = lower;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'';
    }
}
