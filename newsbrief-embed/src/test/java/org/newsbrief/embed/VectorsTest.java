package org.newsbrief.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void dotCoversTheTailPastTheLastFourAndNormalisingGivesUnitLength() {
        float[] a = {1, 2, 3, 4, 5, 6, 7};
        float[] b = {1, 1, 1, 1, 1, 1, 2};
        assertThat(Vectors.dot(a, b)).isEqualTo(35.0, within(1e-6));
        float[] unit = Vectors.normalised(a);
        assertThat(Vectors.dot(unit, unit)).isEqualTo(1.0, within(1e-6));
        assertThat(Vectors.normalised(new float[3])).containsExactly(0, 0, 0);
    }
}
