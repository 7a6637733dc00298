package org.newsbrief.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.newsbrief.pipeline.Progress;

/**
 * Progress on stderr: a line redrawn in place on a terminal, at most a few times a second; when
 * stderr is not a terminal (a log file), the end of each stage and, on a long stage, a line at
 * most every 30 seconds, so that a log of an hour-long run shows it moving. Thread-safe.
 */
final class StderrProgress implements Progress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LOG_NANOS = 30_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final java.util.function.LongSupplier clock;
    private long lastDraw;
    private long lastLogged;
    private String lastStage = "";

    StderrProgress(PrintWriter err, boolean terminal) {
        this(err, terminal, System::nanoTime);
    }

    /** With {@code clock} giving nanoseconds, for tests. */
    StderrProgress(PrintWriter err, boolean terminal, java.util.function.LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.lastLogged = clock.getAsLong();
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        boolean finished = total >= 0 && done >= total;
        long now = clock.getAsLong();
        if (terminal && !finished && stage.equals(lastStage) && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        lastStage = stage;
        String line = total < 0 ? String.format(Locale.ROOT, "%s ...", stage)
                : String.format(Locale.ROOT, "%s %d/%d", stage, done, total);
        if (terminal) {
            err.print("\r\033[K" + line + (finished ? "\n" : ""));
            err.flush();
        } else if (finished || (total > 0 && now - lastLogged >= LOG_NANOS)) {
            lastLogged = now;
            err.println(line);
        }
    }
}
