package org.newsbrief.eval.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsbrief.eval.experiment.Protocol;
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

    private DppCrossValidation() {
    }

    /** Scores of every setting, held out; fits are shared between settings that differ only in cost power. */
    public static Map<Setting, HeldOutScores> run(List<DppTraining.Story> stories, List<Setting> settings, int folds,
            int iterations, Protocol protocol, int threads) {
        if (folds < 2 || folds > stories.size()) {
            throw new IllegalArgumentException("folds must be in [2, " + stories.size() + "]: " + folds);
        }
        Map<List<Double>, double[][]> weightsByFit = new HashMap<>();
        Map<Setting, HeldOutScores> out = new java.util.LinkedHashMap<>();
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
            out.put(setting, score(stories, protocol, threads,
                    c -> () -> Summarizers.dpp(weights[c % folds], setting.costPower())));
        }
        return out;
    }

    /** Per-story scores of a named summarizer (the comparison), on the same stories. */
    public static HeldOutScores baseline(List<DppTraining.Story> stories, String summarizer, Protocol protocol, int threads) {
        return score(stories, protocol, threads, c -> () -> Summarizers.create(summarizer));
    }

    private static HeldOutScores score(List<DppTraining.Story> stories, Protocol protocol, int threads,
            java.util.function.IntFunction<Supplier<Summarizer>> summarizer) {
        return HeldOutScores.of(stories.stream().map(DppTraining.Story::pool).toList(),
                stories.stream().map(DppTraining.Story::references).toList(), protocol, threads, c -> summarizer.apply(c).get());
    }
}
