package org.newsbrief.embed;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.Components;
import org.newsbrief.cluster.Edge;
import org.newsbrief.cluster.Signature;
import org.newsbrief.cluster.Story;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.cluster.StoryNaming;
import org.newsbrief.cluster.TermCounts;
import org.newsbrief.cluster.TimeBlocks;
import org.newsbrief.cluster.Vocabulary;
import org.newsbrief.model.Document;

/**
 * The batch clusterer of newsbrief-core ({@link AverageLinkageClusterer}: blocking, average
 * linkage inside blocks, neighbourhood floor) with a sentence-embedding signal added. Candidate
 * pairs are the core's (sharing a strong uncommon term, close enough in time) plus, optionally,
 * each article's {@code neighbours} nearest articles by embedding (brute force); each pair's
 * similarity is {@code (1 - w) * tfidf + w * max(0, (cos - base) / (1 - base))}, lowered for
 * dates far apart as in the core. With {@code w = 0} and no neighbours it is the core clusterer.
 * Deterministic; thread-safe when the vectors are.
 */
public final class EmbeddingLinkageClusterer implements StoryClusterer {

    /**
     * @param core the core options (threshold, signature and blocking terms, floor)
     * @param weight w, the share of the embedding signal in an edge
     * @param base embedding cosines at or below this count as 0
     * @param neighbours embedding nearest neighbours added as candidates per article; 0 for none
     */
    public record Options(AverageLinkageClusterer.Options core, double weight, double base, int neighbours) {
        public Options {
            Objects.requireNonNull(core, "core");
            if (!(weight >= 0 && weight <= 1) || !(base >= 0 && base < 1) || neighbours < 0) {
                throw new IllegalArgumentException("invalid embedding options: " + weight + ", " + base + ", " + neighbours);
            }
        }
    }

    private static final double EDGE_SHARE = 0.5;

    private final Options options;
    private final ArticleVectors vectors;
    private final AverageLinkageClusterer core;

    public EmbeddingLinkageClusterer(Options options, ArticleVectors vectors) {
        this.options = Objects.requireNonNull(options, "options");
        this.vectors = Objects.requireNonNull(vectors, "vectors");
        this.core = new AverageLinkageClusterer(options.core());
    }

    @Override
    public List<Story> cluster(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        return analyse(documents).stories();
    }

    /**
     * The candidate pairs ({@code a * n + b}, a < b) of a collection: {@code blocked}, the core's,
     * and {@code pairs}, with the embedding nearest neighbours too. For diagnostics (pair recall).
     */
    Analysis candidatePairs(List<Document> documents) {
        return analyse(documents);
    }

    record Analysis(Set<Long> blocked, Set<Long> pairs, List<Story> stories) {
    }

    private Analysis analyse(List<Document> documents) {
        int n = documents.size();
        TermCounts termCounts = new TermCounts();
        List<Map<String, Integer>> counts = documents.stream().<Map<String, Integer>>map(termCounts::of).toList();
        Vocabulary vocabulary = Vocabulary.of(counts);
        List<Signature> signatures = new ArrayList<>(n);
        float[][] embedded = new float[n][];
        long[] timeBlocks = new long[n];
        for (int d = 0; d < n; d++) {
            LocalDate published = documents.get(d).article().published();
            signatures.add(core.signature(counts.get(d), vocabulary, published));
            embedded[d] = options.weight() > 0 || options.neighbours() > 0 ? vectors.of(documents.get(d).article()) : null;
            timeBlocks[d] = core.timeBlock(signatures.get(d));
        }
        Set<Long> blocked = candidates(signatures, vocabulary, timeBlocks);
        Set<Long> pairs = new HashSet<>(blocked);
        if (options.neighbours() > 0) {
            pairs.addAll(NearestNeighbours.pairs(embedded, options.neighbours(), timeBlocks));
        }
        List<Edge> edges = new ArrayList<>();
        pairs.stream().sorted().forEach(pair -> {
            int a = (int) (pair / n);
            int b = (int) (pair % n);
            double similarity = similarity(signatures.get(a), signatures.get(b), embedded[a], embedded[b],
                    documents.get(a).article().published(), documents.get(b).article().published());
            if (similarity >= options.core().threshold() * EDGE_SHARE) {
                edges.add(new Edge(a, b, similarity));
            }
        });
        int[] root = Components.of(n, edges.stream().map(e -> new int[] {e.a(), e.b()}).toList());
        Map<Integer, List<Edge>> blocks = new TreeMap<>();
        for (int d = 0; d < n; d++) {
            blocks.computeIfAbsent(root[d], r -> new ArrayList<>());
        }
        edges.forEach(edge -> blocks.get(root[edge.a()]).add(edge));
        List<List<Integer>> groups = new ArrayList<>();
        blocks.forEach((first, block) -> groups.addAll(block.isEmpty() ? List.of(List.of(first)) : core.mergeBlock(block)));
        groups.sort(Comparator.<List<Integer>>comparingInt(g -> -g.size()).thenComparingInt(g -> g.get(0)));
        List<Story> stories = new ArrayList<>();
        for (List<Integer> group : groups) {
            stories.add(StoryNaming.story("s" + (stories.size() + 1), group.stream().map(documents::get).toList(),
                    group.stream().map(signatures::get).toList()));
        }
        return new Analysis(blocked, pairs, stories);
    }

    /** The core's candidate pairs (a * n + b, a < b): sharing a blocking term, in meeting time blocks. */
    private Set<Long> candidates(List<Signature> signatures, Vocabulary vocabulary, long[] timeBlocks) {
        int n = signatures.size();
        Map<Integer, List<Integer>> postings = new TreeMap<>();
        for (int d = 0; d < n; d++) {
            for (int term : core.blockingTerms(signatures.get(d), vocabulary)) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(d);
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (List<Integer> posting : postings.values()) {
            int[] members = posting.stream().mapToInt(Integer::intValue).toArray();
            long[] blocks = java.util.Arrays.stream(members).mapToLong(d -> timeBlocks[d]).toArray();
            TimeBlocks.pairs(members, blocks, (a, b) -> pairs.add((long) Math.min(a, b) * n + Math.max(a, b)));
        }
        return pairs;
    }

    /** The combined, date-adjusted similarity of two articles. */
    double similarity(Signature first, Signature second, float[] a, float[] b, LocalDate da, LocalDate db) {
        double w = options.weight();
        double embedding = w == 0 ? 0 : Math.max(0, (Vectors.dot(a, b) - options.base()) / (1 - options.base()));
        double similarity = (1 - w) * first.cosine(second) + w * embedding;
        if (da == null || db == null) {
            return similarity;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(da, db));
        int window = options.core().windowDays();
        return days <= window ? similarity : similarity * window / days;
    }
}
