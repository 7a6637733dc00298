package org.newsbrief.time;

import java.time.LocalDate;

/**
 * What time expressions of one text are resolved against.
 *
 * @param published the article's own publication date; null when unknown
 * @param story a date inferred from the story (its latest dated article) for undated articles;
 *     null when none. It only supplies the missing year of a written date ("September 19"):
 *     weekdays and relative expressions stay unresolved without the article's own date.
 */
public record TimeAnchor(LocalDate published, LocalDate story) {

    public static final TimeAnchor NONE = new TimeAnchor(null, null);

    public static TimeAnchor of(LocalDate published) {
        return new TimeAnchor(published, null);
    }

    /** The date that gives a written date its year, and whether it was inferred. */
    LocalDate yearReference() {
        return published != null ? published : story;
    }

    boolean yearInferred() {
        return published == null && story != null;
    }
}
