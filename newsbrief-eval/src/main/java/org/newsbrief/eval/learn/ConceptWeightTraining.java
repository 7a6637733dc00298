package org.newsbrief.eval.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbrief.analysis.TextAnalyzer;
import org.newsbrief.analysis.WordTokenizer;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.experiment.ClusterWork;
import org.newsbrief.model.Document;
import org.newsbrief.summarize.ConceptFeatures;
import org.newsbrief.summarize.Concepts;
import org.newsbrief.summarize.SentencePool;

/**
 * Learns the weights of {@link org.newsbrief.summarize.LearnedConceptWeights} (supervised concept
 * weights, Li, Qian and Liu 2013; Hong and Nenkova 2014): every concept of a training story (a
 * bigram held by at least {@code minDocuments} of its documents) is one example, its
 * {@link ConceptFeatures} the input and the share of the story's reference summaries holding it
 * (read as the story's sentences are, {@link Concepts#in}) the soft label of a logistic
 * regression ({@link LogisticRegression#fitSoft}); every story weighs the same, whatever its
 * number of concepts. Deterministic.
 */
public final class ConceptWeightTraining {

    /** One training story: its pool and references (lines of each reference). */
    public record Story(String id, SentencePool pool, List<List<String>> references) {
    }

    /** A story's examples under one concept threshold: features and soft labels, one per concept. */
    public record Examples(double[][] features, double[] labels) {
    }

    private static final WordTokenizer TOKENIZER = new WordTokenizer();

    private ConceptWeightTraining() {
    }

    /** The stories of these clusters, in order, without those that have no documents. */
    public static List<Story> stories(List<EvalCluster> clusters, TextAnalyzer analyzer, int threads) {
        return ClusterWork.map(clusters, threads, cluster -> {
            List<Document> documents = cluster.documents().stream().map(analyzer::analyze).toList();
            return documents.isEmpty() ? null : new Story(cluster.id(), SentencePool.of(documents), cluster.references());
        }).stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The examples of one story: its concepts' features and the share of its references holding each. */
    public static Examples examples(Story story, int minDocuments) {
        Concepts concepts = new Concepts(story.pool(), minDocuments);
        double[][] features = ConceptFeatures.of(story.pool(), concepts);
        double[] labels = new double[concepts.count()];
        for (List<String> reference : story.references()) {
            boolean[] holds = new boolean[labels.length];
            for (String line : reference) {
                for (int c : concepts.in(TOKENIZER.tokenize(line))) {
                    holds[c] = true;
                }
            }
            for (int c = 0; c < labels.length; c++) {
                labels[c] += holds[c] ? 1.0 / story.references().size() : 0;
            }
        }
        return new Examples(features, labels);
    }

    /** Fits the model ({@link ConceptFeatures#NAMES} weights, then the bias) on these stories' examples. */
    public static double[] fit(List<Examples> stories) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        int total = stories.stream().mapToInt(s -> s.labels().length).sum();
        for (Examples story : stories) {
            int n = story.labels().length;
            for (int c = 0; c < n; c++) {
                x.add(story.features()[c]);
                y.add(story.labels()[c]);
                weight.add((double) total / stories.size() / n); // each story weighs alike; the mean weight is 1
            }
        }
        if (x.isEmpty()) {
            throw new IllegalArgumentException("no concepts to learn from");
        }
        return LogisticRegression.fitSoft(x, y, weight);
    }

    /** The model file: comments, then {@code name<TAB>weight} per feature and the bias. */
    public static String modelFile(double[] model, List<String> comments) {
        StringBuilder out = new StringBuilder();
        comments.forEach(line -> out.append("# ").append(line).append('\n'));
        for (int f = 0; f < ConceptFeatures.NAMES.size(); f++) {
            out.append(ConceptFeatures.NAMES.get(f)).append('\t').append(String.format(Locale.ROOT, "%.6f", model[f])).append('\n');
        }
        out.append(org.newsbrief.summarize.LinearModelFile.BIAS).append('\t')
                .append(String.format(Locale.ROOT, "%.6f", model[model.length - 1])).append('\n');
        return out.toString();
    }
}
