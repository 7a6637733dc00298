package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsbrief.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsbrief bench}: the project's speed benchmarks, written as reports under {@code bench/}. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measures analysis throughput on DUC 2004 and brief latency on the example story,",
            "and writes a Markdown report."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--duc2004", defaultValue = "../shared/data/duc2004/duc2004_task2.jsonl", paramLabel = "FILE",
            description = "The DUC 2004 task 2 JSONL (default: ${DEFAULT-VALUE}).")
    private Path duc2004;

    @Option(names = "--story", defaultValue = "examples/aleppo-2016", paramLabel = "DIR",
            description = "The story whose brief is timed (default: ${DEFAULT-VALUE}).")
    private Path story;

    @Option(names = "--out", defaultValue = "bench/foundation.md", paramLabel = "FILE",
            description = "Where the report goes (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--runs", defaultValue = "7", paramLabel = "N", description = "Timed runs per measure (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(duc2004)) {
            throw new IllegalArgumentException("DUC 2004 data not found at " + duc2004 + "; give --duc2004 FILE");
        }
        var err = spec.commandLine().getErr();
        List<Article> articles = FoundationBenchmark.ducArticles(duc2004);
        err.println("analysis of " + articles.size() + " articles ...");
        var analysis = FoundationBenchmark.analysis(articles, runs);
        err.println("warm brief ...");
        var warm = FoundationBenchmark.warmBrief(story, runs * 7);
        err.println("cold command ...");
        Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        var cold = Files.isRegularFile(jar) ? FoundationBenchmark.coldCommand(jar, story, runs)
                : new FoundationBenchmark.Timing(Double.NaN, Double.NaN, 0);
        var report = new FoundationBenchmark.Report(articles.size(), FoundationBenchmark.tokens(articles), analysis, warm,
                cold);
        String markdown = FoundationBenchmark.markdown(report, "./newsbrief bench --runs " + runs);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown);
        spec.commandLine().getOut().print(markdown);
        return 0;
    }
}
