package org.newsbrief.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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
    public static final String BIAS = "bias";

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
        Map<String, Double> values = new LinkedHashMap<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2 || values.put(parts[0].strip(), Double.parseDouble(parts[1].strip())) != null) {
                throw new IllegalArgumentException("model line " + number + ": expected a new 'name<TAB>weight', not '" + line + "'");
            }
        }
        double[] weights = new double[SentenceFeatures.NAMES.size() + 1];
        for (int f = 0; f < SentenceFeatures.NAMES.size(); f++) {
            weights[f] = require(values, SentenceFeatures.NAMES.get(f));
        }
        weights[weights.length - 1] = require(values, BIAS);
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("model names unknown features: " + values.keySet());
        }
        return weights;
    }

    private static double require(Map<String, Double> values, String name) {
        Double value = values.remove(name);
        if (value == null) {
            throw new IllegalArgumentException("model lacks a weight for '" + name + "'");
        }
        return value;
    }

    private static double[] load() {
        try (InputStream in = LearnedScorer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
