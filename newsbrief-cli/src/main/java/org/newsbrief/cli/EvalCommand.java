package org.newsbrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.brief.RunInfo;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.Datasets;
import org.newsbrief.eval.experiment.ExperimentReport;
import org.newsbrief.eval.experiment.ExperimentRunner;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.summarize.Summarizer;
import org.newsbrief.summarize.Summarizers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsbrief eval}: summarizers on a dataset, scored by ROUGE beside the published numbers. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs summarizers on every cluster of a dataset and scores them with ROUGE under the dataset's"
            + " standard protocol.", "Prints a table beside the published results; writes Markdown and JSON reports."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME",
            description = "duc2004, duc2003, multinews, jsonl (the generic cluster format, docs/datasets.md) or timeline17"
                    + " (timeline summarization; summarizer and length options do not apply).")
    private String dataset;

    @Option(names = "--data", paramLabel = "PATH",
            description = "Dataset folder or file (default: ../shared/data/<dataset>).")
    private Path data;

    @Option(names = "--summarizer", split = ",", paramLabel = "NAME", defaultValue = Summarizers.DEFAULT,
            description = "Comma-separated summarizers (default: ${DEFAULT-VALUE}); 'all' for every registered one.")
    private List<String> summarizers;

    @Option(names = "--words", paramLabel = "N", defaultValue = "0",
            description = "Summary length in words (default: the dataset's protocol: 100 for DUC, 264 for Multi-News).")
    private int words;

    @Option(names = "--bytes", paramLabel = "N", defaultValue = "0", description = "Summary length in bytes instead (DUC: 665).")
    private int bytes;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Only the first N clusters (0, the default, for all), for every dataset: DUC clusters in"
                    + " folder-name order, JSON Lines clusters in line order, Timeline17 topics in folder-name order"
                    + " (at least 2 for its cross-validation).")
    private int limit;

    @Option(names = "--skip", paramLabel = "N", defaultValue = "0",
            description = "Leave out the first N clusters or topics (e.g. a tuning slice), before --limit applies;"
                    + " every dataset.")
    private int skip;

    @Option(names = "--threads", paramLabel = "N", description = "Clusters summarized in parallel (default: cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--summaries-out", paramLabel = "DIR", description = "Also write every summary as DIR/<summarizer>/<cluster>.txt.")
    private Path summariesOut;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "bench", description = "Where reports go (default: ${DEFAULT-VALUE}).")
    private Path reportDir;

    @Option(names = "--report-name", paramLabel = "NAME", description = "Report file name without extension (default: eval-<dataset>).")
    private String reportName;

    @Override
    public Integer call() throws Exception {
        if (words > 0 && bytes > 0) {
            throw new IllegalArgumentException("give --words or --bytes, not both");
        }
        checkOptions();
        Path path = data != null ? data : defaultData();
        requireFolder(reportDir, "--report-dir");
        if (summariesOut != null) {
            requireFolder(summariesOut, "--summaries-out");
        }
        var err = spec.commandLine().getErr();
        if (dataset.equals("timeline17")) {
            return timeline17(path, err);
        }
        Map<String, Supplier<Summarizer>> factories = factories();
        err.println("reading " + dataset + " from " + path + " ...");
        long start = System.nanoTime();
        Dataset loaded = Datasets.open(dataset, path, skip, limit);
        if (loaded.clusters().isEmpty()) {
            throw new IllegalArgumentException("no clusters in " + path);
        }
        Protocol protocol = Protocol.standard(dataset, words, bytes);
        var progress = new StderrProgress(err, System.console() != null);
        long[] ilpBefore = org.newsbrief.ilp.IlpSelector.processTotals();
        var results = new ExperimentRunner(NewsTextAnalyzer.standard(), threads).run(loaded, factories, protocol,
                summariesOut, progress);
        String command = "newsbrief " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        long[] ilpAfter = org.newsbrief.ilp.IlpSelector.processTotals();
        List<String> notes = new java.util.ArrayList<>();
        if (factories.containsKey("ilp")) {
            long optimal = ilpAfter[0] - ilpBefore[0];
            long fellBack = ilpAfter[1] - ilpBefore[1];
            notes.add(String.format(java.util.Locale.ROOT, "`ilp`: %d of %d clusters solved to proven optimality within the"
                    + " %.0f s limit, %d answered by the greedy fallback.", optimal, optimal + fellBack,
                    org.newsbrief.ilp.IlpSummarizerProvider.TIME_LIMIT_SECONDS, fellBack));
        }
        ExperimentReport report = new ExperimentReport(dataset, loaded.clusters().size(), loaded.checksum(), command,
                RunInfo.currentVersion(), protocol, results, (System.nanoTime() - start) / 1e9, notes);
        String name = reportName != null ? reportName : "eval-" + dataset;
        report.write(reportDir, name);
        spec.commandLine().getOut().print(report.markdown());
        err.println("reports written to " + reportDir.resolve(name + ".md") + " and .json");
        return 0;
    }

    /** Timeline summarization on Timeline17 (the project's date-wise timeline system, not a summarizer). */
    private int timeline17(Path path, java.io.PrintWriter err) throws java.io.IOException {
        err.println("timeline17: the date-wise timeline system on every topic of " + path + " ...");
        org.newsbrief.eval.timeline.Timeline17Benchmark.run(path, reportDir,
                new org.newsbrief.eval.dataset.ClusterSlice(skip, limit));
        spec.commandLine().getOut().print(Files.readString(reportDir.resolve("timeline17.md")));
        err.println("reports written to " + reportDir.resolve("timeline17.md") + " and .json");
        return 0;
    }

    /** Fails before any work on a value no run can use, naming the option and the value. */
    private void checkOptions() {
        if (!dataset.equals("timeline17") && !Datasets.NAMES.contains(dataset)) {
            throw new IllegalArgumentException("unknown dataset '" + dataset + "'; valid: "
                    + String.join(", ", Datasets.NAMES) + ", timeline17");
        }
        var parsed = spec.commandLine().getParseResult();
        if (parsed.hasMatchedOption("--words") && words < 1) {
            throw new IllegalArgumentException("--words must be at least 1: " + words);
        }
        if (parsed.hasMatchedOption("--bytes") && bytes < 1) {
            throw new IllegalArgumentException("--bytes must be at least 1: " + bytes);
        }
        if (limit < 0 || skip < 0) {
            throw new IllegalArgumentException("--limit and --skip must not be negative: " + limit + ", " + skip);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + threads);
        }
    }

    /** Creates {@code dir} if needed, or fails (exit code 2) when it is a file or not writable, before any work. */
    private static void requireFolder(Path dir, String option) throws java.io.IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(option + " " + dir + " is a file, not a folder");
        }
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException(option + " " + dir + " is not writable");
        }
    }

    private Map<String, Supplier<Summarizer>> factories() {
        List<String> names = summarizers.size() == 1 && summarizers.get(0).equals("all")
                ? List.copyOf(Summarizers.names()) : summarizers;
        Map<String, Supplier<Summarizer>> factories = new LinkedHashMap<>();
        for (String name : names) {
            Summarizers.create(name); // fails before work on an unknown name, listing the valid ones
            factories.put(name, () -> Summarizers.create(name));
        }
        return factories;
    }

    private Path defaultData() {
        Path shared = Path.of("..", "shared", "data");
        Path path = switch (dataset) {
            case "multinews" -> shared.resolve("multinews/multinews_val.jsonl");
            case "jsonl" -> throw new IllegalArgumentException("--data FILE is required for the jsonl dataset");
            default -> shared.resolve(dataset);
        };
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("dataset not found at " + path + "; give --data PATH");
        }
        return path;
    }
}
