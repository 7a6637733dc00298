package org.newsbrief.eval.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.summarize.CoverageSelector;
import org.newsbrief.summarize.Summarizers;

/**
 * K-fold cross-validation of learned concept weights on the stories of a tuning set: story
 * {@code c} (in dataset order) is held out in fold {@code c mod K}; each fold's model is fit
 * ({@link ConceptWeightTraining#fit}) on the other folds' stories only, and the held-out stories
 * are summarized by the default's pipeline with that model's weights
 * ({@link Summarizers#coverageLearned}) and scored by the project's ROUGE. Deterministic.
 */
public final class ConceptCrossValidation {

    /** One setting: the concept threshold (documents) and the coverage options ({@code coverage:} syntax). */
    public record Setting(int minDocuments, String options) {
    }

    private ConceptCrossValidation() {
    }

    /** Held-out scores of every setting; fits are shared between settings of one threshold. */
    public static Map<Setting, HeldOutScores> run(List<ConceptWeightTraining.Story> stories, List<Setting> settings,
            int folds, Protocol protocol, int threads) {
        if (folds < 2 || folds > stories.size()) {
            throw new IllegalArgumentException("folds must be in [2, " + stories.size() + "]: " + folds);
        }
        Map<Integer, double[][]> modelsByThreshold = new HashMap<>();
        Map<Setting, HeldOutScores> out = new LinkedHashMap<>();
        for (Setting setting : settings) {
            double[][] models = modelsByThreshold.computeIfAbsent(setting.minDocuments(),
                    threshold -> foldModels(stories, threshold, folds, threads));
            CoverageSelector.Options options = CoverageSelector.Options.parse(setting.options());
            out.put(setting, HeldOutScores.of(stories.stream().map(ConceptWeightTraining.Story::pool).toList(),
                    stories.stream().map(ConceptWeightTraining.Story::references).toList(), protocol, threads,
                    c -> Summarizers.coverageLearned(models[c % folds], setting.minDocuments(), options)));
        }
        return out;
    }

    /**
     * Nested cross-validation of choosing among {@code settings}: in each outer fold the setting
     * is chosen by an inner {@code folds}-fold cross-validation ({@link #run}) on the outer
     * training stories alone (best mean ROUGE-1 plus ROUGE-2), its model fit on all of them,
     * and the held-out stories summarized with both; so the scores estimate the whole procedure,
     * the choice of setting included, without the optimism of reporting the best of a grid.
     *
     * @return the held-out scores and each outer fold's chosen setting
     */
    public static Nested nested(List<ConceptWeightTraining.Story> stories, List<Setting> settings, int folds,
            Protocol protocol, int threads) {
        double[] rouge1 = new double[stories.size()];
        double[] rouge2 = new double[stories.size()];
        List<Setting> chosen = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<ConceptWeightTraining.Story> train = new ArrayList<>();
            List<Integer> heldOut = new ArrayList<>();
            for (int c = 0; c < stories.size(); c++) {
                if (c % folds == k) {
                    heldOut.add(c);
                } else {
                    train.add(stories.get(c));
                }
            }
            Map<Setting, HeldOutScores> inner = run(train, settings, folds, protocol, threads);
            Setting best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (var entry : inner.entrySet()) {
                double score = entry.getValue().meanRouge1() + entry.getValue().meanRouge2();
                if (score > bestScore) {
                    best = entry.getKey();
                    bestScore = score;
                }
            }
            chosen.add(best);
            int threshold = best.minDocuments();
            double[] model = ConceptWeightTraining.fit(org.newsbrief.eval.experiment.ClusterWork.map(train, threads,
                    story -> ConceptWeightTraining.examples(story, threshold)));
            CoverageSelector.Options options = CoverageSelector.Options.parse(best.options());
            HeldOutScores scores = HeldOutScores.of(heldOut.stream().map(c -> stories.get(c).pool()).toList(),
                    heldOut.stream().map(c -> stories.get(c).references()).toList(), protocol, threads,
                    c -> Summarizers.coverageLearned(model, threshold, options));
            for (int h = 0; h < heldOut.size(); h++) {
                rouge1[heldOut.get(h)] = scores.rouge1()[h];
                rouge2[heldOut.get(h)] = scores.rouge2()[h];
            }
        }
        return new Nested(new HeldOutScores(rouge1, rouge2), chosen);
    }

    /** Held-out scores of nested cross-validation and each outer fold's chosen setting. */
    public record Nested(HeldOutScores scores, List<Setting> chosen) {
    }

    /** The model of each fold, fit on the stories outside it. */
    static double[][] foldModels(List<ConceptWeightTraining.Story> stories, int minDocuments, int folds, int threads) {
        List<ConceptWeightTraining.Examples> examples = org.newsbrief.eval.experiment.ClusterWork.map(stories, threads,
                story -> ConceptWeightTraining.examples(story, minDocuments));
        double[][] models = new double[folds][];
        for (int k = 0; k < folds; k++) {
            List<ConceptWeightTraining.Examples> train = new ArrayList<>();
            for (int c = 0; c < stories.size(); c++) {
                if (c % folds != k) {
                    train.add(examples.get(c));
                }
            }
            models[k] = ConceptWeightTraining.fit(train);
        }
        return models;
    }

    /** Per-story scores of a named summarizer (the comparison), on the same stories. */
    public static HeldOutScores baseline(List<ConceptWeightTraining.Story> stories, String summarizer, Protocol protocol,
            int threads) {
        return HeldOutScores.of(stories.stream().map(ConceptWeightTraining.Story::pool).toList(),
                stories.stream().map(ConceptWeightTraining.Story::references).toList(), protocol, threads,
                c -> Summarizers.create(summarizer));
    }
}
