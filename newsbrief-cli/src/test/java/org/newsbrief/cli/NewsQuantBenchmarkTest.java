package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsbrief.eval.dataset.SharedDataFolder;

/** {@code bench quantities --part dev --errors}: dev alone, never a held-out sentence. */
class NewsQuantBenchmarkTest {

    @Test
    void devPartScoresAndListsOnlyDevSentences() throws Exception {
        Optional<Path> folder = SharedDataFolder.find("newsquant");
        assumeTrue(folder.isPresent(), "shared/data/newsquant not found: skipped");
        String text = NewsQuantBenchmark.dev(folder.get(), "dev", true);
        assertThat(text).contains("| dev | CQE | ").contains("| dev | one-to-one | ").doesNotContain("held-out");
        Matcher listed = Pattern.compile("(?m)^#(\\d+) ").matcher(text);
        int count = 0;
        while (listed.find()) {
            assertThat(Integer.parseInt(listed.group(1)) % 2).as("sentence %s", listed.group(1)).isZero();
            count++;
        }
        assertThat(count).isPositive();
    }

    @Test
    void devAListsOnlyItsOwnSentencesAndDevBListsNone() throws Exception {
        Optional<Path> folder = SharedDataFolder.find("newsquant");
        assumeTrue(folder.isPresent(), "shared/data/newsquant not found: skipped");
        String text = NewsQuantBenchmark.dev(folder.get(), "dev-a", true);
        assertThat(text).contains("| dev-a | CQE | ").doesNotContain("held-out");
        Matcher listed = Pattern.compile("(?m)^#(\\d+) ").matcher(text);
        while (listed.find()) {
            assertThat(Integer.parseInt(listed.group(1)) % 4).as("sentence %s", listed.group(1)).isZero();
        }
        assertThat(NewsQuantBenchmark.dev(folder.get(), "dev-b", false)).contains("| dev-b | CQE | ").doesNotContain("#");
        assertThatThrownBy(() -> NewsQuantBenchmark.dev(folder.get(), "dev-b", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitsPartScoresEachOfCqesUnitSetsAndNoNewsQuantSentence() throws Exception {
        Optional<Path> folder = SharedDataFolder.find("newsquant");
        assumeTrue(folder.isPresent(), "shared/data/newsquant not found: skipped");
        String text = NewsQuantBenchmark.dev(folder.get(), "units", true);
        for (String set : new String[] {"age-model", "currency-model", "dimension-model", "temperature-model"}) {
            assertThat(text).contains("| " + set + " | CQE | ").contains("| " + set + " | one-to-one | ");
        }
        assertThat(text).doesNotContain("held-out").doesNotContainPattern("(?m)^#\\d");
        // errors are listed with their set's name (the age set has none left since the 2026-12-01 round)
        assertThat(text).containsPattern("(?m)^(?:age|currency|dimension|temperature)-model #\\d+ ");
    }

    @Test
    void unitsAListsOnlyEvenPositionsAndUnitsBListsNone() throws Exception {
        Optional<Path> folder = SharedDataFolder.find("newsquant");
        assumeTrue(folder.isPresent(), "shared/data/newsquant not found: skipped");
        String text = NewsQuantBenchmark.dev(folder.get(), "units-a", true);
        assertThat(text).contains("| currency-model (units-a) | CQE | ").contains("| four sets summed (units-a) | CQE | ");
        Matcher listed = Pattern.compile("(?m)^[a-z]+-model #(\\d+) ").matcher(text);
        int count = 0;
        while (listed.find()) {
            assertThat(Integer.parseInt(listed.group(1)) % 2).as("sentence %s", listed.group(1)).isZero();
            count++;
        }
        assertThat(count).isPositive();
        assertThat(NewsQuantBenchmark.dev(folder.get(), "units-b", false))
                .contains("| four sets summed (units-b) | CQE | ").doesNotContain("#");
        assertThatThrownBy(() -> NewsQuantBenchmark.dev(folder.get(), "units-b", true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
