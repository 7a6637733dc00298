package org.newsbrief.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.newsbrief.pipeline.Progress;

/**
 * Progress on stderr: a line redrawn in place on a terminal, at most a few times a second;
 * only the end of each stage when stderr is not a terminal. Thread-safe.
 */
final class StderrProgress implements Progress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastDraw;
    private String lastStage = "";

    StderrProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        boolean finished = total >= 0 && done >= total;
        long now = System.nanoTime();
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
        } else if (finished) {
            err.println(line);
        }
    }
}
