package org.newsbrief.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Span;

/**
 * Finds English news time expressions and resolves them against a {@link TimeAnchor}, following
 * news conventions: a bare weekday in a past-tense sentence is the most recent such day on or
 * before publication (the next one when the sentence speaks of the future); a written date
 * without a year takes the year that puts it nearest before publication; without a publication
 * date, weekdays and relative expressions stay unresolved, never guessed from the clock.
 * Earlier rules of {@link TimeRules} win over later ones on overlapping text. Stateless and
 * thread-safe.
 */
public final class TimeExpressionTagger {

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|'ll|shall|is due|are due|is scheduled|are scheduled|is expected to|are expected to|plans? to)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words either side of an expression in which a future cue ("will", "is due") counts. */
    private static final int TENSE_WINDOW = 60;

    /** The time expressions of one sentence, in text order. Tag sentence by sentence: tense is read around each expression. */
    public List<TimeMention> tag(String text, TimeAnchor anchor) {
        List<TimeMention> mentions = new ArrayList<>();
        for (TimeRules.Rule rule : TimeRules.RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                Span span = new Span(matcher.start(), matcher.end());
                if (mentions.stream().anyMatch(m -> m.span().overlaps(span))) {
                    continue;
                }
                boolean future = FUTURE.matcher(clauseAround(text, span)).find();
                TimeValue value = rule.resolver().resolve(matcher, anchor, future);
                boolean inferred = value != null && anchor.yearInferred()
                        && (rule.name().equals("month-day") || rule.name().equals("day-month")
                                || rule.name().equals("weekday-date"));
                mentions.add(new TimeMention(span, matcher.group(), value, inferred));
            }
        }
        mentions.sort(Comparator.comparing(TimeMention::span));
        return mentions;
    }

    /** The text near an expression, cut at sentence ends, so another sentence's tense does not leak in. */
    private static String clauseAround(String text, Span span) {
        int from = Math.max(0, span.start() - TENSE_WINDOW);
        int to = Math.min(text.length(), span.end() + TENSE_WINDOW);
        String before = text.substring(from, span.start());
        int stop = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
        String after = text.substring(span.end(), to);
        int end = after.indexOf(". ");
        return (stop >= 0 ? before.substring(stop + 2) : before) + " " + (end >= 0 ? after.substring(0, end) : after);
    }
}
