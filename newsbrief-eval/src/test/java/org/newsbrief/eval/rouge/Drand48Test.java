package org.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Drand48Test {

    // Reference values printed by glibc's srand48/drand48 and by perl -e 'srand($s); rand()'
    // (both give the same sequence), not by this code.
    @Test
    void drawsThePerlSequenceForEachSeed() {
        assertThat(draws(0)).containsExactly(0.17082803610628972, 0.74990198048496381, 0.09637165562356742);
        assertThat(draws(1)).containsExactly(0.041630344771878214, 0.45449244472862915, 0.8348172181669149);
        assertThat(draws(999)).containsExactly(0.10233439302919933, 0.63577575990663604, 0.80348863642769786);
    }

    @Test
    void indexIsTheTruncatedScaledDraw() {
        Drand48 random = new Drand48(0);
        assertThat(random.nextIndex(3)).isEqualTo(0);
        assertThat(random.nextIndex(3)).isEqualTo(2);
        assertThat(random.nextIndex(50)).isEqualTo(4);
    }

    private static double[] draws(long seed) {
        Drand48 random = new Drand48(seed);
        return new double[] {random.next(), random.next(), random.next()};
    }
}
