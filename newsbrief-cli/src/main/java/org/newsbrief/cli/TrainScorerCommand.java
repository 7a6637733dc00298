package org.newsbrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsbrief.analysis.NewsTextAnalyzer;
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
        description = {"Trains the learned summarizer's sentence scorer on the first clusters of a dataset and writes"
            + " the model file.", "The scorer is a logistic regression predicting the greedy ROUGE oracle's sentences;"
            + " prints the oracle's ROUGE."})
public final class TrainScorerCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", split = ",", defaultValue = "multinews", paramLabel = "NAME",
            description = "Comma-separated tuning datasets, each labelled under its own protocol: multinews (default),"
                    + " duc2003; never the test set of an issue (duc2004 is refused).")
    private List<String> datasets;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Multi-News: train on its first N validation clusters (default: ${DEFAULT-VALUE}, the tuning slice); 0 for all.")
    private int limit;

    @Option(names = "--labels", paramLabel = "KIND", defaultValue = "oracle",
            description = "oracle (default: the greedy ROUGE oracle's sentences), filled-oracle (the oracle filling the"
                    + " budget) or precision (each sentence's own ROUGE-1/2 precision, a soft label).")
    private String labels;

    @Option(names = "--threads", paramLabel = "N", description = "Clusters labelled in parallel (default: cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "newsbrief-core/src/main/resources/org/newsbrief/summarize/learned-scorer.tsv",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        SentenceScorerTraining.Labels kind = checkOptions();
        long start = System.nanoTime();
        List<SentenceScorerTraining.Slice> slices = new ArrayList<>();
        for (String dataset : datasets) {
            slices.add(new SentenceScorerTraining.Slice(TuningData.open(dataset, limit, err),
                    Protocol.standard(dataset, 0, 0)));
        }
        SentenceScorerTraining.Result result = SentenceScorerTraining.train(slices, NewsTextAnalyzer.standard(), threads,
                kind);
        String command = "newsbrief " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        String model = result.modelFile(command, slices);
        OutputFile.write(out, model);
        spec.commandLine().getOut().print(model);
        err.println(String.format(Locale.ROOT, "model written to %s (%.1f s)", out, (System.nanoTime() - start) / 1e9));
        return 0;
    }

    /**
     * Fails before any reading (exit code 2) on a dataset that cannot be trained on, a negative
     * limit, no threads, an unknown label kind or an --out that cannot be written; creates the
     * folder of --out. Returns the label kind.
     */
    private SentenceScorerTraining.Labels checkOptions() throws java.io.IOException {
        datasets.forEach(TuningData::check);
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative: " + limit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + threads);
        }
        SentenceScorerTraining.Labels kind = java.util.Arrays.stream(SentenceScorerTraining.Labels.values())
                .filter(value -> value.name().equals(labels.toUpperCase(Locale.ROOT).replace('-', '_')))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown --labels '" + labels
                        + "'; valid: oracle, filled-oracle, precision"));
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(out)) {
            Files.createDirectories(folder);
        }
        OutputFile.requireWritable(out);
        return kind;
    }
}
