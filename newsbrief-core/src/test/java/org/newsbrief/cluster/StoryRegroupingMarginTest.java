package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The regrouping's margin ({@link StoryRegrouping#margin}): a story joins its closest passing group
 * only when it is clearly closer to it than to every other candidate group.
 */
class StoryRegroupingMarginTest {

    /** {@code count} articles with these terms (equal weights, normalised) and names; their indexes. */
    private static List<Integer> story(List<Signature> signatures, int count, int[] terms, int... names) {
        double[] weights = new double[terms.length];
        java.util.Arrays.fill(weights, 1 / Math.sqrt(terms.length));
        List<Integer> group = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            group.add(signatures.size());
            signatures.add(new Signature(terms, weights, null).withNames(names));
        }
        return group;
    }

    /**
     * Two stories apart (A: terms 1-3, name 1; B: terms 4-6, name 2) and a third story of 3 articles
     * that passes the tests with both (terms 1-5, names 1 and 2): mean cosine 0.775 with A, 0.516 with
     * B, so A is 1.5 times closer.
     */
    private static List<List<Integer>> between(List<Signature> signatures) {
        return List.of(story(signatures, 5, new int[] {1, 2, 3}, 1), story(signatures, 4, new int[] {4, 5, 6}, 2),
                story(signatures, 3, new int[] {1, 2, 3, 4, 5}, 1, 2));
    }

    @Test
    void aStoryAboutAsCloseToTwoGroupsOpensItsOwnUnderAWideMargin() {
        List<Signature> signatures = new ArrayList<>();
        List<List<Integer>> groups = between(signatures);

        // without margin (the default) and under a margin it clears, it joins A
        assertThat(StoryRegrouping.DEFAULT.margin()).isZero();
        List<List<Integer>> joined = List.of(List.of(0, 1, 2, 3, 4, 9, 10, 11), List.of(5, 6, 7, 8));
        assertThat(StoryRegrouping.DEFAULT.regroup(groups, signatures)).isEqualTo(joined);
        assertThat(StoryRegrouping.DEFAULT.withMargin(1.25).regroup(groups, signatures)).isEqualTo(joined);
        // A is not twice as close as B: a group of its own
        assertThat(StoryRegrouping.DEFAULT.withMargin(2).regroup(groups, signatures))
                .containsExactly(List.of(0, 1, 2, 3, 4), List.of(5, 6, 7, 8), List.of(9, 10, 11));
    }

    @Test
    void aFragmentCloseToOneGroupOnlyStillJoinsIt() {
        List<Signature> signatures = new ArrayList<>();
        List<List<Integer>> groups = List.of(story(signatures, 5, new int[] {1, 2, 3}, 1),
                story(signatures, 4, new int[] {4, 5, 6}, 2), story(signatures, 3, new int[] {1, 2, 3, 7}, 1));

        assertThat(StoryRegrouping.DEFAULT.withMargin(3).regroup(groups, signatures))
                .containsExactly(List.of(0, 1, 2, 3, 4, 9, 10, 11), List.of(5, 6, 7, 8));
    }

    @Test
    void whileOneGroupIsOpenTheMarginAsksNothing() {
        // one story and a fragment of it that is only moderately close: the margin has no other group to weigh
        List<Signature> signatures = new ArrayList<>();
        List<List<Integer>> groups = List.of(story(signatures, 5, new int[] {1, 2, 3}, 1),
                story(signatures, 3, new int[] {1, 2, 3, 4, 5}, 1));

        assertThat(StoryRegrouping.DEFAULT.withMargin(3).regroup(groups, signatures))
                .isEqualTo(StoryRegrouping.DEFAULT.regroup(groups, signatures)).containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7));
    }

    @Test
    void aMarginUnderOneIsRefused() {
        assertThatThrownBy(() -> StoryRegrouping.DEFAULT.withMargin(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(StoryRegrouping.DEFAULT.withMargin(1.5).withBound(StoryRegrouping.Bound.NONE).margin()).isEqualTo(1.5);
    }
}
