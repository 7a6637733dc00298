package org.newsbrief.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.newsbrief.model.Span;

/**
 * Finds English news time expressions and resolves them against a {@link TimeAnchor}, following
 * news conventions: a bare weekday in a past-tense sentence is the most recent such day on or
 * before publication (the next one when the sentence speaks of the future); a written date
 * without a year takes the year that puts it nearest before publication (in a future-tense
 * sentence, nearest up to six months ahead); a month without a year is resolved by
 * {@link MonthResolver} from the {@link Tense} marker nearest before it; without a publication
 * date, weekdays and relative expressions stay unresolved, never guessed from the clock. A date
 * that a page prints as its posting time is marked a stamp ({@link PostingStamps}); an anchored
 * expression ("the next day", "two days later") is resolved against the latest explicit date written
 * before it ({@link NarrativeAnchor}), and stays unresolved without one.
 * Earlier rules of {@link TimeRules} win over later ones on overlapping text. Stateless and
 * thread-safe (an article's narrative state is the caller's {@link NarrativeAnchor}).
 */
public final class TimeExpressionTagger {

    private static final String ANCHORED = "anchored";

    /**
     * The time expressions of one sentence, paragraph or article, in text order; anchored expressions
     * ("the next day") are resolved against the latest explicit date before them in {@code text}.
     */
    public List<TimeMention> tag(String text, TimeAnchor anchor) {
        return tag(text, anchor, new NarrativeAnchor());
    }

    /**
     * As {@link #tag(String, TimeAnchor)}, for one of an article's texts tagged in reading order:
     * anchored expressions are also resolved against explicit dates of the article's earlier texts,
     * which {@code narrative} (one per article) holds, and this text's explicit dates are added to it.
     */
    public List<TimeMention> tag(String text, TimeAnchor anchor, NarrativeAnchor narrative) {
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
        for (int i = 0; i < mentions.size(); i++) {
            TimeMention mention = mentions.get(i);
            if (mention.rule().equals(ANCHORED)) {
                mentions.set(i, narrative.resolve(mention));
            } else {
                narrative.note(mention);
            }
        }
        return mentions;
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
