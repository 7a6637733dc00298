package org.newsbrief.cluster;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.analysis.TermAnalyzer;
import org.newsbrief.model.Document;

/**
 * The batch clusterer. Each article gets a {@link Signature}; articles are only compared when
 * they share one of their strongest terms that is not common in the collection (an inverted
 * index: blocking, so a large collection is never compared pair by pair); candidate pairs at or
 * are merged in descending similarity, each merge allowed only while the mean similarity of all
 * cross pairs of the two stories stays at or above the threshold (average linkage, which keeps a
 * chain of near neighbours from joining two different events). Similarity is the cosine of the signatures, lowered when
 * two dated articles are far apart in time. Thread-safe and deterministic.
 */
public final class AverageLinkageClusterer implements StoryClusterer {

    /**
     * Options, tuned on the pooled DUC 2003 documents (see bench/cluster.md).
     *
     * @param threshold the least centroid similarity at which two stories merge
     * @param signatureTerms terms kept per article
     * @param blockingTerms an article's strongest terms used to find candidates
     * @param commonShare terms in more than this share of a large collection do not block
     * @param windowDays articles further apart than this lose similarity with the distance
     */
    public record Options(double threshold, int signatureTerms, int blockingTerms, double commonShare, int windowDays) {
        public static final Options DEFAULTS = new Options(0.05, 200, 10, 0.05, 14);
    }

    private static final int MIN_COMMON_DF = 50;
    /** Candidate edges are kept down to this share of the threshold: weaker ones still lower an average. */
    private static final double EDGE_SHARE = 0.5;

    private final Options options;
    private final TermAnalyzer titles = new TermAnalyzer();

    public AverageLinkageClusterer(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Story> cluster(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        Signatures.Built built = Signatures.of(documents, options.signatureTerms(), titles);
        List<Signature> signatures = built.signatures();
        List<double[]> edges = candidateEdges(signatures, built.documentFrequency());
        edges.sort(Comparator.<double[]>comparingDouble(e -> -e[2]).thenComparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
        Merger merger = new Merger(signatures.size(), edges);
        for (double[] edge : edges) {
            merger.mergeIfClose((int) edge[0], (int) edge[1], options.threshold());
        }
        return StoryNaming.stories(documents, merger.groups(), signatures);
    }

    private List<double[]> candidateEdges(List<Signature> signatures, int[] df) {
        int n = signatures.size();
        int commonDf = Math.max(MIN_COMMON_DF, (int) (options.commonShare() * n));
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (int term : strongest(signatures.get(d), options.blockingTerms())) {
                if (df[term] <= commonDf) {
                    postings.computeIfAbsent(term, t -> new ArrayList<>()).add(d);
                }
            }
        }
        List<double[]> edges = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (List<Integer> posting : postings.values()) {
            for (int i = 0; i < posting.size(); i++) {
                for (int j = i + 1; j < posting.size(); j++) {
                    int a = posting.get(i);
                    int b = posting.get(j);
                    if (seen.add((long) Math.min(a, b) * n + Math.max(a, b))) {
                        double similarity = similarity(signatures.get(a), signatures.get(b));
                        if (similarity >= options.threshold() * EDGE_SHARE) {
                            edges.add(new double[] {Math.min(a, b), Math.max(a, b), similarity});
                        }
                    }
                }
            }
        }
        return edges;
    }

    private double similarity(Signature a, Signature b) {
        double cosine = a.cosine(b);
        if (a.date == null || b.date == null) {
            return cosine;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a.date, b.date));
        return days <= options.windowDays() ? cosine : cosine * options.windowDays() / days;
    }

    private static int[] strongest(Signature signature, int count) {
        Integer[] order = new Integer[signature.terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -signature.weights[i]).thenComparing(i -> i));
        int[] terms = new int[Math.min(count, order.length)];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = signature.terms[order[i]];
        }
        return terms;
    }
}
