package org.newsbrief.time;

import java.util.regex.Pattern;
import org.newsbrief.model.Span;

/**
 * The tense of the sentence around a time expression, as far as its words make it clear. Future:
 * the sentence holds a future marker ("will", "is due to", "plans to"; see {@link TimeExpressionTagger}).
 * Past, when it holds none: a past auxiliary ("was", "were", "had", "did"), "ago", or a verb in the
 * simple past, a common irregular one ("began", "fled") or a word in -ed that follows neither a form
 * of "be" or "have" ("is scheduled", "has agreed": present and perfect) nor a determiner or "to"
 * ("the expected vote", "to be finished"), and is no verb that reports or plans ("announced",
 * "warned", "expected", "planned", which tell nothing of the clause they introduce: "he announced
 * he would run in January"); lower-case only, so that names ("Ahmed", "United") do not count. Unclear otherwise. HeidelTime (Str&ouml;tgen and Gertz 2013) reads the
 * same cue from part-of-speech tags to give a month without a year its year.
 */
enum Tense {
    PAST, FUTURE, UNCLEAR;

    private static final Pattern PAST_MARKER = Pattern.compile("\\b(?:(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id)(?:n't)?|ago"
            + "|(?<!\\b(?:is|are|am|be|been|being|has|have|'s|'ve|the|a|an|its|his|her|their|to)\\s)"
            + "(?:(?!(?:announc|report|stat|not|warn|insist|claim|explain|predict|estimat|expect|schedul|plann"
            + "|propos|promis|pledg|vow|threaten|hop|urg|ask|demand|decid|agre|add|indicat|suggest|confirm|acknowledg"
            + "|conced|reveal|argu|declar|complain|need|want|intend|aim|prepar)ed\\b)[a-z]{3,}ed"
            + "|began|came|went|took|fell|rose|won|lost|left|met|held|fled|fought|struck|became|broke|built|caught"
            + "|drew|drove|flew|gave|got|grew|kept|led|ran|sank|saw|sent|shot|sold|spent|spoke|stood|stole|swept"
            + "|threw|wrote|bought|brought|chose|fed|froze|hid|hung|paid|rode|sat|slept|sought|swore|tore|withdrew"
            + "|overthrew))\\b");

    /**
     * How far from a mention past markers are looked for, within its sentence: further back than
     * future markers, since the verb of a long news sentence often stands far before its date ("The
     * report focused on what it called a watershed in the conflict, the attack ... in late February").
     */
    private static final int PAST_BEFORE = 250;
    private static final int PAST_AFTER = 60;

    /** The tense of the sentence around {@code span} in {@code text}. */
    static Tense around(String text, Span span) {
        if (TimeExpressionTagger.speaksOfFuture(text, span)) {
            return FUTURE;
        }
        Span sentence = TimeExpressionTagger.sentenceAround(text, span, PAST_BEFORE, PAST_AFTER);
        return PAST_MARKER.matcher(text).region(sentence.start(), sentence.end()).find() ? PAST : UNCLEAR;
    }

    boolean isFuture() {
        return this == FUTURE;
    }
}
