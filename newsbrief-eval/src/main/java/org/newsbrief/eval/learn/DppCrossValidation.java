package org.newsbrief.eval.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsbrief.eval.experiment.ClusterWork;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.eval.rouge.RougeScore;
import org.newsbrief.eval.rouge.RougeScorer;
import org.newsbrief.summarize.Summarizer;
import org.newsbrief.summarize.Summarizers;

/**
 * K-fold cross-validation of the {@code dpp} summarizer on the stories of a tuning set: story
 * {@code c} (in dataset order) is held out in fold {@code c mod K}; each fold's weights are
 * fit ({@link DppTraining#fit}) on the other folds' stories only, and the held-out stories are
 * summarized with them and scored by the project's ROUGE under the dataset's protocol. Every
 * story is scored once, so the per-story scores pair with any other summarizer's on the same
 * stories. Deterministic.
 */
public final class DppCrossValidation {

    /** One setting: how many leading features are fit, the feature-weight penalty and greedy MAP's cost power. */
    public record Setting(int features, double l2, double costPower) {
    }

    /** Per-story ROUGE-1 and ROUGE-2 (recall or F, as the protocol says), in story order. */
    public record Scores(double[] rouge1, double[] rouge2) {
    }

    private DppCrossValidation() {
    }

    /** Scores of every setting, held out; fits are shared between settings that differ only in cost power. */
    public static Map<Setting, Scores> run(List<DppTraining.Story> stories, List<Setting> settings, int folds,
            int iterations, Protocol protocol, int threads) {
        if (folds < 2 || folds > stories.size()) {
            throw new IllegalArgumentException("folds must be in [2, " + stories.size() + "]: " + folds);
        }
        Map<List<Double>, double[][]> weightsByFit = new HashMap<>();
        Map<Setting, Scores> out = new java.util.LinkedHashMap<>();
        for (Setting setting : settings) {
            double[][] weights = weightsByFit.computeIfAbsent(List.of((double) setting.features(), setting.l2()), key -> {
                double[][] byFold = new double[folds][];
                for (int k = 0; k < folds; k++) {
                    int fold = k;
                    List<DppTraining.Story> train = new ArrayList<>();
                    for (int c = 0; c < stories.size(); c++) {
                        if (c % folds != fold) {
                            train.add(stories.get(c));
                        }
                    }
                    byFold[k] = DppTraining.fit(train, setting.l2(), iterations, setting.features(), threads);
                }
                return byFold;
            });
            List<Integer> indexes = java.util.stream.IntStream.range(0, stories.size()).boxed().toList();
            out.put(setting, score(stories, protocol, threads,
                    c -> () -> Summarizers.dpp(weights[c % folds], setting.costPower()), indexes));
        }
        return out;
    }

    /** Per-story scores of a named summarizer (the comparison), on the same stories. */
    public static Scores baseline(List<DppTraining.Story> stories, String summarizer, Protocol protocol, int threads) {
        List<Integer> indexes = java.util.stream.IntStream.range(0, stories.size()).boxed().toList();
        return score(stories, protocol, threads, c -> () -> Summarizers.create(summarizer), indexes);
    }

    private static Scores score(List<DppTraining.Story> stories, Protocol protocol, int threads,
            java.util.function.IntFunction<Supplier<Summarizer>> summarizer, List<Integer> indexes) {
        RougeScorer scorer = new RougeScorer(protocol.rouge());
        List<double[]> rows = ClusterWork.map(indexes, threads, c -> {
            DppTraining.Story story = stories.get(c);
            List<String> lines = summarizer.apply(c).get().summarize(story.pool(), protocol.budget()).sentences().stream()
                    .map(s -> s.text().strip()).toList();
            Map<String, RougeScore> s = scorer.score(lines, story.references());
            return new double[] {value(s.get("ROUGE-1"), protocol), value(s.get("ROUGE-2"), protocol)};
        });
        return new Scores(rows.stream().mapToDouble(r -> 100 * r[0]).toArray(), rows.stream().mapToDouble(r -> 100 * r[1]).toArray());
    }

    private static double value(RougeScore score, Protocol protocol) {
        return protocol.recall() ? score.recall() : score.f();
    }
}
