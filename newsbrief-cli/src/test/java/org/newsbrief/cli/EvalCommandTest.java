package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsbrief eval} refuses unusable options and inputs with exit code 2, before any work. */
class EvalCommandTest {

    @TempDir
    Path dir;

    private Path oneCluster() throws IOException {
        return Files.writeString(dir.resolve("one.jsonl"), "{\"id\":\"c1\",\"documents\":[\"Thousands fled the city on"
                + " Sunday. Aid groups said food was running out.\"],\"references\":[\"Thousands fled the city.\"]}\n");
    }

    private CliRun eval(String... more) {
        String[] args = new String[more.length + 1];
        args[0] = "eval";
        System.arraycopy(more, 0, args, 1, more.length);
        return CliRun.of(args);
    }

    @Test
    void unknownDatasetListsTheValidOnes() {
        CliRun run = eval("--dataset=duc2005", "--report-dir=" + dir);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown dataset 'duc2005'; valid: duc2004, duc2003, multinews, jsonl, timeline17");
    }

    @Test
    void nonPositiveLengthsAndNegativeCountsAreRefusedBeforeReading() throws IOException {
        Path data = oneCluster();
        for (String option : new String[] {"--words=0", "--words=-5", "--bytes=-1", "--limit=-1", "--skip=-2",
                "--threads=0"}) {
            CliRun run = eval("--dataset=jsonl", "--data=" + data, "--report-dir=" + dir.resolve("r"), option);
            assertThat(run.exitCode()).as(option).isEqualTo(2);
            assertThat(run.err()).as(option).startsWith("newsbrief: error: --").doesNotContain("reading");
        }
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void reportDirThatIsAFileIsRefusedBeforeReading() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        CliRun run = eval("--dataset=jsonl", "--data=" + oneCluster(), "--report-dir=" + file);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--report-dir " + file + " is a file, not a folder").doesNotContain("reading");
    }

    @Test
    void emptyDatasetIsNoReadableInputAndWritesNoReport() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
        CliRun run = eval("--dataset=jsonl", "--data=" + empty, "--report-dir=" + dir.resolve("r"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no clusters in " + empty);
        assertThat(dir.resolve("r/eval-jsonl.md")).doesNotExist();
        CliRun skippedAll = eval("--dataset=jsonl", "--data=" + oneCluster(), "--skip=1", "--report-dir=" + dir.resolve("r"));
        assertThat(skippedAll.exitCode()).isEqualTo(2);
        assertThat(skippedAll.err()).contains("--skip 1 leaves no clusters in ").contains(": there are 1");
    }

    @Test
    void clusterWithoutReferenceIsBadInputNamingItsLine() throws IOException {
        Path data = Files.writeString(dir.resolve("norefs.jsonl"), "{\"id\":\"c9\",\"documents\":[\"Some text.\"],"
                + "\"references\":[]}\n");
        CliRun run = eval("--dataset=jsonl", "--data=" + data, "--report-dir=" + dir.resolve("r"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 1: cluster 'c9' has no reference summary");
    }

    @Test
    void aRunWritesBothReportsAndNoTemporaryFile() throws IOException {
        CliRun run = eval("--dataset=jsonl", "--data=" + oneCluster(), "--summarizer=lead", "--words=5",
                "--threads=1", "--report-dir=" + dir.resolve("r"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        try (var files = Files.list(dir.resolve("r"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("eval-jsonl.md",
                    "eval-jsonl.json");
        }
    }
}
