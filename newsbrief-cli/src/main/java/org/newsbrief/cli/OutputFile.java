package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsbrief.eval.experiment.ReportFiles;

/**
 * The {@code -o FILE} of a command: checked before any work starts (its folder must exist and be
 * writable, and it must not be a folder itself), then written atomically through a temporary file
 * beside it, which is removed when the write fails. Stateless.
 */
final class OutputFile {

    private OutputFile() {
    }

    /** Throws {@link IllegalArgumentException} (exit code 2) saying why {@code output} cannot be written. */
    static void requireWritable(Path output) {
        Path target = output.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("cannot write the output to " + output + ": it is a directory");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write the output to " + output + ": no such directory " + folder);
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("cannot write the output to " + output + ": directory " + folder
                    + " is not writable");
        }
    }

    /** Writes {@code text} as UTF-8 to {@code output}, replacing it atomically; leaves no temporary file behind. */
    static void write(Path output, String text) throws IOException {
        ReportFiles.write(output, text);
    }
}
