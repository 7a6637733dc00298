package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress written to a log file (not a terminal) on a long stage. */
class StderrProgressTest {

    private long now;

    @Test
    void aLogShowsALongStageMovingAtMostEvery30SecondsAndItsEnd() {
        StringWriter log = new StringWriter();
        StderrProgress progress = new StderrProgress(new PrintWriter(log, true), false, () -> now);
        for (int done = 1; done <= 100; done++) {
            now += 1_000_000_000L; // one cluster a second: 100 seconds in all
            progress.update("clusters", done, 100);
        }
        assertThat(log.toString().lines()).containsExactly("clusters 30/100", "clusters 60/100", "clusters 90/100",
                "clusters 100/100");
    }

    @Test
    void aShortStageLogsOnlyItsEnd() {
        StringWriter log = new StringWriter();
        StderrProgress progress = new StderrProgress(new PrintWriter(log, true), false, () -> now);
        for (int done = 1; done <= 5; done++) {
            now += 1_000_000_000L;
            progress.update("analyze", done, 5);
        }
        progress.update("dedup", 0, -1);
        assertThat(log.toString().lines()).containsExactly("analyze 5/5");
    }
}
