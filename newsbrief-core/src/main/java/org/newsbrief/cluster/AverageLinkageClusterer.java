package org.newsbrief.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.Document;

/**
 * The batch clusterer. Each article gets a {@link Signature}; articles are only compared when
 * they share one of their strongest terms that is not common in the collection and were
 * published close enough in time to be similar at all (an inverted index and time blocks:
 * blocking, so a large collection is never compared pair by pair); candidate pairs at or
 * above half the threshold are edges. The edges fall into connected components (blocks) that
 * never interact, and inside each block pairs are merged in descending similarity, each merge
 * allowed only while the mean similarity of all cross pairs of the two stories stays at or above
 * the threshold (average linkage, which keeps a chain of near neighbours from joining two
 * different events). Similarity is the cosine of the signatures plus a bonus when the two articles
 * share a rare specific number or word sequence ({@link EventEvidence}: reports of one event quote
 * the same figures and words, reports of another event on the same subject do not), lowered when two dated articles
 * are far apart in time; inside a block each edge is then lowered by how close its articles'
 * other neighbours are ({@link NeighbourhoodFloor}), so that one fixed threshold suits a small
 * collection of distinct stories and a large one with many similar stories alike. Then the small
 * stories a block's merge leaves (by default up to 2 articles) join the closest larger story of the
 * block when close enough, or when it is clearly their closest ({@link SmallStories}, {@link Margin}).
 *
 * <p>{@link #cluster} runs every step in one JVM. The steps are public so that a distributed
 * runner (newsbrief-spark) can run exactly the same ones on parts of the collection: per article
 * {@link #signature} (with {@link Signature#withEvidence} its rare {@link EventEvidence} items, whose
 * document frequencies are counted over the collection as the vocabulary's) and {@link
 * #blockingTerms}, per candidate pair {@link #edge}, per block
 * {@link #mergeBlock}, per story {@link StoryNaming}; the result is the same stories.
 * Thread-safe and deterministic.
 */
public final class AverageLinkageClusterer implements StoryClusterer, Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Options; the defaults are what {@code newsbrief bench cluster} chooses on its tuning
     * collections (DUC 2003 pooled, ECB+ topics 1-35 and the first 1,000 Multi-News validation
     * clusters pooled, by the mean B-cubed F1; see bench/cluster.md).
     *
     * @param threshold the least mean similarity of all cross pairs at which two stories merge
     * @param signatureTerms terms kept per article
     * @param blockingTerms an article's strongest terms used to find candidates
     * @param commonShare terms in more than this share of a large collection do not block
     * @param windowDays articles further apart than this lose similarity with the distance
     * @param floorRank the neighbour whose similarity is an article's floor (see {@link NeighbourhoodFloor})
     * @param floorWeight how much of the two articles' mean floor an edge loses; 0 for none
     * @param attachSize stories of at most this many articles join the closest larger story of
     *     their block (see {@link SmallStories}); 0 for none
     * @param attachThreshold the least centroid cosine at which a small story joins
     * @param evidence the bonus for shared event-specific items on each edge ({@link Evidence#OFF} for none)
     * @param attachMargin the lower threshold at which a small story joins a larger story that is
     *     clearly its closest ({@link Margin#OFF} for none)
     */
    public record Options(double threshold, int signatureTerms, int blockingTerms, double commonShare, int windowDays,
            int floorRank, double floorWeight, int attachSize, double attachThreshold, Evidence evidence,
            Margin attachMargin) implements Serializable {
        public static final Options DEFAULTS = new Options(DEFAULT_THRESHOLD, 200, 20, 0.05, 14, 10, 0.75,
                DEFAULT_ATTACH_SIZE, DEFAULT_ATTACH_THRESHOLD, Evidence.DEFAULT, DEFAULT_ATTACH_MARGIN);

        /** Options without an attach margin. */
        public Options(double threshold, int signatureTerms, int blockingTerms, double commonShare, int windowDays,
                int floorRank, double floorWeight, int attachSize, double attachThreshold, Evidence evidence) {
            this(threshold, signatureTerms, blockingTerms, commonShare, windowDays, floorRank, floorWeight, attachSize,
                    attachThreshold, evidence, Margin.OFF);
        }

        /** Options without evidence (the form before it existed). */
        public Options(double threshold, int signatureTerms, int blockingTerms, double commonShare, int windowDays,
                int floorRank, double floorWeight, int attachSize, double attachThreshold) {
            this(threshold, signatureTerms, blockingTerms, commonShare, windowDays, floorRank, floorWeight, attachSize,
                    attachThreshold, Evidence.OFF);
        }

        public Options {
            if (!(threshold > 0) || signatureTerms < 1 || blockingTerms < 1 || !(commonShare > 0) || windowDays < 1
                    || floorRank < 1 || !(floorWeight >= 0) || attachSize < 0 || !(attachThreshold > 0)
                    || evidence == null || attachMargin == null) {
                throw new IllegalArgumentException("invalid clustering options: " + threshold + ", " + signatureTerms
                        + ", " + blockingTerms + ", " + commonShare + ", " + windowDays + ", " + floorRank + ", "
                        + floorWeight + ", " + attachSize + ", " + attachThreshold);
            }
        }

        /**
         * The days beyond which two articles can never be an edge: similarity decays as {@code
         * windowDays / days} and an edge needs {@code threshold * EDGE_SHARE} (560 by default).
         */
        public long horizonDays() {
            return (long) Math.ceil(windowDays / (threshold * EDGE_SHARE));
        }

        /** These options with another threshold and floor weight. */
        public Options with(double newThreshold, double newFloorWeight) {
            return new Options(newThreshold, signatureTerms, blockingTerms, commonShare, windowDays, floorRank,
                    newFloorWeight, attachSize, attachThreshold, evidence, attachMargin);
        }

        /** These options with another small-story size (0: no attaching) and attach threshold. */
        public Options withAttach(int newAttachSize, double newAttachThreshold) {
            return new Options(threshold, signatureTerms, blockingTerms, commonShare, windowDays, floorRank, floorWeight,
                    newAttachSize, newAttachThreshold, evidence, attachMargin);
        }

        /** These options with another attach margin. */
        public Options withAttachMargin(Margin newMargin) {
            return new Options(threshold, signatureTerms, blockingTerms, commonShare, windowDays, floorRank, floorWeight,
                    attachSize, attachThreshold, evidence, newMargin);
        }

        /** These options with another evidence bonus. */
        public Options withEvidence(Evidence newEvidence) {
            return new Options(threshold, signatureTerms, blockingTerms, commonShare, windowDays, floorRank, floorWeight,
                    attachSize, attachThreshold, newEvidence, attachMargin);
        }
    }

    /**
     * The bonus an edge gets for event-specific items its two articles share ({@link EventEvidence}):
     * {@code weight * min(shared, cap) / cap} added to the cosine (before the time decay), counting
     * only items held by 2 to {@code rareDf} articles of the collection.
     *
     * @param weight the bonus for {@code cap} or more shared items; 0 for none
     * @param cap shared items at which the bonus is full
     * @param rareDf the most articles an item may appear in to count
     * @param sampling one word shingle in this many is kept (by hash, the same in every article)
     */
    public record Evidence(double weight, int cap, int rareDf, int sampling) implements Serializable {
        /** No evidence: edges are the signature cosines alone. */
        public static final Evidence OFF = new Evidence(0, 1, 2, 1);
        /**
         * The default: 0.05 for one shared item held by at most 5 articles, every shingle kept. Tuned with
         * the threshold on the tuning collections (bench/cluster-evidence, bench/README.md): mean B-cubed
         * F1 0.8696 without evidence, 0.8760 with it (DUC 2003 0.891 -> 0.902, ECB+ 1-35 events 0.952 ->
         * 0.963, Multi-News 1-1,000 0.766 -> 0.762).
         */
        public static final Evidence DEFAULT = new Evidence(0.05, 1, 5, 1);

        public Evidence {
            if (!(weight >= 0) || cap < 1 || rareDf < 2 || sampling < 1) {
                throw new IllegalArgumentException("invalid evidence options: " + weight + ", " + cap + ", " + rareDf
                        + ", " + sampling);
            }
        }

        /** Whether edges get a bonus at all. */
        public boolean on() {
            return weight > 0;
        }
    }

    /**
     * The lower threshold at which a small story joins a larger story of its block that is clearly
     * its closest ({@link SmallStories}): at least {@code ratio} times as close as the second closest
     * larger story of the block (0 when there is none). A stray article of a long story (a late
     * follow-up, an editorial, the text of a law quoted beside a trial) is far closer to its own
     * story than to any other, while a small story on a crowded subject is about as close to several.
     *
     * @param threshold the least closeness (centroid cosine) at which a clearly closest story is joined
     * @param ratio how many times closer than the second closest it must be; 0 for off
     * @param size the most articles of a small story that joins so (at most the attach size counts)
     */
    public record Margin(double threshold, double ratio, int size) implements Serializable {
        /** No margin: small stories join only at the attach threshold. */
        public static final Margin OFF = new Margin(1, 0, 1);

        public Margin {
            if (!(threshold > 0) || !(ratio == 0 || ratio >= 1) || size < 1) {
                throw new IllegalArgumentException("invalid attach margin: " + threshold + ", " + ratio + ", " + size);
            }
        }

        /** Whether the margin lets anything join. */
        public boolean on() {
            return ratio > 0;
        }
    }

    /** The default threshold (see {@link Options#DEFAULTS}). */
    public static final double DEFAULT_THRESHOLD = 0.05;
    /**
     * Stories of up to 2 articles attach by default. Tuned by the mean B-cubed F1 of DUC 2003, ECB+
     * 1-35 events and Multi-News 1-1,000 (bench/cluster.md): 0.863 without attaching, 0.870 with 2
     * articles at 0.25 (a gain on ECB+ only; lower thresholds or larger sizes join Multi-News's small
     * gold stories to others: 0.768 to 0.248 at 4 articles and 0.02).
     */
    public static final int DEFAULT_ATTACH_SIZE = 2;
    /** The default attach threshold (see {@link #DEFAULT_ATTACH_SIZE}). */
    public static final double DEFAULT_ATTACH_THRESHOLD = 0.25;
    /**
     * By default a story of up to 2 articles also joins a larger story of its block that is 2.5 times
     * closer than the second closest, at any closeness from 0.02. Tuned after the attach threshold by
     * the same criterion (bench/cluster.md, bench/README.md): mean B-cubed F1 0.8845 without it, 0.8919
     * with it (DUC 2003 0.902 -> 0.925: strays of long stories rejoin them; ECB+ 1-35 0.960 -> 0.963;
     * Multi-News 1-1,000 0.791 -> 0.787).
     */
    public static final Margin DEFAULT_ATTACH_MARGIN = new Margin(AttachMargin.THRESHOLD, AttachMargin.RATIO, 2);

    /** The default attach margin's numbers, as constants for help texts. */
    public static final class AttachMargin {
        /** The least closeness of {@link #DEFAULT_ATTACH_MARGIN}. */
        public static final double THRESHOLD = 0.02;
        /** How many times closer than the second closest, in {@link #DEFAULT_ATTACH_MARGIN}. */
        public static final double RATIO = 2.5;

        private AttachMargin() {
        }
    }

    private static final int MIN_COMMON_DF = 50;
    /** Candidate edges are kept down to this share of the threshold: weaker ones still lower an average. */
    private static final double EDGE_SHARE = 0.5;

    private final Options options;

    public AverageLinkageClusterer(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Story> cluster(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        return grouping(documents).stories(documents);
    }

    /**
     * What {@link #cluster} finds before naming the stories: the groups of articles and their
     * signatures, for callers that judge the groups (such as {@link StorySeparation}).
     *
     * @throws IllegalArgumentException when there are no documents
     */
    public Grouping grouping(List<Document> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents to cluster");
        }
        TermCounts termCounts = new TermCounts();
        List<TermCounts.Counted> counted = documents.stream().map(termCounts::counted).toList();
        List<Map<String, Integer>> counts = counted.stream().<Map<String, Integer>>map(TermCounts.Counted::counts).toList();
        List<LocalDate> published = documents.stream().map(d -> d.article().published()).toList();
        List<long[]> evidence = options.evidence().on()
                ? documents.stream().map(d -> EventEvidence.items(d, options.evidence().sampling())).toList()
                : null;
        return groups(counts, published, evidence, counted.stream().map(TermCounts.Counted::names).toList());
    }

    /**
     * The groups of articles (indices into the input) and their signatures.
     *
     * @param groups the stories as article indices
     * @param signatures each article's signature, in input order
     */
    public record Grouping(List<List<Integer>> groups, List<Signature> signatures) {

        /** The groups as named stories of {@code documents} (the input they index), as {@link #cluster} returns them. */
        public List<Story> stories(List<Document> documents) {
            return StoryNaming.stories(documents, groups, signatures);
        }
    }

    /**
     * Every step but naming, from each article's term counts ({@link TermCounts}) and publication
     * date (nullable entries): what {@link #cluster} does once the articles are analysed, for
     * callers that keep only the counts of a large collection. Without event evidence: {@link
     * #groups(List, List, List)} takes each article's items too, as {@link #cluster} passes them.
     */
    public Grouping groups(List<? extends Map<String, Integer>> counts, List<LocalDate> published) {
        return groups(counts, published, null);
    }

    /**
     * As {@link #groups(List, List)}, with each article's event-specific items ({@link
     * EventEvidence#items}, in input order) when the options give evidence a weight; null or
     * ignored otherwise.
     */
    public Grouping groups(List<? extends Map<String, Integer>> counts, List<LocalDate> published, List<long[]> evidence) {
        return groups(counts, published, evidence, null);
    }

    /**
     * As {@link #groups(List, List, List)}, with the terms of each article's names ({@link
     * TermCounts.Counted#names}, in input order, each a term of its counts) kept in the signatures
     * for {@link StorySeparation}'s name test; null for none. The groups do not depend on them.
     */
    public Grouping groups(List<? extends Map<String, Integer>> counts, List<LocalDate> published, List<long[]> evidence,
            List<List<String>> names) {
        if (names != null && names.size() != counts.size()) {
            throw new IllegalArgumentException("counts and names differ in size: " + counts.size() + " and " + names.size());
        }
        if (counts.size() != published.size()) {
            throw new IllegalArgumentException("counts and dates differ in size: " + counts.size() + " and " + published.size());
        }
        boolean withEvidence = options.evidence().on() && evidence != null;
        if (withEvidence && evidence.size() != counts.size()) {
            throw new IllegalArgumentException("counts and evidence differ in size: " + counts.size() + " and " + evidence.size());
        }
        Vocabulary vocabulary = Vocabulary.of(List.copyOf(counts));
        List<long[]> rare = withEvidence ? EventEvidence.rare(evidence, options.evidence().rareDf()) : null;
        List<Signature> signatures = new ArrayList<>(counts.size());
        for (int d = 0; d < counts.size(); d++) {
            Signature signature = signature(counts.get(d), vocabulary, published.get(d));
            signature = withEvidence ? signature.withEvidence(rare.get(d)) : signature;
            if (names != null) {
                signature = signature.withNames(names.get(d).stream().mapToInt(vocabulary::id).toArray());
            }
            signatures.add(signature);
        }
        List<Edge> edges = candidateEdges(signatures, vocabulary);
        List<List<Integer>> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<Edge>> block : blocks(counts.size(), edges).entrySet()) {
            groups.addAll(block.getValue().isEmpty() ? List.of(List.of(block.getKey())) : mergeBlock(block.getValue()));
        }
        return new Grouping(groups, signatures);
    }

    /** The signature of one article, given the counts of its terms and the collection's vocabulary. */
    public Signature signature(Map<String, Integer> counts, Vocabulary vocabulary, LocalDate published) {
        return Signatures.of(counts, vocabulary, options.signatureTerms(), published);
    }

    /** The terms of a signature that find its candidates: its strongest terms not common in the collection. */
    public int[] blockingTerms(Signature signature, Vocabulary vocabulary) {
        return blockingTerms(signature, options.blockingTerms(), vocabulary.documentFrequency(), vocabulary.documents(),
                options.commonShare());
    }

    /**
     * The {@code count} strongest terms of a signature (ties by term id) less those in more than
     * {@code commonShare} of the {@code documents} counted in {@code df} (never fewer than 50).
     */
    static int[] blockingTerms(Signature signature, int count, int[] df, int documents, double commonShare) {
        int commonDf = Math.max(MIN_COMMON_DF, (int) (commonShare * documents));
        return java.util.Arrays.stream(strongest(signature, count)).filter(term -> df[term] <= commonDf).toArray();
    }

    /** The time block of an article with no date: it meets every block. */
    public static final long UNDATED = Long.MIN_VALUE;

    /**
     * The time block of a signature's article. Similarity decays as {@code windowDays / days}, so
     * two articles more than {@code windowDays / (threshold * EDGE_SHARE)} days apart (560 by
     * default) can never be an edge; blocks are one day wider than that, and only articles of the
     * same or adjacent blocks are paired (see {@link #meet}). Pairing fewer is exact: no edge is lost.
     */
    public long timeBlock(Signature signature) {
        if (signature.date == null) {
            return UNDATED;
        }
        return Math.floorDiv(signature.date.toEpochDay(), options.horizonDays() + 1);
    }

    /** Whether articles of these time blocks are paired: same or adjacent blocks, or one undated. */
    public static boolean meet(long first, long second) {
        return first == UNDATED || second == UNDATED || Math.abs(first - second) <= 1;
    }

    /** The edge between articles {@code a < b} sharing a blocking term, or null when too weak to keep. */
    public Edge edge(int a, Signature first, int b, Signature second) {
        double similarity = similarity(first, second);
        return similarity >= options.threshold() * EDGE_SHARE ? new Edge(a, b, similarity) : null;
    }

    /**
     * Merges one block (a connected component of the edges, all given): the stories found in it,
     * each as ascending collection indexes. Articles without edges are stories of their own and
     * are not passed here.
     */
    public List<List<Integer>> mergeBlock(List<Edge> block) {
        java.util.TreeSet<Integer> members = new java.util.TreeSet<>();
        block.forEach(e -> {
            members.add(e.a());
            members.add(e.b());
        });
        List<Integer> global = new ArrayList<>(members);
        Map<Integer, Integer> local = new HashMap<>();
        global.forEach(g -> local.put(g, local.size()));
        List<Edge> localEdges = new ArrayList<>(block.size());
        block.forEach(e -> localEdges.add(new Edge(local.get(e.a()), local.get(e.b()), e.similarity())));
        List<Edge> edges = new ArrayList<>(NeighbourhoodFloor.discount(global.size(), localEdges, options.floorRank(), options.floorWeight()));
        edges.sort(Edge.MERGE_ORDER);
        Merger merger = new Merger(global.size(), edges);
        for (Edge edge : edges) {
            merger.mergeIfClose(edge.a(), edge.b(), options.threshold());
        }
        List<List<Integer>> merged = SmallStories.attach(merger.groups(), localEdges, options.attachSize(),
                options.attachThreshold(), options.attachMargin());
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> group : merged) {
            groups.add(group.stream().map(global::get).toList());
        }
        return groups;
    }

    /**
     * The blocks of a collection of {@code size} articles: edges by the smallest index of their
     * connected component; an article without edges forms a block with no edges.
     */
    static Map<Integer, List<Edge>> blocks(int size, List<Edge> edges) {
        int[] root = Components.of(size, edges.stream().map(e -> new int[] {e.a(), e.b()}).toList());
        Map<Integer, List<Edge>> blocks = new java.util.TreeMap<>();
        for (int d = 0; d < size; d++) {
            if (root[d] == d) {
                blocks.put(d, new ArrayList<>());
            }
        }
        edges.forEach(edge -> blocks.get(root[edge.a()]).add(edge));
        blocks.replaceAll((first, block) -> block.isEmpty() ? List.of() : block);
        return blocks;
    }

    private List<Edge> candidateEdges(List<Signature> signatures, Vocabulary vocabulary) {
        int n = signatures.size();
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (int term : blockingTerms(signatures.get(d), vocabulary)) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(d);
            }
        }
        long[] blocks = new long[n];
        for (int d = 0; d < n; d++) {
            blocks[d] = timeBlock(signatures.get(d));
        }
        List<Edge> edges = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (List<Integer> posting : postings.values()) {
            int[] members = posting.stream().mapToInt(Integer::intValue).toArray();
            long[] memberBlocks = java.util.Arrays.stream(members).mapToLong(d -> blocks[d]).toArray();
            TimeBlocks.pairs(members, memberBlocks, (a, b) -> {
                if (seen.add((long) a * n + b)) {
                    Edge edge = edge(a, signatures.get(a), b, signatures.get(b));
                    if (edge != null) {
                        edges.add(edge);
                    }
                }
            });
        }
        return edges;
    }

    private double similarity(Signature a, Signature b) {
        double cosine = a.cosine(b);
        Evidence evidence = options.evidence();
        if (evidence.on() && a.evidence.length > 0 && b.evidence.length > 0) {
            cosine += evidence.weight() * Math.min(EventEvidence.shared(a.evidence, b.evidence), evidence.cap()) / evidence.cap();
        }
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
