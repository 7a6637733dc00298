package org.newsbrief.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.Datasets;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.eval.learn.SentenceScorerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief train-scorer}: fits the {@code learned} summarizer's sentence scorer on a slice
 * of a dataset and writes its model file, so that the bundled weights are reproducible from the
 * data, never hand-edited; prints the greedy ROUGE oracle's mean scores on the same slice.
 */
@Command(name = "train-scorer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Trains the learned summarizer's sentence scorer (logistic regression predicting the greedy ROUGE",
            "oracle's sentences) on the first clusters of a dataset and writes the model file; prints the oracle's ROUGE."})
public final class TrainScorerCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", defaultValue = "multinews", paramLabel = "NAME",
            description = "multinews (default), duc2003 or jsonl; never the test set of an issue.")
    private String dataset;

    @Option(names = "--data", paramLabel = "PATH", description = "Dataset folder or file (default: ../shared/data/multinews/multinews_val.jsonl).")
    private Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Train on the first N clusters (default: ${DEFAULT-VALUE}, the tuning slice); 0 for all.")
    private int limit;

    @Option(names = "--words", paramLabel = "N", defaultValue = "0", description = "Summary length in words (default: the dataset's protocol).")
    private int words;

    @Option(names = "--threads", paramLabel = "N", description = "Clusters labelled in parallel (default: cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "newsbrief-core/src/main/resources/org/newsbrief/summarize/learned-scorer.tsv",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Path path = data != null ? data : Path.of("..", "shared", "data", "multinews", "multinews_val.jsonl");
        var err = spec.commandLine().getErr();
        err.println("reading " + dataset + " from " + path + " ...");
        long start = System.nanoTime();
        Dataset loaded = Datasets.open(dataset, path, limit);
        SentenceScorerTraining.Result result = SentenceScorerTraining.train(loaded, NewsTextAnalyzer.standard(),
                Protocol.standard(dataset, words, 0), threads);
        String command = "newsbrief " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        String model = result.modelFile(command, loaded.checksum());
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, model, StandardCharsets.UTF_8);
        spec.commandLine().getOut().print(model);
        err.println(String.format(Locale.ROOT, "model written to %s (%.1f s)", out, (System.nanoTime() - start) / 1e9));
        return 0;
    }
}
