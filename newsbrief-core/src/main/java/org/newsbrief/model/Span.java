package org.newsbrief.model;

/**
 * A half-open character range {@code [start, end)} into an article's cleaned text.
 *
 * @param start first character, inclusive, at least 0
 * @param end last character, exclusive, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span>, java.io.Serializable {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** The covered characters of {@code text}; throws if the span does not fit. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException(
                    "span [" + start + ", " + end + ") outside text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(end, other.end);
    }
}
