package org.newsbrief.summarize;

/**
 * How long a summary may be: a number of words (as ROUGE's {@code -l} counts them, split on
 * white space) or of bytes of UTF-8 text (as {@code -b}).
 *
 * @param unit words or bytes
 * @param limit the maximum, at least 1
 */
public record Budget(Unit unit, int limit) {

    /** What the limit counts. */
    public enum Unit { WORDS, BYTES }

    public Budget {
        java.util.Objects.requireNonNull(unit, "unit");
        if (limit < 1) {
            throw new IllegalArgumentException("budget limit must be >= 1: " + limit);
        }
    }

    public static Budget words(int limit) {
        return new Budget(Unit.WORDS, limit);
    }

    public static Budget bytes(int limit) {
        return new Budget(Unit.BYTES, limit);
    }

    /** The cost of a sentence's text in this budget's unit. */
    public int cost(String text) {
        if (unit == Unit.BYTES) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
