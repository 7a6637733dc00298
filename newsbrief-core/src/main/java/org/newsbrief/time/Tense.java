package org.newsbrief.time;

import java.util.Locale;
import java.util.Set;
import org.newsbrief.model.Span;

/**
 * The tense of the sentence around a time expression, as far as its words make it clear: the tense
 * marker nearest before the expression decides, as HeidelTime (Str&ouml;tgen and Gertz 2013) takes
 * the tense of the last verb before it ("BP had ... made efforts and accepts it may not be contained
 * until relief wells become ready in August": "may", not "had"); without one before it, the first
 * marker after it ("In August the rig will ..."; after it, modals and "is" or "are" do not count,
 * they mostly open another clause). Markers: future, a future auxiliary or phrase ("will", "is due
 * to", "plans to", "expected to"); modal, a modal verb ("may", "could", "must"), which is no
 * past but no future either; present, "is", "are" or "am"; past, a past auxiliary ("was", "were", "had", "did"),
 * "ago", a modal perfect ("might have leaked"), or a verb in the simple past, a common irregular one
 * ("began", "fled") or a lower-case word in -ed, that follows neither a form of "be" or "have" ("is
 * scheduled", "will be held", "is not stopped", "has agreed": passive, present and perfect) nor a
 * determiner, "to" or a preposition ("the expected vote", "of escaped oil"), and is no verb that
 * reports or plans ("announced", "warned", "expected", "planned", which tell nothing of the clause
 * they introduce: "he announced he would run in January"). Names in -ed ("Ahmed", "United") are
 * capitalised and do not count. Unclear otherwise. Markers are looked for within the sentence, up
 * to 250 characters before the expression and 60 after, in one pass over its words.
 */
enum Tense {
    PAST, FUTURE, MODAL, PRESENT, UNCLEAR;

    /**
     * How far from a mention markers are looked for, within its sentence: the verb of a long news
     * sentence often stands far before its date ("The report focused on what it called a watershed in
     * the conflict, the attack ... in late February").
     */
    private static final int BEFORE = 250;
    private static final int AFTER = 60;

    /** Past auxiliaries and "ago": past wherever they stand. */
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "wasn't", "weren't", "had", "hadn't", "did",
            "didn't", "ago");
    /** Common irregular simple pasts; after a form of "be" or "have" they are participles ("will be held"). */
    private static final Set<String> PAST_WORDS = Set.of("began", "came", "went", "took", "fell", "rose", "won", "lost",
            "left", "met", "held", "fled", "fought", "struck", "became", "broke", "built", "caught", "drew", "drove", "flew",
            "gave", "got", "grew", "kept", "led", "ran", "sank", "saw", "sent", "shot", "sold", "spent", "spoke", "stood",
            "stole", "swept", "threw", "wrote", "bought", "brought", "chose", "fed", "froze", "hid", "hung", "paid", "rode",
            "sat", "slept", "sought", "swore", "tore", "withdrew", "overthrew");
    /** Verbs in -ed that report or plan: they say nothing of the tense of the clause they introduce. */
    private static final Set<String> REPORTING = Set.of("announced", "reported", "stated", "noted", "warned", "insisted",
            "claimed", "explained", "predicted", "estimated", "expected", "scheduled", "planned", "proposed", "promised",
            "pledged", "vowed", "threatened", "hoped", "urged", "asked", "demanded", "decided", "agreed", "added",
            "indicated", "suggested", "confirmed", "acknowledged", "conceded", "revealed", "argued", "declared",
            "complained", "needed", "wanted", "intended", "aimed", "prepared");
    /**
     * Words before an -ed form or an irregular past that make it a participle or adjective, not a
     * simple past: forms of "be" and "have", determiners, "to" and prepositions ("a peak of escaped oil").
     */
    private static final Set<String> PARTICIPLE_BEFORE = Set.of("is", "are", "am", "be", "been", "being", "has",
            "have", "'s", "'ve", "the", "a", "an", "its", "his", "her", "their", "to", "of", "in", "on", "at", "by",
            "with", "from", "for", "into");
    /** Future auxiliaries that stand alone ("will", "won't", "shall"; "'ll" is matched by its ending). */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "won't", "shall");
    /** Words that make a following "to" a future ("due to", "expected to", "plans to", "hopes to", "intends to"). */
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("due", "expect", "expects", "expected", "plan", "plans",
            "hope", "hopes", "intend", "intends");
    /** Words that make a following "to" a future after "is" or "are" ("is set to", "are going to", "is likely to"). */
    private static final Set<String> FUTURE_AFTER_BE_BEFORE_TO = Set.of("set", "going", "likely");
    /** Modal verbs (lower case only: "May" is a month). */
    private static final Set<String> MODALS = Set.of("may", "might", "can", "cannot", "can't", "could", "couldn't",
            "must", "should", "shouldn't", "would", "wouldn't");

    /** The tense of the sentence around {@code span} in {@code text}. */
    static Tense around(String text, Span span) {
        Span sentence = TimeExpressionTagger.sentenceAround(text, span, BEFORE, AFTER);
        Tense before = lastMarker(text, sentence.start(), span.start(), false);
        return before != UNCLEAR ? before : lastMarker(text, span.end(), sentence.end(), true);
    }

    boolean isFuture() {
        return this == FUTURE;
    }

    /** The last tense marker in {@code [from, to)}, or the first when {@code first}; UNCLEAR when none. */
    private static Tense lastMarker(String text, int from, int to, boolean first) {
        Tense last = UNCLEAR;
        String previous = "";
        String beforePrevious = "";
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
            String lower = word.toLowerCase(Locale.ROOT);
            Tense marker = marker(word, lower, previous, beforePrevious);
            if ((marker == MODAL || marker == PRESENT) && first) {
                // after the date a modal mostly belongs to a reported clause ("in July, X said it could ..."), and
                // "is" or "are" to the future that follows ("talks on Wednesday and is then expected to ...")
                marker = UNCLEAR;
            }
            if (marker != UNCLEAR) {
                if (first) {
                    return marker;
                }
                last = marker;
            }
            if (!lower.equals("not") && !lower.equals("never")) { // "is not stopped" is passive, as "is stopped"
                beforePrevious = previous;
                previous = lower;
            }
        }
        return last;
    }

    private static Tense marker(String word, String lower, String previous, String beforePrevious) {
        if (MODALS.contains(word)) {
            return MODAL;
        }
        if (FUTURE_WORDS.contains(lower) || lower.endsWith("'ll")
                || lower.equals("to") && (FUTURE_BEFORE_TO.contains(previous)
                        || FUTURE_AFTER_BE_BEFORE_TO.contains(previous) && isPresentBe(beforePrevious))
                || (lower.equals("due") || lower.equals("scheduled")) && isPresentBe(previous)) {
            return FUTURE;
        }
        if (lower.equals("is") || lower.equals("are") || lower.equals("am")) {
            return PRESENT;
        }
        if (PAST_AUXILIARIES.contains(lower) || previous.equals("have") && MODALS.contains(beforePrevious)
                && isParticiple(lower)) {
            return PAST; // "might have leaked", "would have acted": a modal perfect looks back ("should have the vaccine" does not)
        }
        if (PARTICIPLE_BEFORE.contains(previous)) {
            return UNCLEAR; // "will be held", "has left", "the expected vote", "of escaped oil"
        }
        if (PAST_WORDS.contains(lower) || word.length() >= 5 && word.endsWith("ed")
                && Character.isLowerCase(word.charAt(0)) && !REPORTING.contains(word)) {
            return PAST;
        }
        return UNCLEAR;
    }

    private static boolean isParticiple(String lower) {
        return lower.endsWith("ed") || lower.endsWith("en") || PAST_WORDS.contains(lower);
    }

    private static boolean isPresentBe(String word) {
        return word.equals("is") || word.equals("are");
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'';
    }
}
