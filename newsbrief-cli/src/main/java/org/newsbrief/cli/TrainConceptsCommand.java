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
import org.newsbrief.eval.learn.ConceptCrossValidation;
import org.newsbrief.eval.learn.ConceptWeightTraining;
import org.newsbrief.eval.learn.HeldOutScores;
import org.newsbrief.summarize.CoverageSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief train-concepts}: cross-validates learned concept weights (the
 * {@code coverage-learned} summarizer) on a tuning set, each setting's held-out ROUGE paired
 * against a comparison summarizer on the same stories, and, with {@code --out}, fits the model on
 * every story of the set and writes the model file, so that the bundled weights are reproducible
 * from the data, never hand-edited.
 */
@Command(name = "train-concepts", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Cross-validates learned concept weights (a logistic model of generic concept features fit to"
            + " the share of reference summaries holding each bigram concept, used in the default's coverage objective"
            + " instead of document frequency) on a tuning set, and writes the model file with --out."})
public final class TrainConceptsCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private CrossValidationOptions cv;

    @Option(names = "--min-documents", split = ",", paramLabel = "N", defaultValue = "3",
            description = "Comma-separated concept thresholds (documents holding a bigram) to cross-validate"
                    + " (default: ${DEFAULT-VALUE}); --out fits with the first.")
    private List<Integer> thresholds;

    @Option(names = "--options", split = ",", paramLabel = "OPTS", defaultValue = "salience=2",
            description = "Comma-separated coverage options to cross-validate, in the coverage: syntax (salience=2+opening=0;"
                    + " default: ${DEFAULT-VALUE}, the default's).")
    private List<String> optionSets;

    @Option(names = "--nested", description = "Also cross-validate the choice among the settings (nested: each outer"
            + " fold chooses its setting by an inner cross-validation on its training stories).")
    private boolean nested;



    @Option(names = "--out", paramLabel = "FILE",
            description = "Fit on every story and write the model file here (the bundled one is"
                    + " newsbrief-core/src/main/resources/org/newsbrief/summarize/concept-weights.tsv).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        Dataset data = cv.open(err);
        Protocol protocol = Protocol.standard(cv.dataset, 0, 0);
        List<ConceptWeightTraining.Story> stories = ConceptWeightTraining.stories(data.clusters(), NewsTextAnalyzer.standard(),
                cv.threads);
        err.println(String.format(Locale.ROOT, "%d stories (%.1f s)", stories.size(), (System.nanoTime() - start) / 1e9));
        String command = "newsbrief " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        if (cv.folds > 0) {
            HeldOutScores base = ConceptCrossValidation.baseline(stories, cv.compare, protocol, cv.threads);
            stdout.println("Produced by `" + command + "`.\n");
            stdout.println(String.format(Locale.ROOT, "%s (data SHA-256 `%s`), %d stories, %d-fold cross-validation (story c"
                    + " held out in fold c mod %d), ROUGE %s x100 (plain mean over stories); paired: learned concept weights"
                    + " minus %s, per story, 95%% bootstrap interval (1,000 resamples).%n", data.name(),
                    data.checksum().substring(0, 16), stories.size(), cv.folds, cv.folds, protocol.recall() ? "recall" : "F", cv.compare));
            stdout.println("| setting | R-1 | R-2 | R-1 vs " + cv.compare + " (95%) | ahead/behind | R-2 vs " + cv.compare + " (95%) |");
            stdout.println("|---|---|---|---|---|---|");
            stdout.println(String.format(Locale.ROOT, "| %s | %.2f | %.2f | | | |", cv.compare, base.meanRouge1(), base.meanRouge2()));
            List<ConceptCrossValidation.Setting> settings = new ArrayList<>();
            for (int threshold : thresholds) {
                for (String options : optionSets) {
                    settings.add(new ConceptCrossValidation.Setting(threshold, options));
                }
            }
            Map<ConceptCrossValidation.Setting, HeldOutScores> results = ConceptCrossValidation.run(stories, settings, cv.folds,
                    protocol, cv.threads);
            results.forEach((setting, scores) -> {
                PairedDifference r1 = PairedDifference.of(scores.rouge1(), base.rouge1(), 95, 1000);
                PairedDifference r2 = PairedDifference.of(scores.rouge2(), base.rouge2(), 95, 1000);
                stdout.println(String.format(Locale.ROOT, "| learned documents=%d %s | %.2f | %.2f | %s | %d/%d | %s |",
                        setting.minDocuments(), setting.options(), scores.meanRouge1(), scores.meanRouge2(),
                        r1.difference().signed(), r1.ahead(), r1.behind(), r2.difference().signed()));
                stdout.flush();
            });
            if (nested && settings.size() > 1) {
                ConceptCrossValidation.Nested result = ConceptCrossValidation.nested(stories, settings, cv.folds, protocol, cv.threads);
                HeldOutScores scores = result.scores();
                PairedDifference r1 = PairedDifference.of(scores.rouge1(), base.rouge1(), 95, 1000);
                PairedDifference r2 = PairedDifference.of(scores.rouge2(), base.rouge2(), 95, 1000);
                stdout.println(String.format(Locale.ROOT, "| nested: each fold's setting chosen inside it | %.2f | %.2f | %s | %d/%d | %s |",
                        scores.meanRouge1(), scores.meanRouge2(), r1.difference().signed(), r1.ahead(), r1.behind(),
                        r2.difference().signed()));
                stdout.println();
                stdout.println("Nested cross-validation: outer fold k's setting, chosen by the best mean R-1 + R-2 of a "
                        + cv.folds + "-fold cross-validation over its training stories alone:");
                for (int k = 0; k < result.chosen().size(); k++) {
                    ConceptCrossValidation.Setting setting = result.chosen().get(k);
                    stdout.println(String.format(Locale.ROOT, "- fold %d: documents=%d %s", k, setting.minDocuments(),
                            setting.options()));
                }
            }
        }
        if (out != null) {
            int threshold = thresholds.get(0);
            List<ConceptWeightTraining.Examples> examples = org.newsbrief.eval.experiment.ClusterWork.map(stories, cv.threads,
                    story -> ConceptWeightTraining.examples(story, threshold));
            double[] model = ConceptWeightTraining.fit(examples);
            String file = ConceptWeightTraining.modelFile(model, List.of("Written by `" + command + "`; do not edit by hand.",
                    String.format(Locale.ROOT, "%s: %d stories, %d concepts, data SHA-256 %s; concepts in at least %d documents.",
                            data.name(), stories.size(), examples.stream().mapToInt(e -> e.labels().length).sum(),
                            data.checksum(), threshold)));
            OutputFile.write(out, file);
            stdout.print(file);
        }
        err.println(String.format(Locale.ROOT, "done (%.1f s)", (System.nanoTime() - start) / 1e9));
        return 0;
    }

    /** Fails before any reading (exit code 2) on options that cannot work. */
    private void checkOptions() throws java.io.IOException {
        if (thresholds.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("need --min-documents >= 1");
        }
        optionSets.forEach(CoverageSelector.Options::parse);
        cv.check(out);
    }
}
