package org.newsbrief.eval.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.md");
        Files.writeString(target, "old");
        ReportFiles.write(target, "new é");
        assertEquals("new é", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void textThatCannotBeEncodedLeavesTheOldFileWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.md");
        Files.writeString(target, "old");
        String unpairedSurrogate = "half written " + "x".repeat(20_000) + "\uD800";
        assertThrows(IOException.class, () -> ReportFiles.write(target, unpairedSurrogate));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
