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
        description = {"Runs a speed benchmark and writes its Markdown report under bench/.",
            "foundation: analysis throughput on DUC 2004, brief latency; rouge: scoring the 650 parity cases;"
            + " summarizers: scaling."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Parameters(index = "0", defaultValue = "foundation", paramLabel = "SUITE",
            description = "foundation (analysis and brief speed), rouge (scoring speed), summarizers (scaling) or"
                    + " quantities (NewsQuant), timex (dates against HeidelTime on Timeline17), timeline17"
                    + " (timeline summarization on Timeline17),"
                    + " cluster (story clustering on pooled collections), cluster-size (the clusterer's scores by pool size on the"
                    + " Multi-News tuning clusters), stories (one story or several: brief --stories auto on"
                    + " DUC topic folders, pooled pairs and triples of them and ECB+ topics), entities (cross-document entity coreference on ECB+), server (HTTP load: concurrent clients reading stored briefs);"
                    + " default: ${DEFAULT-VALUE}.")
    private String suite;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
            description = "The shared folder with data/ and rouge/ (default: ${DEFAULT-VALUE}).")
    private Path shared;

    @Option(names = "--story", defaultValue = "examples/aleppo-2016", paramLabel = "DIR",
            description = "The story whose brief is timed (default: ${DEFAULT-VALUE}).")
    private Path story;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the report goes (default: bench/<suite>.md).")
    private Path out;

    @Option(names = "--runs", defaultValue = "7", paramLabel = "N", description = "Timed runs per measure (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--clients", defaultValue = "50", paramLabel = "N", description = "server: concurrent clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "S", description = "server: duration of the load (default: ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--heap", defaultValue = "512m", paramLabel = "SIZE", description = "server: the server's -Xmx (default: ${DEFAULT-VALUE}).")
    private String heap;

    @Option(names = "--tuning-only", description = "cluster, stories: stop after the tuning grids, no test collection is clustered"
            + " (for trying settings; the report then holds only the grids).")
    private boolean tuningOnly;

    @Option(names = "--sizes", split = ",", paramLabel = "N,...", description = "cluster-scaling: the collection sizes"
            + " clustered, in articles (default: 1000,10000,100000; smaller ones for trying, with --out elsewhere than bench/).")
    private int[] sizes;

    @Option(names = "--part", defaultValue = "all", paramLabel = "PART",
            description = "quantities: dev scores and prints the dev half of NewsQuant only (even positions, where rules"
                    + " are developed) and writes no report unless --out is given; dev-a and dev-b its two halves (even and"
                    + " odd positions within dev: read dev-a's errors, check on dev-b); units scores CQE's four unit test"
                    + " sets (age, currency, dimension, temperature) one by one and summed, units-a and units-b their even and odd"
                    + " positions within each set (read units-a's errors, check on units-b); all (default) scores dev, held-out"
                    + " and the whole set and writes bench/newsquant.md.")
    private String part;

    @Option(names = "--errors", description = "quantities, with --part dev, dev-a, units or units-a only: also list each sentence"
            + " of the part whose predictions differ from its gold quantities (for error analysis; held-out, dev-b and"
            + " units-b are never listed).")
    private boolean errors;

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkCounts();
        if (suite.equals("quantities") && !part.equals("all")) {
            return quantitiesDev();
        }
        if (errors || !part.equals("all")) {
            throw new IllegalArgumentException("--part and --errors apply to the quantities suite only, --errors with --part dev, dev-a, units or units-a");
        }
        if (suite.equals("timex") || suite.equals("timeline17")) {
            return timeline(require(shared.resolve("data/timeline17")));
        }
        String markdown = switch (suite) {
            case "foundation" -> foundation();
            case "rouge" -> EvalBenchmarks.rouge(require(shared.resolve("rouge/rouge155-duc2004-vectors.json")), runs);
            case "summarizers" -> EvalBenchmarks.summarizerScaling(require(shared.resolve("data/duc2004")),
                    require(shared.resolve("data/duc2003")), List.copyOf(org.newsbrief.summarize.Summarizers.names()), runs);
            case "quantities" -> NewsQuantBenchmark.run(require(shared.resolve("data/newsquant")));
            case "cluster" -> ClusterBenchmark.run(require(shared), tuningOnly, spec.commandLine().getErr());
            case "cluster-size" -> ClusterSizeCurve.run(require(shared), spec.commandLine().getErr());
            case "stories" -> StoriesBenchmark.run(require(shared), tuningOnly, spec.commandLine().getErr());
            case "cluster-scaling" -> sizes == null ? ClusterScalingBenchmark.run(require(shared), spec.commandLine().getErr())
                    : ClusterScalingBenchmark.run(require(shared), sizes, spec.commandLine().getErr());
            case "entities" -> entities(require(shared.resolve("data/ecbplus")));
            case "server" -> ServerBenchmark.run(new ServerBenchmark.Settings(jar(), story,
                    shared.resolve("data/duc2004/duc2004_task2.jsonl"), clients, seconds, heap), spec.commandLine().getErr());
            default -> throw new IllegalArgumentException("unknown suite '" + suite
                    + "'; valid: foundation, rouge, summarizers, quantities, cluster, cluster-size, stories, entities, server, timex, timeline17");
        };
        Path target = out != null ? out : Path.of("bench", suite.equals("entities") ? "ecbplus-entities.md"
                : suite.equals("quantities") ? "newsquant.md" : suite + ".md");
        Files.createDirectories(target.toAbsolutePath().getParent());
        OutputFile.write(target, markdown);
        spec.commandLine().getOut().print(markdown);
        return 0;
    }

    /** Fails before any work (exit code 2) on counts no benchmark can use and on a missing --story. */
    private void checkCounts() {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1: " + runs);
        }
        if (sizes != null && (!suite.equals("cluster-scaling") || sizes.length == 0
                || java.util.Arrays.stream(sizes).anyMatch(n -> n < 2))) {
            throw new IllegalArgumentException("--sizes applies to cluster-scaling only, sizes of 2 articles or more");
        }
        if (clients < 1) {
            throw new IllegalArgumentException("--clients must be at least 1: " + clients);
        }
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds must be at least 1: " + seconds);
        }
        if ((suite.equals("foundation") || suite.equals("server")) && !Files.isDirectory(story)) {
            throw new IllegalArgumentException("--story " + story + " is not a folder of articles");
        }
    }

    /** {@code bench quantities --part dev|dev-a|dev-b|units|units-a|units-b [--errors]}: that part alone, printed; no report unless --out. */
    private int quantitiesDev() throws IOException {
        String text = NewsQuantBenchmark.dev(require(shared.resolve("data/newsquant")), part, errors);
        if (out != null) {
            OutputFile.write(out, text);
        }
        spec.commandLine().getOut().print(text);
        return 0;
    }

    /** The Timeline17 reports, written by their own classes. */
    private int timeline(Path timeline17) throws IOException {
        Path report;
        if (suite.equals("timex")) {
            report = out != null ? out : Path.of("bench", "timeline17-dates.md");
            org.newsbrief.eval.timeline.HeidelTimeAgreementReport.main(new String[] {timeline17.toString(), report.toString()});
        } else {
            Path dir = out != null ? out : Path.of("bench");
            org.newsbrief.eval.timeline.Timeline17Benchmark.main(new String[] {timeline17.toString(), dir.toString()});
            report = dir.resolve("timeline17.md");
        }
        spec.commandLine().getOut().print(Files.readString(report));
        return 0;
    }

    /** Entity coreference on ECB+ train (1-35) and test (36-45) topics, gold mentions. */
    private String entities(Path ecbplus) throws IOException {
        var err = spec.commandLine().getErr();
        long start = System.nanoTime();
        err.println("ECB+ train topics 1-35 ...");
        var train = org.newsbrief.eval.coref.EcbPlusEntityBenchmark.run(ecbplus, "train (topics 1-35)",
                org.newsbrief.eval.coref.EcbPlusEntityBenchmark.TRAIN);
        err.println("ECB+ test topics 36-45 ...");
        var test = org.newsbrief.eval.coref.EcbPlusEntityBenchmark.run(ecbplus, "test (topics 36-45)",
                org.newsbrief.eval.coref.EcbPlusEntityBenchmark.TEST);
        double seconds = (System.nanoTime() - start) / 1e9;
        return org.newsbrief.eval.coref.EcbPlusEntityReport.markdown(List.of(train, test), "./newsbrief bench entities",
                org.newsbrief.brief.RunInfo.currentVersion(), seconds);
    }

    /** The runnable jar this command runs from; the server benchmark needs it. */
    private static Path jar() {
        return Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    }

    private static Path require(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("benchmark data not found at " + path + "; give --shared DIR");
        }
        return path;
    }

    private String foundation() throws IOException {
        Path duc2004 = require(shared.resolve("data/duc2004/duc2004_task2.jsonl"));
        var err = spec.commandLine().getErr();
        List<Article> articles = FoundationBenchmark.ducArticles(duc2004);
        err.println("analysis of " + articles.size() + " articles ...");
        var analysis = FoundationBenchmark.analysis(articles, runs);
        err.println("warm brief ...");
        var warm = FoundationBenchmark.warmBrief(story, runs * 7);
        err.println("timeline ...");
        var timeline = FoundationBenchmark.timeline(story, runs * 7);
        var pool = FoundationBenchmark.sentencePool(story, runs * 7);
        var quantities = FoundationBenchmark.quantities(story, runs * 7);
        err.println("cold command ...");
        Path jar = jar();
        var cold = Files.isRegularFile(jar) ? FoundationBenchmark.coldCommand(jar, story, runs)
                : new FoundationBenchmark.Timing(Double.NaN, Double.NaN, 0);
        var report = new FoundationBenchmark.Report(articles.size(), FoundationBenchmark.tokens(articles), analysis, warm,
                timeline, pool, quantities, cold);
        return FoundationBenchmark.markdown(report, "./newsbrief bench foundation --runs " + runs);
    }
}
