package org.newsbrief.eval.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Timeline17ReportWriteTest {

    @Test
    void writesBothReports(@TempDir Path dir) throws IOException {
        Timeline17Benchmark.write(dir, "# new\n", "{}\n");
        assertEquals("# new\n", Files.readString(dir.resolve("timeline17.md")));
        assertEquals("{}\n", Files.readString(dir.resolve("timeline17.json")));
        assertEquals(2, fileCount(dir));
    }

    @Test
    void failedWriteLeavesThePreviousMarkdownAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("timeline17.md"), "# old\n");
        Path blocked = Files.createDirectories(dir.resolve("timeline17.json"));
        Files.writeString(blocked.resolve("keep"), "x");
        assertThrows(IOException.class, () -> Timeline17Benchmark.write(dir, "# new\n", "{}\n"));
        assertEquals("# old\n", Files.readString(dir.resolve("timeline17.md")));
        assertEquals(2, fileCount(dir));
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
