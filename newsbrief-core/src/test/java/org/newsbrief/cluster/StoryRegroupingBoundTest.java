package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The regrouping's candidate indexes (names for the stories that count, terms for the small ones)
 * against comparing every story with every open group: the same groups, far fewer comparisons.
 */
class StoryRegroupingBoundTest {

    /** A normalised signature of these terms (increasing) with equal weights, holding these names. */
    private static Signature article(int[] terms, int... names) {
        double[] weights = new double[terms.length];
        java.util.Arrays.fill(weights, 1 / Math.sqrt(terms.length));
        return new Signature(terms, weights, null).withNames(names);
    }

    /** {@code stories} unrelated stories of {@code size} articles: story s has terms and one name of its own. */
    private static List<Signature> unrelated(int stories, int size, List<List<Integer>> groups) {
        List<Signature> signatures = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            List<Integer> group = new ArrayList<>();
            for (int a = 0; a < size; a++) {
                group.add(signatures.size());
                signatures.add(article(new int[] {10 * s, 10 * s + 1, 10 * s + 2 + a % 2}, 10 * s));
            }
            groups.add(group);
        }
        return signatures;
    }

    @Test
    void manyUnrelatedStoriesCompareFewPairs() {
        List<List<Integer>> groups = new ArrayList<>();
        List<Signature> signatures = unrelated(200, 3, groups);

        StoryRegrouping.Counted bounded = StoryRegrouping.DEFAULT.regroupCounted(groups, signatures, false);
        StoryRegrouping.Counted all = StoryRegrouping.DEFAULT.regroupCounted(groups, signatures, true);

        assertThat(bounded.groups()).isEqualTo(all.groups()).hasSize(200);
        assertThat(all.comparisons()).isEqualTo(200 * 199 / 2);
        // no two stories share a name: no story is compared with another's group
        assertThat(bounded.comparisons()).isZero();
    }

    @Test
    void aStoryWhoseOnlyCloseGroupSharesANameIsStillFound() {
        List<List<Integer>> groups = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>(unrelated(50, 4, groups));
        // a fragment of story 7 (its name and two of its terms), smaller than story 7, so it comes later
        List<Integer> fragment = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            fragment.add(signatures.size());
            signatures.add(article(new int[] {70, 71, 500 + a}, 70));
        }
        groups.add(fragment);

        StoryRegrouping.Counted bounded = StoryRegrouping.DEFAULT.regroupCounted(groups, signatures, false);

        assertThat(bounded.groups()).hasSize(50).contains(List.of(28, 29, 30, 31, 200, 201, 202));
        assertThat(bounded.groups()).isEqualTo(StoryRegrouping.DEFAULT.regroup(groups, signatures));
        assertThat(bounded.comparisons()).isEqualTo(1);
    }

    @Test
    void aSmallStoryWhoseOnlyCloseGroupSharesATermIsStillFound() {
        List<List<Integer>> groups = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>(unrelated(50, 3, groups));
        // two articles holding one term of story 31 and nothing else of any story
        signatures.add(article(new int[] {311, 900}));
        signatures.add(article(new int[] {311, 901}));
        groups.add(List.of(150, 151));

        StoryRegrouping.Counted bounded = StoryRegrouping.DEFAULT.regroupCounted(groups, signatures, false);

        assertThat(bounded.groups()).hasSize(50).contains(List.of(93, 94, 95, 150, 151));
        assertThat(bounded.groups()).isEqualTo(StoryRegrouping.DEFAULT.regroup(groups, signatures));
        assertThat(bounded.comparisons()).isEqualTo(1);
    }

    @Test
    void theIndexesLeaveTheGroupsOfComparingAllOnRandomStories() {
        // few terms and names, so that stories overlap, join, tie and lack characteristic names
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<Signature> signatures = new ArrayList<>();
            List<List<Integer>> groups = new ArrayList<>();
            int stories = 2 + random.nextInt(40);
            for (int s = 0; s < stories; s++) {
                int size = 1 + random.nextInt(random.nextBoolean() ? 2 : 8);
                int topic = random.nextInt(6);
                List<Integer> group = new ArrayList<>();
                for (int a = 0; a < size; a++) {
                    java.util.TreeSet<Integer> terms = new java.util.TreeSet<>();
                    int count = random.nextInt(5);
                    for (int t = 0; t < count; t++) {
                        terms.add(random.nextInt(4) < 3 ? 10 * topic + random.nextInt(4) : random.nextInt(60));
                    }
                    int[] names = random.ints(random.nextInt(3), 0, random.nextBoolean() ? 8 : 60).toArray();
                    group.add(signatures.size());
                    signatures.add(terms.isEmpty() ? new Signature(new int[0], new double[0], null).withNames(names)
                            : article(terms.stream().mapToInt(Integer::intValue).toArray(), names));
                }
                groups.add(group);
            }
            for (StoryRegrouping regrouping : List.of(StoryRegrouping.DEFAULT,
                    new StoryRegrouping(StorySeparation.DEFAULT, false, true),
                    new StoryRegrouping(new StorySeparation(0.30, 2, true, 0, StorySeparation.NAME_SHARE, 0.7), true, true),
                    new StoryRegrouping(new StorySeparation(0.30, 3, false), true, true))) {
                assertThat(regrouping.regroupIndexed(groups, signatures)).as("seed %d, %s", seed, regrouping)
                        .isEqualTo(regrouping.regroup(groups, signatures));
            }
        }
    }
}
