package org.newsbrief.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.analysis.TermAnalyzer;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

/**
 * Picks a headline for the story: among the articles' own titles, the one whose terms are most
 * frequent across the story; without titles, the first summary sentence that opens its article (else the first
 * summary sentence), shortened.
 * Stateless and thread-safe.
 */
final class TitleChooser {

    private static final TermAnalyzer TERMS = new TermAnalyzer();
    private static final int MAX_FALLBACK_CHARS = 100;

    private TitleChooser() {
    }

    static String choose(List<Document> story, List<Sentence> summary) {
        Map<String, Integer> frequency = new HashMap<>();
        story.forEach(document -> document.sentences()
                .forEach(sentence -> sentence.terms().forEach(term -> frequency.merge(term, 1, Integer::sum))));
        String best = "";
        double bestScore = 0;
        for (Document document : story) {
            String title = document.article().title();
            List<String> terms = TERMS.terms(title);
            if (terms.isEmpty()) {
                continue;
            }
            double score = terms.stream().mapToInt(term -> frequency.getOrDefault(term, 0)).sum() / Math.sqrt(terms.size());
            if (score > bestScore) {
                bestScore = score;
                best = title;
            }
        }
        if (!best.isEmpty()) {
            return best;
        }
        if (summary.isEmpty()) {
            return "Untitled story";
        }
        // an article's opening sentence reads as a headline; one from inside an article may lean on the
        // sentence before it ("British authorities have declined to comment on his whereabouts")
        String first = summary.stream().filter(sentence -> sentence.index() == 0).findFirst().orElse(summary.get(0)).text();
        return first.length() <= MAX_FALLBACK_CHARS ? first
                : first.substring(0, first.lastIndexOf(' ', MAX_FALLBACK_CHARS)) + " ...";
    }
}
