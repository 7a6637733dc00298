package org.newsbrief.eval.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes report and output files atomically: each text goes to a temporary file beside its target,
 * and the temporaries are moved over the targets only when all of them are complete, in the order
 * given, so that a failed or interrupted write leaves no half-written file (and the targets not yet
 * moved as they were). Temporary files are removed whatever happens. Stateless.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}, replacing it atomically. */
    public static void write(Path target, String text) throws IOException {
        writeAll(Map.of(target, text));
    }

    /**
     * Writes each text as UTF-8 to its target (folders must exist), moving them into place in the
     * map's iteration order once every one is written; pass a {@link java.util.LinkedHashMap} to fix it.
     */
    public static void writeAll(Map<Path, String> texts) throws IOException {
        List<Path[]> moves = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> entry : texts.entrySet()) {
                Path target = entry.getKey().toAbsolutePath();
                Path temporary = Files.createTempFile(target.getParent(), ".newsbrief-", ".tmp");
                moves.add(new Path[] {temporary, target});
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    writer.write(entry.getValue());
                }
            }
            for (Path[] move : moves) {
                Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path[] move : moves) {
                Files.deleteIfExists(move[0]);
            }
        }
    }
}
