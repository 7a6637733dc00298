package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.newsbrief.cluster.StoryFixtures.articles;
import static org.newsbrief.cluster.StoryFixtures.named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.StoryTexts;

class StorySeparationTest {

    private static final LocalDate DAY = LocalDate.of(2016, 12, 1);

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
    void twoEpisodesOfOneStorySharingTheirPlacesPassTheNameTest() {
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY));
        documents.addAll(articles("evacuation-", StoryTexts.EVACUATION, DAY.plusDays(10)));

        StorySeparation.Closeness closeness = StorySeparation.closeness(HALVES, named(documents));

        // "Aleppo" is in every article of both episodes
        assertThat(closeness.others().get(0).namesHeld()).isGreaterThanOrEqualTo(StorySeparation.DEFAULT.nameOverlap());
        assertThat(StorySeparation.DEFAULT.oneStory(closeness)).isTrue();
    }

    @Test
    void twoSimilarEventsOfOtherPeopleInOtherPlacesStandApartByTheirNames() {
        // "Actress Tara Reid checked into rehab at the Promises clinic in Malibu" / "Actress Lindsay Lohan checked into
        // rehab at the Betty Ford clinic in Rancho Mirage": as close in their words as one story's episodes
        List<Document> documents = new ArrayList<>(articles("reid-", StoryTexts.REID_REHAB, DAY));
        documents.addAll(articles("lohan-", StoryTexts.LOHAN_REHAB, DAY));

        StorySeparation.Closeness closeness = StorySeparation.closeness(HALVES, named(documents));

        StorySeparation cosinesAlone = new StorySeparation(StorySeparation.DEFAULT.ratio(), StorySeparation.DEFAULT.minSize(),
                StorySeparation.DEFAULT.eitherStory());
        assertThat(cosinesAlone.oneStory(closeness)).isTrue();
        assertThat(closeness.others().get(0).namesHeld()).isLessThan(StorySeparation.DEFAULT.nameOverlap());
        assertThat(closeness.others().get(0).mainNamesHeld()).isLessThan(StorySeparation.DEFAULT.nameOverlap());
        assertThat(StorySeparation.DEFAULT.oneStory(closeness)).isFalse();
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

    /** Four articles alike in their terms (every cosine 1) with these name terms. */
    private static List<Signature> alikeNamed(int[]... names) {
        List<Signature> signatures = new ArrayList<>();
        for (int[] terms : names) {
            signatures.add(new Signature(new int[] {0, 1}, new double[] {0.6, 0.8}, null).withNames(terms));
        }
        return signatures;
    }

    @Test
    void namesHeldAreTheSharedSharesOfTheCharacteristicNames() {
        // main {0, 1, 2}: name 7 in all three, 8 in two (67%), 9 in one; other {3, 4}: 7 in one, 10 in both
        List<Signature> signatures = alikeNamed(new int[] {7, 8}, new int[] {7, 8, 9}, new int[] {7}, new int[] {7, 10},
                new int[] {10});
        List<List<Integer>> groups = List.of(List.of(0, 1, 2), List.of(3, 4));

        StorySeparation.Part half = StorySeparation.closeness(groups, signatures, false, 0.5).others().get(0);
        // characteristic at 50%: main 7 (1) and 8 (2/3), held by the other min(1, 1/2) + min(2/3, 0); other 7 (1/2) and 10 (1)
        assertThat(half.mainNamesHeld()).isCloseTo(0.5 / (1 + 2.0 / 3), within(1e-12));
        assertThat(half.namesHeld()).isCloseTo(0.5 / 1.5, within(1e-12));
        StorySeparation.Part most = StorySeparation.closeness(groups, signatures, false, 0.7).others().get(0);
        // at 70%: main 7 alone, held by half the other; other 10 alone, not in the main
        assertThat(most.mainNamesHeld()).isCloseTo(0.5, within(1e-12));
        assertThat(most.namesHeld()).isZero();
        assertThat(most.sharesNames(0.5)).isTrue();
        assertThat(most.sharesNames(0.51)).isFalse();
    }

    @Test
    void theNameTestKeepsApartWhatTheCosinesJoin() {
        var grouping = new AverageLinkageClusterer.Grouping(PAIRS,
                alikeNamed(new int[] {7}, new int[] {7}, new int[] {8}, new int[] {8}));

        assertThat(new StorySeparation(0.3, 2, false).oneStory(grouping)).isTrue();
        assertThat(new StorySeparation(0.3, 2, false, 0, 0.7, 0.4).oneStory(grouping)).isFalse();
        // a story without characteristic names asks nothing
        var unnamed = new AverageLinkageClusterer.Grouping(PAIRS, alikeNamed(new int[] {7}, new int[] {7}, new int[] {}, new int[] {}));
        assertThat(new StorySeparation(0.3, 2, false, 0, 0.7, 0.4).oneStory(unnamed)).isTrue();
    }

    @Test
    void invalidOptionsFail() {
        assertThatThrownBy(() -> new StorySeparation(0.3, 3, false, 0, 0, 0.4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StorySeparation(0.3, 3, false, 0, 0.7, 1.5)).isInstanceOf(IllegalArgumentException.class);
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
