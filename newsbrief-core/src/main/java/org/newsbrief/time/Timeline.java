package org.newsbrief.time;

import java.util.List;

/**
 * A story's timeline, oldest first.
 *
 * @param entries dated events in chronological order
 */
public record Timeline(List<TimelineEntry> entries) {

    public static final Timeline EMPTY = new Timeline(List.of());

    public Timeline {
        entries = List.copyOf(entries);
    }
}
