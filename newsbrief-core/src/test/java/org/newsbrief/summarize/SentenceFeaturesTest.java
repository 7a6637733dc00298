package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

    private static final String[] STORY = {
        "Rebels seized the airport of the northern city on Monday after a week of fighting with the army."
                + " The fighting killed 42 people, officials said on Tuesday in a statement to reporters."
                + " \"We will take it back,\" a general told state television in the capital that night.",
        "Rebels captured the airport of the northern city on Monday after days of heavy fighting with troops."
                + " A bakery in the old town ran out of flour by noon as families queued in the rain."};

    private static int column(String name) {
        return SentenceFeatures.NAMES.indexOf(name);
    }

    @Test
    void everySentenceGetsOneValueInZeroToOnePerFeature() {
        SentencePool pool = TestPools.of(STORY);
        double[][] rows = SentenceFeatures.of(pool);
        assertThat(rows).hasNumberOfRows(pool.size());
        for (double[] row : rows) {
            assertThat(row).hasSize(SentenceFeatures.NAMES.size());
            for (double value : row) {
                assertThat(value).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void positionOpeningArticleDigitsAndQuotesDescribeTheSentence() {
        SentencePool pool = TestPools.of(STORY);
        double[][] rows = SentenceFeatures.of(pool);
        int lead = TestPools.sentenceStarting(pool, "Rebels seized");
        int toll = TestPools.sentenceStarting(pool, "The fighting killed");
        int quote = TestPools.sentenceStarting(pool, "\"We will");
        int secondLead = TestPools.sentenceStarting(pool, "Rebels captured");
        assertThat(rows[lead][column("opening")]).isEqualTo(1.0);
        assertThat(rows[toll][column("opening")]).isEqualTo(0.0);
        assertThat(rows[lead][column("position")]).isGreaterThan(rows[toll][column("position")]);
        assertThat(rows[lead][column("article")]).isGreaterThan(rows[secondLead][column("article")]);
        assertThat(rows[toll][column("digits")]).isPositive();
        assertThat(rows[lead][column("digits")]).isZero();
        assertThat(rows[quote][column("quote")]).isEqualTo(1.0);
        assertThat(rows[lead][column("quote")]).isZero();
    }

    @Test
    void whatTwoOutletsReportIsSupportedAndCentral() {
        // the two leads report the same event; the bakery sentence appears in one article only
        SentencePool pool = TestPools.of(STORY);
        double[][] rows = SentenceFeatures.of(pool);
        int lead = TestPools.sentenceStarting(pool, "Rebels seized");
        int bakery = TestPools.sentenceStarting(pool, "A bakery");
        assertThat(rows[lead][column("support")]).isGreaterThan(rows[bakery][column("support")]);
        assertThat(rows[lead][column("centroid")]).isGreaterThan(rows[bakery][column("centroid")]);
    }
}
