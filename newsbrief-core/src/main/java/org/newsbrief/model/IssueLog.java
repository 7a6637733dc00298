package org.newsbrief.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded, thread-safe log of {@link Issue}s met during a run. Past its capacity it keeps
 * counting but stops storing, so hostile input cannot exhaust memory through issues.
 */
public final class IssueLog {

    /** Default number of issues kept. */
    public static final int DEFAULT_CAPACITY = 1_000;

    private final int capacity;
    private final List<Issue> issues = new ArrayList<>();
    private long total;

    public IssueLog() {
        this(DEFAULT_CAPACITY);
    }

    public IssueLog(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records an issue. */
    public synchronized void add(Issue issue) {
        total++;
        if (issues.size() < capacity) {
            issues.add(java.util.Objects.requireNonNull(issue, "issue"));
        }
    }

    public void skipped(String source, String message) {
        add(Issue.skipped(source, message));
    }

    public void warning(String source, String message) {
        add(Issue.warning(source, message));
    }

    /** The issues kept, in the order they were added. */
    public synchronized List<Issue> issues() {
        return List.copyOf(issues);
    }

    /** All issues recorded, including those not kept past the capacity. */
    public synchronized long total() {
        return total;
    }

    /** Issues recorded but not kept. */
    public synchronized long dropped() {
        return total - issues.size();
    }
}
