package org.newsbrief.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KuhnMunkresTest {

    @Test
    void findsTheBestOfAllPermutations() {
        // permutations sum to 6, 11, 5, 9, 7, 6: rows 0,1,2 to columns 0,2,1 is best
        assertThat(KuhnMunkres.maximum(new double[][] {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}})).isCloseTo(11, within(1e-9));
    }

    @Test
    void beatsTheGreedyChoice() {
        // greedy takes 10 then 1; the optimum is 9 + 9
        assertThat(KuhnMunkres.maximum(new double[][] {{10, 9}, {9, 1}})).isCloseTo(18, within(1e-9));
    }

    @Test
    void leavesTheSurplusOfARectangularMatrixUnassigned() {
        assertThat(KuhnMunkres.maximum(new double[][] {{1, 9}, {8, 2}, {7, 7}})).isCloseTo(17, within(1e-9));
        assertThat(KuhnMunkres.maximum(new double[][] {{1, 8, 7}, {9, 2, 7}})).isCloseTo(17, within(1e-9));
        assertThat(KuhnMunkres.maximum(new double[0][0])).isZero();
    }

    @Test
    void agreesWithBruteForceOnSeededRandomMatrices() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(5);
            double[][] w = new double[n][n];
            for (double[] row : w) {
                for (int j = 0; j < n; j++) {
                    row[j] = random.nextInt(10) / 10.0;
                }
            }
            assertThat(KuhnMunkres.maximum(w)).isCloseTo(brute(w, 0, new boolean[n]), within(1e-9));
        }
    }

    @Test
    void rejectsRaggedOrNonFiniteMatrices() {
        assertThatThrownBy(() -> KuhnMunkres.maximum(new double[][] {{1, 2}, {3}})).hasMessageContaining("ragged");
        assertThatThrownBy(() -> KuhnMunkres.maximum(new double[][] {{Double.NaN}})).hasMessageContaining("NaN");
    }

    private static double brute(double[][] w, int row, boolean[] used) {
        if (row == w.length) {
            return 0;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < w.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.max(best, w[row][j] + brute(w, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
