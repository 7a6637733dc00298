package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The quality of each sentence in the {@code dpp} summarizer's kernel (Kulesza and Taskar 2012):
 * {@code q_i = exp(theta . f_i / 2)}, {@code f_i} the generic {@link SentenceFeatures} plus the
 * share of personal pronouns that the paper also uses, {@code theta} learned by maximum
 * likelihood of greedy ROUGE oracle summaries (newsbrief-eval's {@code DppTraining}, run by
 * {@code newsbrief train-dpp} on the 30 DUC 2003 clusters). The weights are the resource
 * {@code dpp-quality.tsv} beside this class, written by that command and never edited by hand.
 * Immutable and thread-safe.
 */
public final class DppQualityScorer implements SentenceScorer {

    /** The model file's name, beside this class. */
    public static final String RESOURCE = "dpp-quality.tsv";

    /** The graded features that are also cut into bins, as the paper quantises its features. */
    static final List<String> BINNED = List.of("position", "length", "centroid", "lexrank", "concepts", "support");

    /** The bins' lower edges: feature {@code f} gives indicators {@code f>0.2} ... {@code f>0.8}. */
    static final double[] EDGES = {0.2, 0.4, 0.6, 0.8};

    /**
     * Feature names, in column order: {@link SentenceFeatures#NAMES}, then {@code pronouns} (the
     * first {@link #BASIC} columns), then the indicators of {@link #BINNED} above each of {@link #EDGES}.
     */
    public static final List<String> NAMES = names();

    /** How many leading columns are the plain features (without bins). */
    public static final int BASIC = SentenceFeatures.NAMES.size() + 1;

    /** Personal pronouns, as the paper's feature counts them. */
    static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his",
            "she", "her", "it", "its", "they", "them", "their");

    /** Pronouns are counted up to this many per sentence. */
    static final int MANY_PRONOUNS = 3;

    private static final double[] DEFAULT_WEIGHTS = LinearModelFile.load(DppQualityScorer.class, RESOURCE, NAMES);

    private final double[] weights;

    /** The scorer with the bundled model. */
    public DppQualityScorer() {
        this(DEFAULT_WEIGHTS);
    }

    /** A scorer with these weights: one per {@link #NAMES} entry, then the bias. */
    public DppQualityScorer(double[] weights) {
        if (weights.length != NAMES.size() + 1) {
            throw new IllegalArgumentException("expected " + (NAMES.size() + 1) + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
    }

    /** The bundled model's weights, in {@link #NAMES} order, then the bias. */
    public static double[] bundledWeights() {
        return DEFAULT_WEIGHTS.clone();
    }

    @Override
    public double[] score(SentencePool pool) {
        double[][] features = features(pool);
        double[] quality = new double[features.length];
        for (int i = 0; i < quality.length; i++) {
            double z = weights[weights.length - 1];
            for (int f = 0; f < features[i].length; f++) {
                z += weights[f] * features[i][f];
            }
            quality[i] = Math.exp(z / 2);
        }
        return quality;
    }

    /** One row of {@link #NAMES}-ordered features per pool sentence, each in [0, 1]. */
    public static double[][] features(SentencePool pool) {
        double[][] generic = SentenceFeatures.of(pool);
        double[][] rows = new double[generic.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = java.util.Arrays.copyOf(generic[i], NAMES.size());
            rows[i][BASIC - 1] = pronouns(pool.sentence(i).tokens());
            int column = BASIC;
            for (String name : BINNED) {
                double value = generic[i][SentenceFeatures.NAMES.indexOf(name)];
                for (double edge : EDGES) {
                    rows[i][column++] = value > edge ? 1 : 0;
                }
            }
        }
        return rows;
    }

    static double pronouns(List<String> tokens) {
        long count = tokens.stream().filter(t -> PRONOUNS.contains(t.toLowerCase(Locale.ROOT))).count();
        return Math.min(count, MANY_PRONOUNS) / (double) MANY_PRONOUNS;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(SentenceFeatures.NAMES);
        names.add("pronouns");
        for (String name : BINNED) {
            for (double edge : EDGES) {
                names.add(name + ">" + edge);
            }
        }
        return List.copyOf(names);
    }
}
