package org.newsbrief.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.time.TimeMention;

/**
 * Recognises a whole conflict's running total among the figures ({@link FigureScope#WHOLE_CONFLICT}), so that it
 * is not grouped with one episode's toll. A value is a whole-conflict total when its clause ({@link ClauseBoundaries})
 * says so in one of three ways:
 * <ol>
 * <li>a conflict word is the agent of the count: it stands before the number, linked to it by a verb or an
 * auxiliary ("the war has killed", "a conflict that claimed the lives of", "the uprising, in which the UN says
 * ... died", "the crackdown has cost 5,000 lives");</li>
 * <li>the count happened in, during, throughout or since the conflict: a concept's word followed by "in",
 * "during" or "throughout" and a conflict word within four words, none of them "of" ("have died in the country's
 * long civil war", "killed during the five-year uprising", "died in 17 months of unrest"; not "died on one of the bloodiest days in the
 * uprising", which is one day of it, nor "in the worst attack of the war"), or "since" and a conflict word within
 * three words anywhere in the clause ("since the war began", "since the start of the war"), where the start of
 * protests, demonstrations or a crisis is the start of the conflict too ("since protests erupted in March");</li>
 * <li>its window starts at least {@value #LONG_WINDOW_DAYS} days before its article was published ("since March
 * last year" in an article of February): a count summed over half a year or more is a running total, not one
 * episode's toll ({@link FigureScope#RUNNING_TOTAL} when rules 1 and 2 do not name a conflict).</li>
 * </ol>
 * Conflict words are strong (war, civil war, conflict, uprising, insurgency, rebellion, revolt, revolution) or weak
 * (violence, unrest, crackdown, bloodshed); a weak word counts only with a perfect auxiliary in the clause ("the
 * violence has killed 5,000"), because in the simple past it names a day's events ("violence on Friday left 12
 * dead"). "Fighting", "clashes", "attack" and "offensive" name episodes and are no conflict words. A conflict word
 * that modifies a noun ("war crimes", "war zone", "war-torn") is not the conflict. Rules 1 and 2 yield to a window
 * that dates the count ("the war killed 40 people on Sunday", "in 2014 the conflict killed 76,000": that day's or
 * year's toll), unless the date is that of a report of the count ("a meeting on Tuesday was told 7,500 had died in
 * the unrest"); an undated count or one since a date is the total. A rate ("a war which claims two lives daily")
 * is no total. Stateless and thread-safe.
 */
final class ConflictTotals {

    /** Days between the start of a "since" window and the article's date from which the count is a running total. */
    static final int LONG_WINDOW_DAYS = 180;

    private static final String NOUN_END = "(?![\\p{L}-])(?!\\s+(?:zones?|crimes?|criminals?|correspondents?|planes?"
            + "|games|veterans?|memorials?|reporters?|chest|effort|footing|room)\\b)";
    /** After "in the war": not its possessive ("in the war's first week" is a part of it). */
    private static final String NOUN_END_WHOLE = NOUN_END + "(?!['’]s\\b)";
    private static final String STRONG = "(?:wars?|conflicts?|uprisings?|insurgency|rebellion|revolt|revolution)";
    private static final String WEAK = "(?:violence|unrest|crackdown|bloodshed)";
    private static final Pattern AGENT = Pattern.compile("\\b(" + STRONG + "|" + WEAK + ")" + NOUN_END
            + ".*?\\b(?:has|have|had|killed|claimed|cost|taken|left|displaced|forced|driven|uprooted|in\\s+which"
            + "|during\\s+which)\\b");
    /** Words between "in" and the conflict word ("in the country's long civil war"), never "of" ("the worst day of the war"). */
    private static final String WORDS = "(?:(?!(?:of|in|on|at|after|before)\\s)[\\p{L}\\d'’-]+\\s+)";
    /** A cue word of a concept, then "in", "during" or "throughout" the conflict: "have died in the civil war". */
    private static final Pattern DURING = Pattern.compile("\\b(?:killed|died|dead|deaths|lives|perished|slain|executed"
            + "|wounded|injured|fled|displaced|detained|arrested|captured|missing)\\s+(?:(?:so\\s+far|already)\\s+)?"
            + "(?:in|during|throughout)\\s+" + WORDS + "{0,4}(?:(?:months?|years?|weeks?)\\s+of\\s+" + WORDS + "{0,2})?("
            + STRONG + "|" + WEAK + ")" + NOUN_END_WHOLE);
    /** The start of a movement or crisis is the conflict's start ("since protests erupted in March"). */
    private static final String SINCE_ONLY = "(?:protests|demonstrations|crisis)";
    /** "since" the conflict or its start, anywhere in the clause: "since the war began", "since the start of the revolt". */
    private static final Pattern SINCE = Pattern.compile("\\bsince\\s+" + WORDS + "{0,3}(?:(?:of|(?:began|started|launched)"
            + "\\s+(?:its|their|the|a|an))\\s+" + WORDS + "{0,2})?("
            + STRONG + "|" + WEAK + "|" + SINCE_ONLY + ")" + NOUN_END_WHOLE);
    /** A rate is no total: "a war which claims two lives daily". */
    private static final Pattern RATE = Pattern.compile("\\b(?:daily|weekly|monthly|(?:a|per|each|every)\\s+(?:day|week|month))\\b");
    private static final Pattern PERFECT = Pattern.compile("\\b(?:has|have|had)\\b");
    private static final Pattern SINCE_DATE = Pattern.compile("since (\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private ConflictTotals() {
    }

    /**
     * The scope of the value at {@code [start, end)} of a sentence, given the sentence in lower case, its clause
     * boundaries ({@link ClauseBoundaries#hard()}), the value's window ({@link FigureValue#window()}) and its
     * article's publication date (null when unknown).
     */
    static FigureScope scope(String lower, List<Integer> hard, int start, int end, String window,
            LocalDate published, List<TimeMention> mentions) {
        FigureScope byWords = byWords(lower, hard, start, end, window, mentions);
        return byWords == FigureScope.EPISODE && longWindow(window, published) ? FigureScope.RUNNING_TOTAL : byWords;
    }

    /** Rules 1 and 2. */
    private static FigureScope byWords(String lower, List<Integer> hard, int start, int end, String window,
            List<TimeMention> mentions) {
        if (!namesConflict(lower)
                || !window.isEmpty() && !window.startsWith("since ") && !reportDate(lower, start, mentions)) {
            return FigureScope.EPISODE; // dated to a day, a week, a year: that stretch's toll
        }
        int from = ConceptCues.clauseStart(hard, start);
        int to = ConceptCues.clauseEnd(hard, end, lower.length());
        String clause = lower.substring(from, to);
        boolean perfect = PERFECT.matcher(clause).find();
        if (RATE.matcher(clause).find()) {
            return FigureScope.EPISODE;
        }
        Matcher agent = AGENT.matcher(lower).region(from, start);
        while (agent.find()) {
            if (perfect || !agent.group(1).matches(WEAK)) {
                return FigureScope.WHOLE_CONFLICT;
            }
        }
        for (Pattern pattern : List.of(DURING, SINCE)) {
            Matcher during = pattern.matcher(clause);
            while (during.find()) {
                if (perfect || !during.group(1).matches(WEAK)) {
                    return FigureScope.WHOLE_CONFLICT;
                }
            }
        }
        return FigureScope.EPISODE;
    }

    /** The stems of the conflict words: a sentence without one is settled without a clause scan. */
    private static final List<String> STEMS = List.of("war", "conflict", "uprising", "insurgen", "rebellion", "revol",
            "violence", "unrest", "crackdown", "bloodshed", "protests", "demonstrations", "crisis");

    private static boolean namesConflict(String lower) {
        for (String stem : STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every dated mention of the sentence dates a report of the count rather than the count: it stands
     * before the number with a reporting verb just before it or between them ("a meeting on Tuesday was told 7,500 had died in the
     * unrest", "the UN estimated in January that 5,400 had been killed in the conflict").
     */
    private static boolean reportDate(String lower, int start, List<TimeMention> mentions) {
        boolean any = false;
        for (TimeMention mention : mentions) {
            if (mention.value() == null) {
                continue;
            }
            if (mention.span().end() > start || !REPORTING.matcher(lower)
                    .region(Math.max(0, mention.span().start() - REPORT_BEFORE_DATE), start).find()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** How far before its date a reporting verb may stand ("estimated in January that ..."). */
    private static final int REPORT_BEFORE_DATE = 15;

    private static final Pattern REPORTING = Pattern.compile("\\b(?:said|says|say|told|tells|estimated|estimates|estimate"
            + "|reported|reports|believes|believed|claimed|claims|put|puts|according)\\b");

    /** Whether the window is "since" a date at least {@value #LONG_WINDOW_DAYS} days before the publication. */
    static boolean longWindow(String window, LocalDate published) {
        Matcher since = SINCE_DATE.matcher(window);
        if (published == null || !since.matches()) {
            return false;
        }
        LocalDate begin = LocalDate.of(Integer.parseInt(since.group(1)),
                since.group(2) == null ? 1 : Integer.parseInt(since.group(2)),
                since.group(3) == null ? 1 : Integer.parseInt(since.group(3)));
        return ChronoUnit.DAYS.between(begin, published) >= LONG_WINDOW_DAYS;
    }
}
