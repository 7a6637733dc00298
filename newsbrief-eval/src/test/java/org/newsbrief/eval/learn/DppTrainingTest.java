package org.newsbrief.eval.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.newsbrief.summarize.DppQualityScorer;

class DppTrainingTest {

    private static final int FEATURES = DppQualityScorer.NAMES.size();

    /** A story of {@code n} random sentences: features in [0, 1], a similarity that is a cosine Gram matrix. */
    private static DppTraining.Story story(long seed, int n, int[] oracle) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] features = new double[n][FEATURES];
        double[][] vectors = new double[n][4];
        for (int a = 0; a < n; a++) {
            for (int k = 0; k < FEATURES; k++) {
                features[a][k] = random.nextDouble();
            }
            double norm = 0;
            for (int k = 0; k < 4; k++) {
                vectors[a][k] = random.nextDouble();
                norm += vectors[a][k] * vectors[a][k];
            }
            for (int k = 0; k < 4; k++) {
                vectors[a][k] /= Math.sqrt(norm);
            }
        }
        double[][] similarity = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int k = 0; k < 4; k++) {
                    similarity[a][b] += vectors[a][k] * vectors[b][k];
                }
            }
        }
        return new DppTraining.Story("s" + seed, null, new int[n], features, similarity, oracle, List.of());
    }

    private static double[] theta(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] theta = new double[FEATURES + 1];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = random.nextDouble() * 2 - 1;
        }
        return theta;
    }

    @Test
    void theGradientMatchesFiniteDifferencesOfTheLikelihood() {
        List<DppTraining.Story> stories = List.of(story(1, 6, new int[] {0, 3}), story(2, 5, new int[] {4}));
        double[] theta = theta(3);
        double l2 = 0.3;
        double[] gradient = new double[theta.length];
        DppTraining.objective(stories, theta, l2, gradient, 1);
        double h = 1e-6;
        for (int k = 0; k < theta.length; k++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (DppTraining.objective(stories, up, l2, new double[theta.length], 1)
                    - DppTraining.objective(stories, down, l2, new double[theta.length], 1)) / (2 * h);
            assertThat(gradient[k]).as("weight %d", k).isCloseTo(numeric, within(1e-6));
        }
    }

    @Test
    void theLikelihoodIsTheLogProbabilityOfTheOracleSet() {
        // two orthogonal items, quality 1 each (theta 0): P({0}) = det(L_{0}) / det(L + I) = 1 / 4
        double[][] features = new double[2][FEATURES];
        double[][] identity = {{1, 0}, {0, 1}};
        DppTraining.Story story = new DppTraining.Story("t", null, new int[2], features, identity, new int[] {0}, List.of());
        double value = DppTraining.logLikelihood(story, new double[FEATURES + 1], new double[FEATURES + 1]);
        assertThat(value).isCloseTo(Math.log(0.25), within(1e-12));
    }

    @Test
    void fittingRaisesTheLikelihoodAndLearnsWhatMarksTheOracle() {
        // the oracle's items are those with a high first feature: its weight must come out positive
        List<DppTraining.Story> stories = new java.util.ArrayList<>();
        for (long seed = 10; seed < 16; seed++) {
            DppTraining.Story base = story(seed, 8, new int[0]);
            int[] oracle = java.util.stream.IntStream.range(0, 8).filter(a -> base.features()[a][0] > 0.6).toArray();
            stories.add(new DppTraining.Story(base.id(), null, base.ground(), base.features(), base.similarity(), oracle,
                    List.of()));
        }
        double[] zero = new double[FEATURES + 1];
        double[] fitted = DppTraining.fit(stories, 0.1, 100, DppQualityScorer.NAMES.size(), 1);
        assertThat(DppTraining.objective(stories, fitted, 0.1, new double[zero.length], 1))
                .isGreaterThan(DppTraining.objective(stories, zero, 0.1, new double[zero.length], 1));
        assertThat(fitted[0]).isGreaterThan(1);
    }
}
