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
 */
public record TimeMention(Span span, String text, TimeValue value, boolean inferred, String rule) {

    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }

    public Optional<TimeValue> resolved() {
        return Optional.ofNullable(value);
    }
}
