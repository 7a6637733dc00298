package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrief.cluster.StoryFixtures.articles;
import static org.newsbrief.cluster.StoryFixtures.named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.StoryTexts;

class StoryRegroupingTest {

    private static final LocalDate DAY = LocalDate.of(2016, 12, 1);

    /** Twelve articles, each six-article event split by a clusterer into two fragments of three. */
    private static final List<List<Integer>> FRAGMENTS = List.of(List.of(0, 1, 2), List.of(6, 7, 8), List.of(3, 4, 5),
            List.of(9, 10, 11));

    private static final StoryRegrouping FIRST_STORY = new StoryRegrouping(StorySeparation.DEFAULT, false, true);

    @Test
    void twoSimilarEventsEachSplitIntoFragmentsComeOutAsTwoGroups() {
        // "Actress Tara Reid checked into rehab at the Promises clinic in Malibu" / "Actress Lindsay Lohan checked into
        // rehab at the Betty Ford clinic in Rancho Mirage": each event's fragments share their names, the events do not
        List<Document> documents = new ArrayList<>(articles("reid-", StoryTexts.REID_REHAB, DAY));
        documents.addAll(articles("lohan-", StoryTexts.LOHAN_REHAB, DAY));
        List<Signature> signatures = named(documents);

        List<List<Integer>> regrouped = StoryRegrouping.DEFAULT.regroup(FRAGMENTS, signatures);

        assertThat(regrouped).containsExactly(List.of(0, 1, 2, 3, 4, 5), List.of(6, 7, 8, 9, 10, 11));
        assertThat(FIRST_STORY.regroup(FRAGMENTS, signatures)).isEqualTo(regrouped);
        // all or nothing keeps the four fragments
        assertThat(StorySeparation.DEFAULT.oneStory(StorySeparation.closeness(FRAGMENTS, signatures))).isFalse();
    }

    @Test
    void theFragmentsOfOneStoryComeOutAsOneGroup() {
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY));
        documents.addAll(articles("evacuation-", StoryTexts.EVACUATION, DAY.plusDays(10)));
        List<Signature> signatures = named(documents);

        assertThat(StoryRegrouping.DEFAULT.regroup(FRAGMENTS, signatures))
                .containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        // against the first story, a regrouping into one group is exactly what all or nothing keeps whole
        assertThat(FIRST_STORY.regroup(FRAGMENTS, signatures)).hasSize(1);
        assertThat(StorySeparation.DEFAULT.oneStory(StorySeparation.closeness(FRAGMENTS, signatures))).isTrue();
    }

    @Test
    void aSmallStoryJoinsTheClosestGroupOrIsLeftAsItIs() {
        // the shelling in two fragments, the quake in a fragment of four and one of two articles
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY));
        documents.addAll(articles("quake-", StoryTexts.QUAKE, DAY));
        List<Signature> signatures = named(documents);
        List<List<Integer>> groups = List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8, 9), List.of(10, 11));

        assertThat(StoryRegrouping.DEFAULT.regroup(groups, signatures))
                .containsExactly(List.of(6, 7, 8, 9, 10, 11), List.of(0, 1, 2, 3, 4, 5));
        assertThat(new StoryRegrouping(StorySeparation.DEFAULT, true, false).regroup(groups, signatures))
                .containsExactly(List.of(6, 7, 8, 9), List.of(0, 1, 2, 3, 4, 5), List.of(10, 11));
    }

    @Test
    void aSmallStoryJoinsTheOneGroupWhenOneResults() {
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY));
        documents.addAll(articles("evacuation-", StoryTexts.EVACUATION, DAY.plusDays(10)));
        List<Signature> signatures = named(documents);
        List<List<Integer>> groups = List.of(List.of(0, 1, 2, 3, 4, 5), List.of(6, 7, 8, 9, 10), List.of(11));

        assertThat(new StoryRegrouping(StorySeparation.DEFAULT, true, false).regroup(groups, signatures))
                .containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    }

    @Test
    void anInputOfManyStoriesIsACollectionAndIsNotRegrouped() {
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY));
        documents.addAll(articles("evacuation-", StoryTexts.EVACUATION, DAY.plusDays(10)));
        List<Signature> signatures = named(documents);
        // a handful of stories: the fragments of one event come out as one
        assertThat(StoryRegrouping.DEFAULT.regroup(new AverageLinkageClusterer.Grouping(FRAGMENTS, signatures)))
                .containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        // 20 stories of three articles are a handful; 21 a collection, left to the clusterer; pairs do not count
        assertThat(StoryRegrouping.DEFAULT.regroups(stories(StoryRegrouping.MOST_STORIES, 3))).isTrue();
        assertThat(StoryRegrouping.DEFAULT.regroups(stories(StoryRegrouping.MOST_STORIES + 1, 3))).isFalse();
        assertThat(StoryRegrouping.DEFAULT.regroups(stories(StoryRegrouping.MOST_STORIES + 1, 2))).isTrue();
        List<List<Integer>> many = stories(StoryRegrouping.MOST_STORIES + 1, 3);
        // 66 articles of one story, in 21 fragments of three (and three left out): the regrouping itself would merge them
        List<Signature> manySignatures = named(java.util.stream.IntStream.range(0, 11).boxed()
                .flatMap(k -> articles("s" + k + "-", StoryTexts.SHELLING, DAY).stream()).toList());
        assertThat(StoryRegrouping.DEFAULT.regroup(new AverageLinkageClusterer.Grouping(many, manySignatures)))
                .isEqualTo(many);
        assertThat(StoryRegrouping.DEFAULT.regroup(many, manySignatures)).hasSizeLessThan(many.size());
    }

    /** {@code count} stories of {@code size} consecutive articles each. */
    private static List<List<Integer>> stories(int count, int size) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(k -> java.util.stream.IntStream.range(k * size, k * size + size).boxed().toList()).toList();
    }

    @Test
    void aSingleStoryOrSingleArticlesAreLeftAsTheyAre() {
        List<Signature> signatures = named(articles("quake-", StoryTexts.QUAKE, DAY));

        assertThat(StoryRegrouping.DEFAULT.regroup(List.of(List.of(0, 1, 2, 3, 4, 5)), signatures))
                .containsExactly(List.of(0, 1, 2, 3, 4, 5));
        List<List<Integer>> singles = List.of(List.of(0), List.of(1), List.of(2));
        assertThat(StoryRegrouping.DEFAULT.regroup(singles, signatures)).isEqualTo(singles);
    }
}
