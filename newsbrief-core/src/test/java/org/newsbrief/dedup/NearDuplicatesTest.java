package org.newsbrief.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

class NearDuplicatesTest {

    private static final String TEXT = "Thousands of civilians fled the besieged eastern districts of Aleppo on Sunday as "
            + "government forces advanced, monitors said. About 250,000 people remain trapped in the rebel-held east "
            + "of the city under a siege that began in July, the United Nations said on Monday.";

    private static Document document(String id, String text, LocalDate date) {
        return new Document(new Article(id, "outlet", null, "", date, text, id), text, List.of());
    }

    private static Shingles of(String text, LocalDate date) {
        return Shingles.of(document("a", text, date));
    }

    @Test
    void findsAWireCopyWithAChangedCaseAsNearIdentical() {
        Shingles original = of(TEXT, LocalDate.of(2016, 11, 28));
        Shingles copy = of(TEXT.toUpperCase(Locale.ROOT), LocalDate.of(2016, 11, 29));
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
        List<long[]> bucket = new ArrayList<>(List.of(new long[] {5, 100}, new long[] {9, 2100},
                new long[] {2, 2110}, new long[] {7, 105}, new long[] {4, Long.MIN_VALUE}));
        List<String> pairs = new ArrayList<>();
        NearDuplicates.starPairs(bucket, (a, b) -> pairs.add(a + "-" + b));
        assertThat(pairs).containsExactlyInAnyOrder("2-4", "5-7", "2-9");
    }

    @Test
    void keepsTheFirstArticleOfEachGroupOfCopies() {
        Map<Long, Long> keep = NearDuplicates.keepFirst(List.of(new long[] {3, 7}, new long[] {1, 3}, new long[] {10, 12}));
        assertThat(keep).isEqualTo(Map.of(3L, 1L, 7L, 1L, 12L, 10L));
    }

    @Test
    void mapsEachCopyInACollectionToTheFirstArticleOfItsText() {
        LocalDate day = LocalDate.of(2016, 11, 28);
        String other = "The United Nations Security Council met on Monday to discuss the humanitarian situation "
                + "in the city, where food and medicine have run out in the besieged districts, diplomats said.";
        List<Document> documents = List.of(
                document("first", TEXT, day),
                document("other", other, day),
                document("copy", TEXT + " Reporting by the wire.", day.plusDays(1)),
                document("copy-of-other", other.toUpperCase(Locale.ROOT), null),
                document("rewrite", TEXT.replace("said", "reported").replace("people", "residents"), day),
                document("next-year", TEXT, day.plusYears(1)));

        assertThat(new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD).find(documents))
                .containsExactly(Map.entry("copy", "first"), Map.entry("copy-of-other", "other"));
        assertThat(new NearDuplicates(0).find(documents)).isEmpty();
    }

    @Test
    void refusesAThresholdOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new NearDuplicates(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 1]");
    }
}
