package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.testing.StoryTexts;

class StorySeparationTest {

    private static final NewsTextAnalyzer ANALYZER = NewsTextAnalyzer.standard();
    private static final LocalDate DAY = LocalDate.of(2016, 12, 1);

    /** The six articles of {@link StoryTexts#articles}, two a day from {@code first}. */
    private static List<Document> articles(String prefix, String[] pool, LocalDate first) {
        List<String> texts = StoryTexts.articles(pool);
        List<Document> articles = new ArrayList<>();
        for (int a = 0; a < texts.size(); a++) {
            articles.add(ANALYZER.analyze(new Article(prefix + a, "outlet", null, "", first.plusDays(a / 2), texts.get(a),
                    prefix + a)));
        }
        return articles;
    }

    /** The signatures the clusterer gives these documents, with the collection's own idf. */
    private static List<Signature> signatures(List<Document> documents) {
        AverageLinkageClusterer clusterer = new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS);
        List<Map<String, Integer>> counts = new TermCounts().of(documents);
        Vocabulary vocabulary = Vocabulary.of(counts);
        return counts.stream().map(c -> clusterer.signature(c, vocabulary, null)).toList();
    }

    private static final List<List<Integer>> HALVES = List.of(List.of(0, 1, 2, 3, 4, 5), List.of(6, 7, 8, 9, 10, 11));

    @Test
    void twoEpisodesOfOneStoryAreKeptAsOneStory() {
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY));
        documents.addAll(articles("evacuation-", StoryTexts.EVACUATION, DAY.plusDays(10)));

        StorySeparation.Closeness closeness = StorySeparation.closeness(HALVES, signatures(documents));

        assertThat(StorySeparation.DEFAULT.oneStory(closeness)).isTrue();
        assertThat(closeness.others().get(0).between()).isGreaterThan(StorySeparation.DEFAULT.ratio() * closeness.main().within());
    }

    @Test
    void twoDistinctStoriesStandApart() {
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY));
        documents.addAll(articles("quake-", StoryTexts.QUAKE, DAY));

        StorySeparation.Closeness closeness = StorySeparation.closeness(HALVES, signatures(documents));

        assertThat(StorySeparation.DEFAULT.oneStory(closeness)).isFalse();
        assertThat(closeness.others().get(0).between()).isLessThan(0.1 * closeness.main().within());
    }

    @Test
    void theClustererSplitsTwoStoriesAndTheDecisionKeepsThemApart() {
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY));
        documents.addAll(articles("quake-", StoryTexts.QUAKE, DAY));

        AverageLinkageClusterer.Grouping grouping = new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS)
                .grouping(documents);

        assertThat(grouping.groups()).hasSizeGreaterThan(1);
        assertThat(StorySeparation.DEFAULT.oneStory(grouping)).isFalse();
    }

    /** Three unit signatures over terms 0-3: a and b alike, c apart. */
    private static final List<Signature> THREE = List.of(
            new Signature(new int[] {0, 1}, new double[] {0.6, 0.8}, null),
            new Signature(new int[] {0, 1}, new double[] {0.8, 0.6}, null),
            new Signature(new int[] {1, 3}, new double[] {0.6, 0.8}, null));

    @Test
    void meansFromCentroidsAreTheMeansOfThePairs() {
        List<Signature> signatures = new ArrayList<>(THREE);
        signatures.add(new Signature(new int[] {2, 3}, new double[] {0.8, 0.6}, null));

        StorySeparation.Closeness closeness = StorySeparation.closeness(List.of(List.of(2, 3), List.of(0, 1)), signatures);

        // main: articles 2 and 3 (first of the largest); other: articles 0 and 1
        assertThat(closeness.main().size()).isEqualTo(2);
        assertThat(closeness.main().within()).isCloseTo(signatures.get(2).cosine(signatures.get(3)), within(1e-12));
        assertThat(closeness.others()).singleElement().satisfies(part -> {
            assertThat(part.within()).isCloseTo(signatures.get(0).cosine(signatures.get(1)), within(1e-12));
            double pairs = signatures.get(0).cosine(signatures.get(2)) + signatures.get(0).cosine(signatures.get(3))
                    + signatures.get(1).cosine(signatures.get(2)) + signatures.get(1).cosine(signatures.get(3));
            assertThat(part.between()).isCloseTo(pairs / 4, within(1e-12));
        });
    }

    @Test
    void storiesUnderTheLeastSizeDoNotCount() {
        // main {0, 1} (inner cosine 0.96); the single article 2 shares one term with them
        StorySeparation.Closeness closeness = StorySeparation.closeness(List.of(List.of(0, 1), List.of(2)), THREE);
        double ratio = closeness.others().get(0).between() / closeness.main().within();

        assertThat(new StorySeparation(ratio + 0.01, 1, false).oneStory(closeness)).isFalse();
        assertThat(new StorySeparation(ratio - 0.01, 1, false).oneStory(closeness)).isTrue();
        assertThat(new StorySeparation(ratio + 0.01, 2, false).oneStory(closeness)).isTrue();
    }

    @Test
    void aSingleGroupIsOneStoryAndArticlesAllAloneAreNot() {
        assertThat(StorySeparation.DEFAULT.oneStory(new AverageLinkageClusterer.Grouping(List.of(List.of(0, 1, 2)), THREE)))
                .isTrue();
        assertThat(StorySeparation.DEFAULT.oneStory(
                new AverageLinkageClusterer.Grouping(List.of(List.of(0), List.of(1), List.of(2)), THREE))).isFalse();
    }

    @Test
    void invalidOptionsFail() {
        assertThatThrownBy(() -> new StorySeparation(0, 3, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StorySeparation(0.3, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StorySeparation(0.3, 3, false, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Four articles alike in their terms (every cosine 1) with these rare evidence items. */
    private static List<Signature> alike(long[]... evidence) {
        List<Signature> signatures = new ArrayList<>();
        for (long[] items : evidence) {
            signatures.add(new Signature(new int[] {0, 1}, new double[] {0.6, 0.8}, null, items));
        }
        return signatures;
    }

    private static final List<List<Integer>> PAIRS = List.of(List.of(0, 1), List.of(2, 3));

    @Test
    void evidenceMeansFromItemCountsAreTheMeansOfThePairs() {
        List<Signature> signatures = alike(new long[] {1, 2, 3}, new long[] {1, 2, 4}, new long[] {2, 5, 6}, new long[] {5, 6, 7});

        StorySeparation.Closeness closeness = StorySeparation.closeness(PAIRS, signatures);

        assertThat(closeness.main().withinEvidence()).isEqualTo(2.0); // items 1 and 2
        assertThat(closeness.others()).singleElement().satisfies(part -> {
            assertThat(part.withinEvidence()).isEqualTo(2.0); // items 5 and 6
            // pairs across: (0,2) share 2, (1,2) share 2, (0,3) and (1,3) nothing
            assertThat(part.betweenEvidence()).isEqualTo(2.0 / 4);
        });
    }

    @Test
    void twoEventsAsCloseAsOneStoryButSharingNoEvidenceStandApartUnderTheEvidenceTest() {
        // each event's reports share their own figures and quotes; across the two events nothing
        List<Signature> signatures = alike(new long[] {1, 2}, new long[] {1, 2}, new long[] {3, 4}, new long[] {3, 4});
        StorySeparation.Closeness closeness = StorySeparation.closeness(PAIRS, signatures);

        assertThat(new StorySeparation(0.35, 2, true).oneStory(closeness)).isTrue();
        assertThat(new StorySeparation(0.35, 2, true, 0.1).oneStory(closeness)).isFalse();
    }

    @Test
    void theDecisionOnAGroupingMeasuresEvidenceOnlyWhenItsTestIsOn() {
        var grouping = new AverageLinkageClusterer.Grouping(PAIRS,
                alike(new long[] {1, 2}, new long[] {1, 2}, new long[] {3, 4}, new long[] {3, 4}));

        assertThat(new StorySeparation(0.35, 2, true).oneStory(grouping)).isTrue();
        assertThat(new StorySeparation(0.35, 2, true, 0.1).oneStory(grouping)).isFalse();
    }

    @Test
    void episodesOfOneStorySharingEvidenceStayOneUnderTheEvidenceTest() {
        // the second episode's reports repeat one figure of the first (inside 2 items a pair, across 1)
        List<Signature> signatures = alike(new long[] {1, 2}, new long[] {1, 2}, new long[] {1, 4}, new long[] {1, 4});
        StorySeparation.Closeness closeness = StorySeparation.closeness(PAIRS, signatures);

        assertThat(new StorySeparation(0.35, 2, true, 0.5).oneStory(closeness)).isTrue();
        assertThat(new StorySeparation(0.35, 2, true, 0.6).oneStory(closeness)).isFalse();
    }

    @Test
    void withoutEvidenceInsideTheEvidenceTestAsksNothing() {
        StorySeparation.Closeness closeness = StorySeparation.closeness(PAIRS,
                alike(EventEvidence.NONE, EventEvidence.NONE, EventEvidence.NONE, EventEvidence.NONE));

        assertThat(new StorySeparation(0.35, 2, true, 1.0).oneStory(closeness)).isTrue();
        assertThat(new StorySeparation(0.35, 2, false, 1.0).oneStory(closeness)).isTrue();
    }
}
