package org.newsbrief.time;

import java.util.Objects;
import java.util.Optional;
import org.newsbrief.model.Span;

/**
 * A time expression found in a text.
 *
 * @param span where it stands in the tagged text
 * @param text its words
 * @param value what it resolves to; nullable when it cannot be resolved (a weekday in an undated
 *     article, a duration)
 * @param inferred whether the resolution used a date inferred from the story rather than the
 *     article's own publication date
 * @param rule the name of the rule that found it ("month-day", "weekday", ...)
 * @param stamp whether it is a posting stamp ("09:27 UK time, Friday, 28 May 2010" above a blog
 *     entry): the time the text was posted, not an event it reports
 */
public record TimeMention(Span span, String text, TimeValue value, boolean inferred, String rule, boolean stamp) {

    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }

    /** A mention in running text, no stamp. */
    public TimeMention(Span span, String text, TimeValue value, boolean inferred, String rule) {
        this(span, text, value, inferred, rule, false);
    }

    public Optional<TimeValue> resolved() {
        return Optional.ofNullable(value);
    }
}
