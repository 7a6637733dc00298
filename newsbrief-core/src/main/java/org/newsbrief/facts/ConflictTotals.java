package org.newsbrief.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a whole conflict's running total among the figures ({@link FigureScope#WHOLE_CONFLICT}), so that it
 * is not grouped with one episode's toll. A value is a whole-conflict total when its clause ({@link ClauseBoundaries})
 * says so in one of three ways:
 * <ol>
 * <li>a conflict word is the agent of the count: it stands before the number, linked to it by a verb or an
 * auxiliary ("the war has killed", "a conflict that claimed the lives of", "the uprising, in which the UN says
 * ... died", "the crackdown has cost 5,000 lives");</li>
 * <li>the count happened in, during, throughout or since the conflict: after "in", "during" or "throughout" a
 * conflict word within four words, none of them "of" ("died in the country's long civil war", "killed during the
 * five-year uprising", but not "in the worst attack of the war"), after "since" within three ("since the war
 * began", "since the start of the war");</li>
 * <li>its window starts at least {@value #LONG_WINDOW_DAYS} days before its article was published ("since March
 * last year" in an article of February): a count summed over half a year or more is a conflict's running total,
 * not one episode's toll.</li>
 * </ol>
 * Conflict words are strong (war, civil war, conflict, uprising, insurgency, rebellion, revolt, revolution) or weak
 * (violence, unrest, crackdown, bloodshed); a weak word counts only with a perfect auxiliary in the clause ("the
 * violence has killed 5,000"), because in the simple past it names a day's events ("violence on Friday left 12
 * dead"). "Fighting", "clashes", "attack" and "offensive" name episodes and are no conflict words. A conflict word
 * that modifies a noun ("war crimes", "war zone", "war-torn") is not the conflict. Rules 1 and 2 yield to a window
 * that dates the count ("the war killed 40 people on Sunday", "in 2014 the conflict killed 76,000": that day's or
 * year's toll); an undated count or one since a date is the total. Stateless and thread-safe.
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
    private static final Pattern DURING = Pattern.compile("\\b(?:(?:in|during|throughout)\\s+" + WORDS + "{0,4}|since\\s+"
            + WORDS + "{0,3}(?:of\\s+" + WORDS + "{0,2})?)(" + STRONG + "|" + WEAK + ")" + NOUN_END_WHOLE);
    private static final Pattern PERFECT = Pattern.compile("\\b(?:has|have)\\b");
    private static final Pattern SINCE_DATE = Pattern.compile("since (\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private ConflictTotals() {
    }

    /**
     * The scope of the value at {@code [start, end)} of {@code sentence}, given its window ({@link FigureValue#window()})
     * and its article's publication date (null when unknown).
     */
    static FigureScope scope(String sentence, int start, int end, String window, LocalDate published) {
        if (longWindow(window, published)) {
            return FigureScope.WHOLE_CONFLICT;
        }
        if (!window.isEmpty() && !window.startsWith("since ")) {
            return FigureScope.EPISODE; // dated to a day, a week, a year: that stretch's toll
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        var hard = ClauseBoundaries.of(sentence, lower).hard();
        int from = ConceptCues.clauseStart(hard, start);
        int to = ConceptCues.clauseEnd(hard, end, lower.length());
        String clause = lower.substring(from, to);
        boolean perfect = PERFECT.matcher(clause).find();
        Matcher agent = AGENT.matcher(lower).region(from, start);
        while (agent.find()) {
            if (perfect || !agent.group(1).matches(WEAK)) {
                return FigureScope.WHOLE_CONFLICT;
            }
        }
        Matcher during = DURING.matcher(clause);
        while (during.find()) {
            if (perfect || !during.group(1).matches(WEAK)) {
                return FigureScope.WHOLE_CONFLICT;
            }
        }
        return FigureScope.EPISODE;
    }

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
