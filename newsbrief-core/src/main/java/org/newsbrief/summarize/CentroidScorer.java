package org.newsbrief.summarize;

import java.util.HashMap;
import java.util.Map;

/**
 * MEAD-style centroid scoring: the centroid is the mean of the story's document vectors, cut
 * to its heaviest terms; a sentence scores its cosine with the centroid plus a position prior
 * that favours the opening sentences of each article, where news puts its main facts.
 * Immutable and thread-safe.
 */
public final class CentroidScorer implements SentenceScorer {

    /**
     * Options.
     *
     * @param centroidTerms how many of the heaviest terms the centroid keeps, at least 1
     * @param positionWeight weight of the position prior, at least 0
     */
    public record Options(int centroidTerms, double positionWeight) {
        public static final Options DEFAULTS = new Options(60, 0.3);

        public Options {
            if (centroidTerms < 1 || positionWeight < 0) {
                throw new IllegalArgumentException("invalid centroid options: " + centroidTerms + ", " + positionWeight);
            }
        }
    }

    private final Options options;

    public CentroidScorer(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public double[] score(SentencePool pool) {
        TermVector centroid = centroid(pool);
        double[] scores = new double[pool.size()];
        for (int i = 0; i < scores.length; i++) {
            double position = 1.0 / Math.sqrt(1 + pool.sentence(i).index());
            scores[i] = pool.vector(i).cosine(centroid) + options.positionWeight() * position;
        }
        return scores;
    }

    private TermVector centroid(SentencePool pool) {
        Map<Integer, Double> sums = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            pool.vector(i).addTo(sums, 1.0);
        }
        Map<Integer, Double> top = new HashMap<>();
        sums.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(options.centroidTerms())
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return TermVector.of(top);
    }
}
