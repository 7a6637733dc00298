package org.newsbrief.brief;

import java.util.List;
import org.newsbrief.model.Issue;

/**
 * The briefs of a mixed input: one per story of at least two articles, largest first, and the
 * articles that form stories of their own.
 *
 * @param stories one brief per story
 * @param singletons articles no other article reports on, listed rather than dropped
 * @param issues problems met with the input
 */
public record BriefCollection(List<Brief> stories, List<BriefSource> singletons, List<Issue> issues) {

    public BriefCollection {
        stories = List.copyOf(stories);
        singletons = List.copyOf(singletons);
        issues = List.copyOf(issues);
    }

    /** Whether this is just one story, to be written as a single brief. */
    public boolean isSingleStory() {
        return stories.size() == 1 && singletons.isEmpty();
    }
}
