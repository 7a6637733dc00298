package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The regrouping's bound ({@link StoryRegrouping.Bound}): the time rule, the candidate groups from
 * the key index and their cap, against comparing every story with every open group ({@link
 * StoryRegrouping.Bound#NONE}).
 */
class StoryRegroupingBoundTest {

    private static final LocalDate DAY = LocalDate.of(1998, 10, 1);
    private static final StoryRegrouping UNBOUNDED = StoryRegrouping.DEFAULT.withBound(StoryRegrouping.Bound.NONE);

    /** A normalised signature of these terms (increasing) with equal weights, holding these names, on this day (or none). */
    private static Signature article(LocalDate date, int[] terms, int... names) {
        double[] weights = new double[terms.length];
        java.util.Arrays.fill(weights, 1 / Math.sqrt(terms.length));
        return new Signature(terms, weights, date).withNames(names);
    }

    private static Signature article(int[] terms, int... names) {
        return article(null, terms, names);
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

    /** {@code count} articles of the same terms and name on the day, appended to the signatures; their indexes. */
    private static List<Integer> story(List<Signature> signatures, int count, LocalDate date, int[] terms, int name) {
        List<Integer> group = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            group.add(signatures.size());
            signatures.add(article(date, terms, name));
        }
        return group;
    }

    @Test
    void manyUnrelatedStoriesCompareFewPairs() {
        List<List<Integer>> groups = new ArrayList<>();
        List<Signature> signatures = unrelated(200, 3, groups);

        StoryRegrouping.Counted bounded = StoryRegrouping.DEFAULT.regroupCounted(groups, signatures);
        StoryRegrouping.Counted all = UNBOUNDED.regroupCounted(groups, signatures);

        assertThat(bounded.groups()).isEqualTo(all.groups()).hasSize(200);
        assertThat(all.comparisons()).isEqualTo(200 * 199 / 2);
        // the first 21 stories each meet every open group (no more than the cap); later ones share no key with any
        assertThat(bounded.comparisons()).isEqualTo(20 * 21 / 2);
    }

    @Test
    void aStoryAmongMoreGroupsThanTheCapIsComparedWithThoseSharingTheMostKeys() {
        // 50 unrelated stories that all hold one common term, then a fragment of story 7 (its name and two of its terms)
        List<List<Integer>> groups = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>();
        for (int s = 0; s < 50; s++) {
            groups.add(story(signatures, 4, null, new int[] {10 * s, 10 * s + 1, 10 * s + 2, 9999}, 10 * s));
        }
        List<Integer> fragment = story(signatures, 3, null, new int[] {70, 71, 600, 9999}, 70);
        groups.add(fragment);

        StoryRegrouping.Counted bounded = StoryRegrouping.DEFAULT.regroupCounted(groups, signatures);

        List<Integer> seven = new ArrayList<>(groups.get(7));
        seven.addAll(fragment);
        assertThat(bounded.groups()).hasSize(50).contains(seven).isEqualTo(UNBOUNDED.regroup(groups, signatures));
        // 210 while at most 20 groups are open, then every later story meets the cap of 20 groups sharing the common term
        assertThat(bounded.comparisons()).isEqualTo(210 + 29 * 20 + 20);
        assertThat(UNBOUNDED.regroupCounted(groups, signatures).comparisons()).isEqualTo(50 * 49 / 2 + 50);
    }

    @Test
    void theCapIsNotExactAStoryWhoseClosestGroupSharesFewerKeysStaysApart() {
        List<List<Integer>> groups = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>();
        groups.add(story(signatures, 4, null, new int[] {1, 2, 3}, 1));
        groups.add(story(signatures, 4, null, new int[] {20, 21, 22}, 2));
        groups.add(story(signatures, 4, null, new int[] {30, 31, 32}, 3));
        // a fragment of the first story by its name and its heaviest term, sharing more terms with the two others
        int[] terms = {1, 20, 21, 22, 30, 31, 32};
        double[] weights = new double[terms.length];
        java.util.Arrays.fill(weights, Math.sqrt(0.19 / 6));
        weights[0] = 0.9;
        List<Integer> fragment = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            fragment.add(signatures.size());
            signatures.add(new Signature(terms, weights, null).withNames(new int[] {1}));
        }
        groups.add(fragment);
        StoryRegrouping capped = StoryRegrouping.DEFAULT.withBound(new StoryRegrouping.Bound(0, 20, 2, 200));

        StoryRegrouping.Counted result = capped.regroupCounted(groups, signatures);

        assertThat(UNBOUNDED.regroup(groups, signatures)).contains(List.of(0, 1, 2, 3, 12, 13, 14));
        // compared with the two groups sharing three keys each, not the first (its term and its name): a group of its own
        assertThat(result.groups()).containsExactly(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7), List.of(8, 9, 10, 11),
                List.of(12, 13, 14));
        assertThat(result.comparisons()).isEqualTo(1 + 2 + 2);
    }

    @Test
    void storiesFurtherApartThanTheHorizonNeverMerge() {
        // one story's fragments (same terms, same name): 100 days apart they merge, 2,000 days apart they do not
        int[] terms = {1, 2, 3};
        long horizon = StoryRegrouping.Bound.DEFAULT.horizonDays();
        assertThat(horizon).isEqualTo(560);
        for (long apart : new long[] {0, 100, horizon, horizon + 1, 2_000}) {
            List<Signature> signatures = new ArrayList<>();
            List<List<Integer>> groups = List.of(story(signatures, 4, DAY, terms, 1),
                    story(signatures, 3, DAY.plusDays(apart), terms, 1));

            List<List<Integer>> regrouped = StoryRegrouping.DEFAULT.regroup(groups, signatures);

            assertThat(regrouped).as("%d days apart", apart).hasSize(apart <= horizon ? 1 : 2);
            assertThat(UNBOUNDED.regroup(groups, signatures)).hasSize(1);
        }
        // an undated fragment meets every group
        List<Signature> signatures = new ArrayList<>();
        List<List<Integer>> groups = List.of(story(signatures, 4, DAY, terms, 1), story(signatures, 3, null, terms, 1));
        assertThat(StoryRegrouping.DEFAULT.regroup(groups, signatures)).hasSize(1);
    }

    @Test
    void aSmallStoryFurtherApartThanTheHorizonJoinsNoGroup() {
        List<Signature> signatures = new ArrayList<>();
        List<List<Integer>> groups = List.of(story(signatures, 4, DAY, new int[] {1, 2, 3}, 1),
                story(signatures, 4, DAY, new int[] {7, 8, 9}, 7), story(signatures, 2, DAY.plusDays(2_000), new int[] {1, 2, 3}, 1));

        assertThat(StoryRegrouping.DEFAULT.regroup(groups, signatures)).containsExactly(List.of(0, 1, 2, 3),
                List.of(4, 5, 6, 7), List.of(8, 9));
        assertThat(UNBOUNDED.regroup(groups, signatures)).containsExactly(List.of(0, 1, 2, 3, 8, 9), List.of(4, 5, 6, 7));
    }

    @Test
    void copiesOfAStoryInOtherTimesAreNeverCandidates() {
        // the same story 30 times, 2,000 days apart (more copies than the cap), each followed by a fragment of it
        List<Signature> signatures = new ArrayList<>();
        List<List<Integer>> groups = new ArrayList<>();
        List<List<Integer>> expected = new ArrayList<>();
        for (int copy = 0; copy < 30; copy++) {
            groups.add(story(signatures, 4, DAY.plusDays(2_000L * copy), new int[] {1, 2, 3}, 1));
        }
        for (int copy = 0; copy < 30; copy++) {
            List<Integer> fragment = story(signatures, 3, DAY.plusDays(2_000L * copy + 5), new int[] {1, 2, 4}, 1);
            groups.add(fragment);
            List<Integer> whole = new ArrayList<>(groups.get(copy));
            whole.addAll(fragment);
            expected.add(whole);
        }

        StoryRegrouping.Counted bounded = StoryRegrouping.DEFAULT.regroupCounted(groups, signatures);

        assertThat(bounded.groups()).isEqualTo(expected);
        assertThat(bounded.groups()).isEqualTo(StoryRegrouping.DEFAULT.withBound(StoryRegrouping.Bound.DEFAULT.uncapped())
                .regroup(groups, signatures));
        // each fragment is compared with its own copy alone; without the time rule everything is one story
        assertThat(bounded.comparisons()).isEqualTo(30);
        assertThat(UNBOUNDED.regroup(groups, signatures)).hasSize(1);
    }

    @Test
    void inputsOfNoMoreStoriesThanTheCapAreRegroupedAsWithoutTheBound() {
        // few terms and names, so that stories overlap, join, tie and lack characteristic names; undated
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<Signature> signatures = new ArrayList<>();
            List<List<Integer>> groups = new ArrayList<>();
            int stories = 2 + random.nextInt(StoryRegrouping.Bound.DEFAULT.candidates() - 1);
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
                assertThat(regrouping.regroup(groups, signatures)).as("seed %d, %s", seed, regrouping)
                        .isEqualTo(regrouping.withBound(StoryRegrouping.Bound.NONE).regroup(groups, signatures));
            }
        }
    }
}
