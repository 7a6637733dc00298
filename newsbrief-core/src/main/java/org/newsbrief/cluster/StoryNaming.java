package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsbrief.model.Document;

/**
 * Turns groups of articles into numbered, titled stories, largest first (ties: the group whose
 * first article comes first in the input). Stateless.
 */
public final class StoryNaming {

    private StoryNaming() {
    }

    static List<Story> stories(List<Document> documents, List<List<Integer>> groups, List<Signature> signatures) {
        List<List<Integer>> ordered = new ArrayList<>(groups);
        ordered.sort(Comparator.<List<Integer>>comparingInt(g -> -g.size()).thenComparingInt(g -> g.get(0)));
        List<Story> stories = new ArrayList<>();
        for (List<Integer> group : ordered) {
            stories.add(story("s" + (stories.size() + 1), group.stream().map(documents::get).toList(),
                    group.stream().map(signatures::get).toList()));
        }
        return stories;
    }

    /**
     * One story from its articles and their signatures, both in input order.
     *
     * @param id the story id: {@code s} and its rank in the collection's order (size, then first article)
     */
    public static Story story(String id, List<Document> group, List<Signature> signatures) {
        List<String> ids = group.stream().map(Document::id).toList();
        List<LocalDate> dates = group.stream().map(d -> d.article().published())
                .filter(Objects::nonNull).sorted().toList();
        return new Story(id, title(group, signatures), dates.isEmpty() ? null : dates.get(0),
                dates.isEmpty() ? null : dates.get(dates.size() - 1), ids);
    }

    /** The title of the article most similar to the others, or its first sentence. */
    private static String title(List<Document> group, List<Signature> signatures) {
        int best = 0;
        double bestScore = -1;
        for (int d = 0; d < group.size(); d++) {
            double score = 0;
            for (Signature other : signatures) {
                score += signatures.get(d).cosine(other);
            }
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        Document document = group.get(best);
        if (!document.article().title().isBlank()) {
            return document.article().title();
        }
        String first = document.sentences().isEmpty() ? document.id() : document.sentences().get(0).text();
        return first.length() <= 100 ? first : first.substring(0, Math.max(1, first.lastIndexOf(' ', 100))) + " ...";
    }
}
