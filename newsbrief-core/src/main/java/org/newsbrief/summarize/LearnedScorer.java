package org.newsbrief.summarize;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Scores sentences by a linear model over {@link SentenceFeatures} whose weights were learned
 * from data rather than set by hand: a logistic regression that predicts whether a sentence
 * belongs to the greedy ROUGE oracle summary. The weights are the resource
 * {@code learned-scorer.tsv} beside this class, written by {@code newsbrief train-scorer}
 * (newsbrief-eval's {@code SentenceScorerTraining}, on the first 1,000 Multi-News validation
 * clusters) and never edited by hand. The score is the model's probability, in (0, 1), so that
 * selectors that rescale scores (the default's salience) can take it too. Immutable and thread-safe.
 */
public final class LearnedScorer implements SentenceScorer {

    /** The model file's name, beside this class. */
    public static final String RESOURCE = "learned-scorer.tsv";
    /** The name of the intercept line in the model file. */
    public static final String BIAS = LinearModelFile.BIAS;

    private static final double[] DEFAULT_WEIGHTS = load();

    private final double[] weights;

    /** The scorer with the bundled model. */
    public LearnedScorer() {
        this(DEFAULT_WEIGHTS);
    }

    /** A scorer with these weights: one per {@link SentenceFeatures#NAMES} entry, then the bias. */
    public LearnedScorer(double[] weights) {
        if (weights.length != SentenceFeatures.NAMES.size() + 1) {
            throw new IllegalArgumentException("expected " + (SentenceFeatures.NAMES.size() + 1) + " weights, got "
                    + weights.length);
        }
        this.weights = weights.clone();
    }

    @Override
    public double[] score(SentencePool pool) {
        double[][] features = SentenceFeatures.of(pool);
        double[] scores = new double[features.length];
        for (int i = 0; i < scores.length; i++) {
            double z = weights[weights.length - 1];
            for (int f = 0; f < features[i].length; f++) {
                z += weights[f] * features[i][f];
            }
            scores[i] = 1 / (1 + Math.exp(-z));
        }
        return scores;
    }

    /** The bundled model's weights, in {@link SentenceFeatures#NAMES} order, then the bias. */
    public static double[] bundledWeights() {
        return DEFAULT_WEIGHTS.clone();
    }

    /**
     * Reads a model file: lines {@code name<TAB>weight}, one per feature and one {@code bias};
     * {@code #} starts a comment. Every feature must be given exactly once, and no other name.
     */
    public static double[] parse(BufferedReader reader) throws IOException {
        return LinearModelFile.parse(reader, SentenceFeatures.NAMES);
    }

    private static double[] load() {
        return LinearModelFile.load(LearnedScorer.class, RESOURCE, SentenceFeatures.NAMES);
    }
}
