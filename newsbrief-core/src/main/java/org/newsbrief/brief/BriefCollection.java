package org.newsbrief.brief;

import java.util.List;
import org.newsbrief.model.Issue;

/**
 * The briefs of a mixed input: one per story of at least two articles, largest first, the
 * articles that form stories of their own, and the near-identical copies set aside.
 *
 * @param stories one brief per story
 * @param singletons articles no other article reports on, listed rather than dropped
 * @param duplicates near-identical copies of briefed or listed articles, listed rather than dropped
 * @param issues problems met with the input
 */
public record BriefCollection(List<Brief> stories, List<BriefSource> singletons, List<Duplicate> duplicates,
        List<Issue> issues) {

    public BriefCollection {
        stories = List.copyOf(stories);
        singletons = List.copyOf(singletons);
        duplicates = List.copyOf(duplicates);
        issues = List.copyOf(issues);
    }

    /** A collection without copies. */
    public BriefCollection(List<Brief> stories, List<BriefSource> singletons, List<Issue> issues) {
        this(stories, singletons, List.of(), issues);
    }

    /** Whether this is just one story, to be written as a single brief. */
    public boolean isSingleStory() {
        return stories.size() == 1 && singletons.isEmpty() && duplicates.isEmpty();
    }
}
