package org.newsbrief.model;

import java.util.Objects;

/**
 * A problem met with the input that did not stop the run: a skipped file, a truncated record,
 * a guessed encoding. Issues travel with the result and are shown to the user.
 *
 * @param severity how much of the input was lost
 * @param source the file, record or URL concerned
 * @param message what happened, for a person
 */
public record Issue(Severity severity, String source, String message) implements java.io.Serializable {

    /** How much an issue cost. */
    public enum Severity {
        /** Input read, but something was guessed or repaired. */
        WARNING,
        /** Input (a file, a record) skipped. */
        SKIPPED
    }

    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    public static Issue skipped(String source, String message) {
        return new Issue(Severity.SKIPPED, source, message);
    }

    public static Issue warning(String source, String message) {
        return new Issue(Severity.WARNING, source, message);
    }
}
