package org.newsbrief.summarize;

/**
 * Supervised concept weights (Li, Qian and Liu 2013; Hong and Nenkova 2014): a concept weighs the
 * probability, under a logistic model of its {@link ConceptFeatures}, that a reference summary
 * holds it, instead of its document frequency. The model is fit by newsbrief-eval's
 * {@code ConceptWeightTraining} ({@code newsbrief train-concepts}) on DUC 2003's reference
 * summaries; the bundled weights are the resource {@value #RESOURCE} beside this class, written
 * by that command and never edited by hand. Immutable and thread-safe.
 */
public final class LearnedConceptWeights {

    /** The model file's name, beside this class. */
    public static final String RESOURCE = "concept-weights.tsv";

    private static final double[] BUNDLED = LinearModelFile.load(LearnedConceptWeights.class, RESOURCE, ConceptFeatures.NAMES);

    private final double[] model;
    private final int minDocuments;

    /**
     * Weights from a model: one weight per {@link ConceptFeatures#NAMES} entry, then the bias;
     * concepts are those held by at least {@code minDocuments} documents (as {@link Concepts} lowers it for few documents).
     */
    public LearnedConceptWeights(double[] model, int minDocuments) {
        if (model.length != ConceptFeatures.NAMES.size() + 1) {
            throw new IllegalArgumentException("expected " + (ConceptFeatures.NAMES.size() + 1) + " weights, got " + model.length);
        }
        if (minDocuments < 1) {
            throw new IllegalArgumentException("minDocuments must be >= 1: " + minDocuments);
        }
        this.model = model.clone();
        this.minDocuments = minDocuments;
    }

    /** The bundled model's weights, in {@link ConceptFeatures#NAMES} order, then the bias. */
    public static double[] bundledModel() {
        return BUNDLED.clone();
    }

    public int minDocuments() {
        return minDocuments;
    }

    /**
     * Each concept's weight: the model's probability that a reference holds it, in (0, 1), to the
     * power {@code power} (1: the probability itself; below 1 flattens the weights).
     */
    public double[] weights(SentencePool pool, Concepts concepts, double power) {
        double[][] features = ConceptFeatures.of(pool, concepts);
        double[] weights = new double[features.length];
        for (int c = 0; c < weights.length; c++) {
            double p = probability(model, features[c]);
            weights[c] = power == 1 ? p : Math.pow(p, power);
        }
        return weights;
    }

    /** The logistic probability of {@code features} under {@code model} (weights, then the bias). */
    public static double probability(double[] model, double[] features) {
        double z = model[model.length - 1];
        for (int f = 0; f < features.length; f++) {
            z += model[f] * features[f];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
