package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train-scorer}, {@code train-dpp} and {@code bench} refuse options no run can use with exit code 2 and a
 * message naming the option, before reading any data or starting a server.
 */
class CommandOptionsTest {

    @TempDir
    Path dir;

    private void refused(String expected, String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
        assertThat(run.err()).as(String.join(" ", args)).startsWith("newsbrief: error: " + expected);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void trainScorerChecksItsOptionsBeforeReading() throws Exception {
        String out = "--out=" + dir.resolve("model.tsv");
        refused("unknown training dataset 'bogus'; valid: multinews, duc2003", "train-scorer", "--dataset=bogus", out);
        refused("--limit must not be negative: -1", "train-scorer", "--limit=-1", out);
        refused("--threads must be at least 1: 0", "train-scorer", "--threads=0", out);
        refused("unknown --labels 'foo'; valid: oracle, filled-oracle, precision", "train-scorer", "--labels=foo", out);
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        refused("cannot write the output to " + folder + ": it is a directory", "train-scorer", "--out=" + folder);
        assertThat(dir.resolve("model.tsv")).doesNotExist();
    }

    @Test
    void trainDppChecksItsOptionsBeforeReading() throws Exception {
        String out = "--out=" + dir.resolve("dpp.tsv");
        refused("duc2004 is the test set: train on duc2003 and multinews only", "train-dpp", "--dataset=duc2004", out);
        refused("need --limit >= 0, --folds 0 or >= 2", "train-dpp", "--folds=1", out);
        refused("need --iterations >= 1", "train-dpp", "--iterations=0", out);
        refused("--l2 must be >= 0 and --cost-power in [0, 2]", "train-dpp", "--cost-power=0,3", out);
        refused("unknown --features [basic, foo]; valid: basic, binned", "train-dpp", "--features=basic,foo", out);
        refused("unknown summarizer 'bogus'", "train-dpp", "--compare=bogus", out);
        assertThat(dir.resolve("dpp.tsv")).doesNotExist();
    }

    @Test
    void trainConceptsChecksItsOptionsBeforeReading() throws Exception {
        String out = "--out=" + dir.resolve("concepts.tsv");
        refused("duc2004 is the test set: train on duc2003 and multinews only", "train-concepts", "--dataset=duc2004", out);
        refused("need --limit >= 0, --folds 0 or >= 2", "train-concepts", "--folds=1", out);
        refused("need --min-documents >= 1", "train-concepts", "--min-documents=3,0", out);
        refused("need --limit >= 0, --folds 0 or >= 2, --threads >= 1", "train-concepts", "--threads=0", out);
        refused("unknown coverage option 'bogus'", "train-concepts", "--options=salience=2,bogus=1", out);
        refused("unknown summarizer 'bogus'", "train-concepts", "--compare=bogus", out);
        assertThat(dir.resolve("concepts.tsv")).doesNotExist();
    }

    @Test
    void benchChecksCountsAndStoryBeforeAnyWork() {
        String out = "--out=" + dir.resolve("report.md");
        refused("--runs must be at least 1: 0", "bench", "foundation", "--runs=0", out);
        refused("--clients must be at least 1: -1", "bench", "server", "--clients=-1", out);
        refused("--seconds must be at least 1: 0", "bench", "server", "--seconds=0", out);
        refused("--story " + dir.resolve("none") + " is not a folder of articles", "bench", "foundation",
                "--story=" + dir.resolve("none"), out);
        assertThat(dir.resolve("report.md")).doesNotExist();
    }

    @Test
    void clusterChecksItsOptionsBeforeAnalysingArticles() throws Exception {
        Path articles = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"Floods hit Valencia on Tuesday.\"}\n");
        for (String[] bad : new String[][] {{"--threshold=-1", "--threshold must be positive: -1.0"},
                {"--attach-size=-1", "--attach-size must be 0 or more: -1"},
                {"--method=foo", "unknown --method 'foo'; valid: batch, online"},
                {"--duplicate-threshold=1.5", "--duplicate-threshold must be within [0, 1]: 1.5"}}) {
            CliRun run = CliRun.of("cluster", bad[0], articles.toString());
            assertThat(run.exitCode()).as(bad[0]).isEqualTo(2);
            assertThat(run.err()).as(bad[0]).isEqualTo("newsbrief: error: " + bad[1] + System.lineSeparator());
        }
    }
}
