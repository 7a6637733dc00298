package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsbrief.model.Document;

/** Turns groups of article indexes into numbered, titled stories, largest first. Stateless. */
final class StoryNaming {

    private StoryNaming() {
    }

    static List<Story> stories(List<Document> documents, List<List<Integer>> groups, List<Signature> signatures) {
        List<List<Integer>> ordered = new ArrayList<>(groups);
        ordered.sort(Comparator.<List<Integer>>comparingInt(g -> -g.size()).thenComparingInt(g -> g.get(0)));
        List<Story> stories = new ArrayList<>();
        for (List<Integer> group : ordered) {
            List<String> ids = group.stream().map(d -> documents.get(d).id()).toList();
            List<LocalDate> dates = group.stream().map(d -> documents.get(d).article().published())
                    .filter(Objects::nonNull).sorted().toList();
            stories.add(new Story("s" + (stories.size() + 1), title(documents, group, signatures), dates.isEmpty() ? null
                    : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1), ids));
        }
        return stories;
    }

    /** The title of the article most similar to the others, or its first sentence. */
    private static String title(List<Document> documents, List<Integer> group, List<Signature> signatures) {
        int best = group.get(0);
        double bestScore = -1;
        for (int d : group) {
            double score = 0;
            for (int other : group) {
                score += signatures.get(d).cosine(signatures.get(other));
            }
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        Document document = documents.get(best);
        if (!document.article().title().isBlank()) {
            return document.article().title();
        }
        String first = document.sentences().isEmpty() ? document.id() : document.sentences().get(0).text();
        return first.length() <= 100 ? first : first.substring(0, Math.max(1, first.lastIndexOf(' ', 100))) + " ...";
    }
}
