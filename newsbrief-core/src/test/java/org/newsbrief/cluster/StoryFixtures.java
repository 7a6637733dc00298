package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.testing.StoryTexts;

/** Articles and signatures of {@link StoryTexts}' pools, as the story separation and regrouping tests read them. */
final class StoryFixtures {

    private static final NewsTextAnalyzer ANALYZER = NewsTextAnalyzer.standard();

    private StoryFixtures() {
    }

    /** The six articles of {@link StoryTexts#articles}, two a day from {@code first}. */
    static List<Document> articles(String prefix, String[] pool, LocalDate first) {
        return articles(prefix, pool, first, false);
    }

    /** As {@link #articles(String, String[], LocalDate)}, lower-cased when asked (text without names). */
    static List<Document> articles(String prefix, String[] pool, LocalDate first, boolean lowerCase) {
        List<String> texts = StoryTexts.articles(pool);
        List<Document> articles = new ArrayList<>();
        for (int a = 0; a < texts.size(); a++) {
            String text = lowerCase ? texts.get(a).toLowerCase(Locale.ROOT) : texts.get(a);
            articles.add(ANALYZER.analyze(new Article(prefix + a, "outlet", null, "", first.plusDays(a / 2), text, prefix + a)));
        }
        return articles;
    }

    /** The clusterer's signatures of these documents, with their name terms (as {@link AverageLinkageClusterer#grouping}). */
    static List<Signature> named(List<Document> documents) {
        AverageLinkageClusterer clusterer = new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS);
        List<TermCounts.Counted> counted = documents.stream().map(new TermCounts()::counted).toList();
        Vocabulary vocabulary = Vocabulary.of(counted.stream().<Map<String, Integer>>map(TermCounts.Counted::counts).toList());
        return counted.stream().map(c -> clusterer.signature(c.counts(), vocabulary, null)
                .withNames(c.names().stream().mapToInt(vocabulary::id).toArray())).toList();
    }
}
