package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsbrief.cluster.StoryFixtures.articles;
import static org.newsbrief.cluster.StoryFixtures.named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.StoryTexts;

/** {@link StoryRegrouping#gather}: the regrouping as a post-pass of the batch clusterer, and {@link RegroupingClusterer}. */
class StoryGatheringTest {

    private static final LocalDate DAY = LocalDate.of(2016, 12, 1);
    private static final StoryRegrouping BATCH = new StoryRegrouping(StorySeparation.DEFAULT, true, false);

    private static final List<List<Integer>> FRAGMENTS = List.of(List.of(0, 1, 2), List.of(6, 7, 8), List.of(3, 4, 5),
            List.of(9, 10, 11));

    private static List<Document> rehabs(boolean lowerCase) {
        List<Document> documents = new ArrayList<>(articles("reid-", StoryTexts.REID_REHAB, DAY, lowerCase));
        documents.addAll(articles("lohan-", StoryTexts.LOHAN_REHAB, DAY, lowerCase));
        return documents;
    }

    @Test
    void twoSimilarEventsSplitIntoFragmentsComeOutAsTwoStoriesWithOrWithoutTheNameIndex() {
        // "Actress Tara Reid checked into rehab at the Promises clinic in Malibu" / "Actress Lindsay Lohan checked into
        // rehab at the Betty Ford clinic in Rancho Mirage": each event's fragments share their names, the events do not
        List<Signature> signatures = named(rehabs(false));

        List<List<Integer>> gathered = BATCH.gather(FRAGMENTS, signatures, true);

        assertThat(gathered).containsExactly(List.of(0, 1, 2, 3, 4, 5), List.of(6, 7, 8, 9, 10, 11));
        // the name index only skips groups that cannot pass: comparing every group gives the same stories
        assertThat(BATCH.gather(FRAGMENTS, signatures, false)).isEqualTo(gathered);
        assertThat(StoryRegrouping.DEFAULT.regroup(FRAGMENTS, signatures)).isEqualTo(gathered);
    }

    @Test
    void theFragmentsOfOneStoryAreGathered() {
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY, false));
        documents.addAll(articles("evacuation-", StoryTexts.EVACUATION, DAY.plusDays(10), false));

        assertThat(BATCH.gather(FRAGMENTS, named(documents), true))
                .containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    }

    @Test
    void storiesWithoutNamesAreLeftAsTheyAreWhenNamesAreNeeded() {
        // lower-cased text (as Multi-News): no characteristic names, so the name test would ask nothing
        List<Signature> signatures = named(rehabs(true));

        assertThat(BATCH.gather(FRAGMENTS, signatures, true)).containsExactlyElementsOf(FRAGMENTS);
        // without the need, the cosine test alone decides: the two rehab events are gathered into fewer stories
        assertThat(BATCH.gather(FRAGMENTS, signatures, false)).hasSizeLessThan(FRAGMENTS.size());
    }

    @Test
    void storiesUnderTheLeastSizeStayAsTheClustererLeftThem() {
        List<Document> documents = new ArrayList<>(articles("shelling-", StoryTexts.SHELLING, DAY, false));
        documents.addAll(articles("quake-", StoryTexts.QUAKE, DAY, false));
        List<List<Integer>> groups = List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8, 9), List.of(10, 11));

        assertThat(BATCH.gather(groups, named(documents), true))
                .containsExactly(List.of(6, 7, 8, 9), List.of(0, 1, 2, 3, 4, 5), List.of(10, 11));
    }

    @Test
    void needingNamesNeedsANameTest() {
        StoryRegrouping noNames = new StoryRegrouping(new StorySeparation(0.3, 3, false), true, false);
        List<Signature> signatures = named(rehabs(false));

        assertThatThrownBy(() -> noNames.gather(FRAGMENTS, signatures, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegroupingClusterer(new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS),
                noNames, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegroupingClustererKeepsEveryArticleInExactlyOneStory() {
        List<Document> documents = new ArrayList<>(rehabs(false));
        documents.addAll(articles("quake-", StoryTexts.QUAKE, DAY, false));
        AverageLinkageClusterer batch = new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS);

        List<Story> stories = new RegroupingClusterer(batch, BATCH, true).cluster(documents);

        List<String> ids = stories.stream().flatMap(s -> s.articleIds().stream()).sorted().toList();
        assertThat(ids).isEqualTo(documents.stream().map(d -> d.article().id()).sorted().toList());
        assertThat(stories.size()).isLessThanOrEqualTo(batch.cluster(documents).size());
        assertThat(new RegroupingClusterer(batch, BATCH, true).cluster(List.of())).isEmpty();
    }
}
