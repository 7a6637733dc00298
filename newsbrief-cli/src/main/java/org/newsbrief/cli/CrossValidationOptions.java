package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsbrief.eval.dataset.Dataset;
import picocli.CommandLine.Option;

/**
 * The options that {@code train-dpp} and {@code train-concepts} share (a picocli mixin): the tuning
 * set, its cross-validation folds, the summarizer the held-out scores are paired with, and the
 * threads; and the checks every training command runs before it reads anything.
 */
final class CrossValidationOptions {

    @Option(names = "--dataset", defaultValue = "duc2003", paramLabel = "NAME",
            description = "Tuning dataset: duc2003 (default) or multinews; never the test set (duc2004 is refused).")
    String dataset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Multi-News: its first N validation clusters (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Cross-validation folds (story c held out in fold c mod K; default: ${DEFAULT-VALUE}); 0 for none.")
    int folds;

    @Option(names = "--compare", paramLabel = "NAME", defaultValue = "coverage",
            description = "Summarizer to pair the held-out scores with (default: ${DEFAULT-VALUE}).")
    String compare;

    @Option(names = "--threads", paramLabel = "N", description = "Stories processed in parallel (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * Fails (exit code 2) on shared options that cannot work: the test set, a negative limit, one
     * fold, no thread, an unknown comparison summarizer, or a model file that cannot be written.
     */
    void check(Path out) throws IOException {
        TuningData.check(dataset);
        if (limit < 0 || folds < 0 || folds == 1 || threads < 1) {
            throw new IllegalArgumentException("need --limit >= 0, --folds 0 or >= 2, --threads >= 1");
        }
        org.newsbrief.summarize.Summarizers.create(compare);
        if (out != null) {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            OutputFile.requireWritable(out);
        }
    }

    /** The tuning set, read (progress on {@code err}). */
    Dataset open(PrintWriter err) throws IOException {
        return TuningData.open(dataset, limit, err);
    }
}
