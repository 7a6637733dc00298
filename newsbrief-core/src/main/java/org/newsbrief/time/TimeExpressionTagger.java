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
 * without a year takes the year that puts it nearest before publication (in a future-tense
 * sentence, nearest up to six months ahead); a month without a year is resolved by
 * {@link MonthResolver} from the sentence's {@link Tense}; without a publication
 * date, weekdays and relative expressions stay unresolved, never guessed from the clock. A date
 * that a page prints as its posting time is marked a stamp ({@link PostingStamps}).
 * Earlier rules of {@link TimeRules} win over later ones on overlapping text. Stateless and
 * thread-safe.
 */
public final class TimeExpressionTagger {

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|'ll|shall|(?:is|are) due|due to|(?:is|are) scheduled|(?:is|are|was|were)(?:\\s+not)?\\s+expected to"
                    + "|expect(?:s|ed)? to|plans? to|(?:is|are) set to|(?:is|are) going to|(?:is|are) likely to|hopes? to|intends? to)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far from a mention tense markers are looked for, within its sentence (captions run on without stops). */
    private static final int TENSE_BEFORE = 100;
    private static final int TENSE_AFTER = 60;

    /** The time expressions of one sentence or paragraph, in text order. */
    public List<TimeMention> tag(String text, TimeAnchor anchor) {
        List<TimeMention> mentions = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean hasDigit = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        for (TimeRules.Rule rule : TimeRules.RULES) {
            if (!rule.mayMatch(lower, hasDigit)) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                Span span = new Span(matcher.start(), matcher.end());
                if (mentions.stream().anyMatch(m -> m.span().overlaps(span))) {
                    continue;
                }
                TimeValue value = rule.resolver().resolve(matcher, anchor, () -> Tense.around(text, span)); // read only by rules that need it
                if (value == null && rule.dropUnresolved()) {
                    continue;
                }
                boolean inferred = value != null && anchor.yearInferred()
                        && (rule.name().equals("month-day") || rule.name().equals("day-month")
                                || rule.name().equals("weekday-date") || rule.name().equals("weekday-day-month"));
                boolean stamp = value != null && PostingStamps.mayBeStamp(rule.name(), matcher.group())
                        && PostingStamps.isStamp(text, span);
                mentions.add(new TimeMention(span, matcher.group(), value, inferred, rule.name(), stamp));
            }
        }
        mentions.sort(Comparator.comparing(TimeMention::span));
        return mentions;
    }

    /** Tense is read from the sentence around the mention, so that a paragraph or a whole article can be tagged at once. */
    static boolean speaksOfFuture(String text, Span span) {
        Span sentence = sentenceAround(text, span, TENSE_BEFORE, TENSE_AFTER);
        return FUTURE.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** The sentence around a mention, at most {@code before} characters before it and {@code after} after. */
    static Span sentenceAround(String text, Span span, int before, int after) {
        int from = span.start();
        int floor = Math.max(0, span.start() - before);
        while (from > floor && !isSentenceEnd(text, from - 1)) {
            from--;
        }
        int to = span.end();
        int ceiling = Math.min(text.length(), span.end() + after);
        while (to < ceiling && !isSentenceEnd(text, to)) {
            to++;
        }
        return new Span(from, Math.min(text.length(), to + 1));
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
    }
}
