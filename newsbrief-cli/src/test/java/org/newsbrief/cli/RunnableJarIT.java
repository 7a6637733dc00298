package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar as a user runs it: a separate JVM, results on stdout, progress on stderr. */
class RunnableJarIT {

    private static Path jar() {
        Path jar = Path.of("target/newsbrief.jar").toAbsolutePath();
        assertThat(jar).as("the package phase builds the runnable jar").exists();
        return jar;
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("newsbrief-out", ".txt");
        Path err = Files.createTempFile("newsbrief-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Result(int code, String out, String err) {
    }

    @Test
    void printsTheBriefOnStdoutAndProgressOnStderr() throws Exception {
        Result result = run("brief", CliRun.example().toString());
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("# ").contains("## Summary");
        assertThat(result.err()).contains("brief of 5 articles").doesNotContain("SLF4J");
    }

    @Test
    void badInputExitsWith2() throws Exception {
        Result result = run("brief", "/no/such/place");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
    }
}
