package org.newsbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import scala.Tuple2;

class ShinglesTest {

    private static final String TEXT = "Thousands of civilians fled the besieged eastern districts of Aleppo on Sunday as "
            + "government forces advanced, monitors said. About 250,000 people remain trapped in the rebel-held east "
            + "of the city under a siege that began in July, the United Nations said on Monday.";

    private static Shingles of(String text, LocalDate date) {
        return Shingles.of(new Document(new Article("a", "outlet", null, "", date, text, "a"), text, List.of()));
    }

    @Test
    void findsAWireCopyWithAChangedHeadlineOrCaseAsNearIdentical() {
        Shingles original = of(TEXT, LocalDate.of(2016, 11, 28));
        Shingles copy = of(TEXT.toUpperCase(java.util.Locale.ROOT), LocalDate.of(2016, 11, 29));
        assertThat(original.nearIdentical(copy, 0.9)).isTrue();
        assertThat(original.bandKeys()).containsAnyOf(copy.bandKeys());
    }

    @Test
    void keepsARewriteAndALateRepublicationApart() {
        Shingles original = of(TEXT, LocalDate.of(2016, 11, 28));
        assertThat(original.nearIdentical(of(TEXT.replace("said", "reported"), LocalDate.of(2016, 11, 28)), 0.9)).isFalse();
        assertThat(original.nearIdentical(of(TEXT, LocalDate.of(2017, 11, 28)), 0.9)).isFalse();
    }

    @Test
    void pairsBucketMembersWithTheFirstOfTheirTwoWeekRun() {
        List<long[]> bucket = new java.util.ArrayList<>(List.of(new long[] {5, 100}, new long[] {9, 2100},
                new long[] {2, 2110}, new long[] {7, 105}, new long[] {4, Long.MIN_VALUE}));
        List<String> pairs = new java.util.ArrayList<>();
        DuplicateStage.starPairs(bucket, (a, b) -> pairs.add(a + "-" + b));
        assertThat(pairs).containsExactlyInAnyOrder("2-4", "5-7", "2-9");
    }

    @Test
    void keepsTheFirstArticleOfEachGroupOfCopies() {
        Map<Long, Long> keep = DuplicateStage.keepFirst(List.of(new Tuple2<>(3L, 7L), new Tuple2<>(1L, 3L),
                new Tuple2<>(10L, 12L)));
        assertThat(keep).isEqualTo(Map.of(3L, 1L, 7L, 1L, 12L, 10L));
    }
}
