package org.newsbrief.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.experiment.PairedDifference;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.eval.learn.DppCrossValidation;
import org.newsbrief.eval.learn.DppTraining;
import org.newsbrief.eval.learn.HeldOutScores;
import org.newsbrief.summarize.DppQualityScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief train-dpp}: cross-validates the {@code dpp} summarizer on a tuning set (each
 * setting's held-out ROUGE, paired against a comparison summarizer on the same stories) and,
 * with {@code --out}, fits its quality weights on every story of the set and writes the model
 * file, so that the bundled weights are reproducible from the data, never hand-edited.
 */
@Command(name = "train-dpp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Cross-validates the dpp summarizer (a determinantal point process whose sentence qualities are"
            + " learned by maximum likelihood of greedy ROUGE oracle summaries) on a tuning set, and writes its model"
            + " file with --out."})
public final class TrainDppCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private CrossValidationOptions cv;

    @Option(names = "--l2", split = ",", paramLabel = "X", defaultValue = "0.1",
            description = "Comma-separated penalties on the feature weights to cross-validate (default: ${DEFAULT-VALUE});"
                    + " --out fits with the first.")
    private List<Double> penalties;

    @Option(names = "--cost-power", split = ",", paramLabel = "X", defaultValue = "0",
            description = "Comma-separated cost powers of greedy MAP to cross-validate (default: ${DEFAULT-VALUE}).")
    private List<Double> costPowers;

    @Option(names = "--features", split = ",", paramLabel = "SET", defaultValue = "basic",
            description = "Comma-separated feature sets to cross-validate: basic (the generic features and pronouns) or"
                    + " binned (those plus indicators of graded features above 0.2, 0.4, 0.6, 0.8); --out fits with the"
                    + " first (default: ${DEFAULT-VALUE}).")
    private List<String> featureSets;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "200",
            description = "Most gradient-ascent steps per fit (default: ${DEFAULT-VALUE}).")
    private int iterations;



    @Option(names = "--out", paramLabel = "FILE",
            description = "Fit on every story and write the model file here (the bundled one is"
                    + " newsbrief-core/src/main/resources/org/newsbrief/summarize/dpp-quality.tsv).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        Dataset data = cv.open(err);
        Protocol protocol = Protocol.standard(cv.dataset, 0, 0);
        List<DppTraining.Story> stories = DppTraining.stories(data.clusters(), NewsTextAnalyzer.standard(), protocol, cv.threads);
        err.println(String.format(Locale.ROOT, "%d stories with oracle labels (%.1f s)", stories.size(),
                (System.nanoTime() - start) / 1e9));
        String measure = protocol.recall() ? "recall" : "F";
        if (cv.folds > 0) {
            HeldOutScores base = DppCrossValidation.baseline(stories, cv.compare, protocol, cv.threads);
            stdout.println("Produced by `newsbrief " + String.join(" ", spec.commandLine().getParseResult().originalArgs())
                    + "`.\n");
            stdout.println(String.format(Locale.ROOT, "%s (data SHA-256 `%s`), %d stories, %d-fold cross-validation (story c"
                    + " held out in fold c mod %d), ROUGE %s x100 (plain mean over stories); paired: dpp minus %s, per"
                    + " story, 95%% bootstrap interval (1,000 resamples).%n", data.name(), data.checksum().substring(0, 16),
                    stories.size(), cv.folds, cv.folds, measure, cv.compare));
            stdout.println("| setting | R-1 | R-2 | R-1 vs " + cv.compare + " (95%) | ahead/behind | R-2 vs " + cv.compare + " |");
            stdout.println("|---|---|---|---|---|---|");
            stdout.println(String.format(Locale.ROOT, "| %s | %.2f | %.2f | | | |", cv.compare, base.meanRouge1(),
                    base.meanRouge2()));
            List<DppCrossValidation.Setting> settings = new ArrayList<>();
            for (String set : featureSets) {
                for (double l2 : penalties) {
                    for (double power : costPowers) {
                        settings.add(new DppCrossValidation.Setting(active(set), l2, power));
                    }
                }
            }
            Map<DppCrossValidation.Setting, HeldOutScores> results = DppCrossValidation.run(stories, settings, cv.folds,
                    iterations, protocol, cv.threads);
            results.forEach((setting, scores) -> {
                PairedDifference r1 = PairedDifference.of(scores.rouge1(), base.rouge1(), 95, 1000);
                PairedDifference r2 = PairedDifference.of(scores.rouge2(), base.rouge2(), 95, 1000);
                stdout.println(String.format(Locale.ROOT, "| dpp %s l2=%s cost=%s | %.2f | %.2f | %s | %d/%d | %s |",
                        setting.features() == DppQualityScorer.BASIC ? "basic" : "binned", setting.l2(), setting.costPower(), scores.meanRouge1(), scores.meanRouge2(),
                        r1.difference().signed(), r1.ahead(), r1.behind(), r2.difference().signed()));
                stdout.flush();
            });
        }
        if (out != null) {
            double[] weights = DppTraining.fit(stories, penalties.get(0), iterations, active(featureSets.get(0)), cv.threads);
            String command = "newsbrief " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
            String model = DppTraining.modelFile(weights, List.of("Written by `" + command + "`; do not edit by hand.",
                    String.format(Locale.ROOT, "%s: %d stories, data SHA-256 %s; l2 %s, at most %d steps.", data.name(),
                            stories.size(), data.checksum(), penalties.get(0), iterations),
                    "features: " + featureSets.get(0) + "; decoded with cost power " + costPowers.get(0) + "."));
            OutputFile.write(out, model);
            stdout.print(model);
        }
        err.println(String.format(Locale.ROOT, "done (%.1f s)", (System.nanoTime() - start) / 1e9));
        return 0;
    }

    private static int active(String set) {
        return set.equals("basic") ? DppQualityScorer.BASIC : DppQualityScorer.NAMES.size();
    }

    /** Fails before any reading (exit code 2) on options that cannot work. */
    private void checkOptions() throws java.io.IOException {
        if (iterations < 1) {
            throw new IllegalArgumentException("need --iterations >= 1");
        }
        if (penalties.stream().anyMatch(x -> x < 0) || costPowers.stream().anyMatch(x -> x < 0 || x > 2)) {
            throw new IllegalArgumentException("--l2 must be >= 0 and --cost-power in [0, 2]");
        }
        if (featureSets.stream().anyMatch(set -> !set.equals("basic") && !set.equals("binned"))) {
            throw new IllegalArgumentException("unknown --features " + featureSets + "; valid: basic, binned");
        }
        cv.check(out);
    }
}
