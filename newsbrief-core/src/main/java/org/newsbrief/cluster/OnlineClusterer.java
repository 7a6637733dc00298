package org.newsbrief.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsbrief.model.Document;

/**
 * The online clusterer, for streams: articles arrive in date order (undated ones last, in input
 * order) and each joins the most similar open story or opens a new one; a story closes when no
 * article has joined it for {@code ageDays} (by publication date), and a closed story is never
 * compared again, so memory and time per article stay bounded by the stories of the recent past.
 *
 * <p>Each article is weighed against what the stream has seen so far: TF-IDF
 * {@code (1 + log tf) * log(1 + n / df)} with the document frequencies of the articles up to and
 * including it, its {@code signatureTerms} heaviest terms kept and normalised. A story is the sum
 * of its articles' vectors; an article's similarity to a story is the cosine with that centroid,
 * lowered as {@code windowDays / days} when the article is more than {@code windowDays} after the
 * story's last article (as in {@link AverageLinkageClusterer}). Candidates come from an inverted
 * index of the open stories' blocking terms (each article's {@code blockingTerms} strongest terms
 * that are not common in the stream so far), never from a scan of all stories. Deterministic
 * (ties go to the older story); not thread-safe within one call, safe across calls.
 */
public final class OnlineClusterer implements StoryClusterer {

    /**
     * Options; the defaults are what {@code newsbrief bench cluster} chooses on DUC 2003 pooled
     * and ECB+ topics 1-35 (bench/cluster.md).
     *
     * @param threshold the least similarity at which an article joins a story
     * @param signatureTerms terms kept per article
     * @param blockingTerms an article's strongest terms used to find candidate stories
     * @param commonShare terms in more than this share of the stream so far (once it holds 50
     *     articles) find no candidates
     * @param windowDays a story more than this many days older than the article loses similarity
     * @param ageDays a story closes when this many days pass without a new article
     */
    public record Options(double threshold, int signatureTerms, int blockingTerms, double commonShare, int windowDays,
            int ageDays) {
        public static final Options DEFAULTS = new Options(DEFAULT_THRESHOLD, 200, 20, 0.05, 14, DEFAULT_AGE_DAYS);

        public Options {
            if (!(threshold > 0) || signatureTerms < 1 || blockingTerms < 1 || !(commonShare > 0) || windowDays < 1
                    || ageDays < 1) {
                throw new IllegalArgumentException("invalid online clustering options: " + threshold + ", "
                        + signatureTerms + ", " + blockingTerms + ", " + commonShare + ", " + windowDays + ", " + ageDays);
            }
        }

        /** These options with another threshold. */
        public Options withThreshold(double newThreshold) {
            return new Options(newThreshold, signatureTerms, blockingTerms, commonShare, windowDays, ageDays);
        }
    }

    /** The default threshold (see {@link Options#DEFAULTS}). */
    public static final double DEFAULT_THRESHOLD = 0.2;
    /** The default age at which a story closes (see {@link Options#DEFAULTS}). */
    public static final int DEFAULT_AGE_DAYS = 90;

    private final Options options;

    public OnlineClusterer(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Story> cluster(List<Document> documents) {
        List<Map<String, Integer>> counts = new TermCounts().of(documents);
        AverageLinkageClusterer.Grouping grouping = groups(counts,
                documents.stream().map(d -> d.article().published()).toList());
        return StoryNaming.stories(documents, grouping.groups(), grouping.signatures());
    }

    /**
     * The stories as article indices, and each article's signature as the stream weighed it on
     * arrival, from each article's term counts ({@link TermCounts}) and publication date
     * (nullable entries), for callers that keep only the counts of a large stream.
     */
    public AverageLinkageClusterer.Grouping groups(List<? extends Map<String, Integer>> counts, List<LocalDate> published) {
        if (counts.size() != published.size()) {
            throw new IllegalArgumentException("counts and dates differ in size: " + counts.size() + " and " + published.size());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> published.get(i), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i));
        Stream stream = new Stream();
        Signature[] signatures = new Signature[counts.size()];
        for (int i : order) {
            signatures[i] = stream.add(i, counts.get(i), published.get(i));
        }
        return new AverageLinkageClusterer.Grouping(stream.groups(), List.of(signatures));
    }

    /** An open or closed story. */
    private static final class OpenStory {
        final int id;
        final Map<Integer, Double> centroid = new HashMap<>();
        final List<Integer> members = new ArrayList<>();
        final TreeSet<Integer> indexed = new TreeSet<>();
        double normSquared;
        LocalDate last;

        OpenStory(int id) {
            this.id = id;
        }

        double cosine(Signature article) {
            double dot = 0;
            for (int t = 0; t < article.terms.length; t++) {
                dot += article.weights[t] * centroid.getOrDefault(article.terms[t], 0.0);
            }
            return normSquared == 0 ? 0 : dot / Math.sqrt(normSquared);
        }

        void add(int article, Signature signature, int[] blocking) {
            double dot = 0;
            for (int t = 0; t < signature.terms.length; t++) {
                dot += signature.weights[t] * centroid.getOrDefault(signature.terms[t], 0.0);
                centroid.merge(signature.terms[t], signature.weights[t], Double::sum);
            }
            normSquared += 2 * dot + 1;
            members.add(article);
            if (signature.date != null && (last == null || signature.date.isAfter(last))) {
                last = signature.date;
            }
            for (int term : blocking) {
                indexed.add(term);
            }
        }
    }

    /** The state of one stream: vocabulary seen so far, open stories and their index. */
    private final class Stream {
        final Map<String, Integer> ids = new HashMap<>();
        int[] df = new int[1024];
        int seen;
        final List<OpenStory> stories = new ArrayList<>();
        final Map<Integer, java.util.Set<OpenStory>> postings = new HashMap<>();
        /** Open dated stories by their last date, to close them as the stream's clock advances. */
        final TreeMap<LocalDate, List<OpenStory>> byLast = new TreeMap<>();

        Signature add(int article, Map<String, Integer> counts, LocalDate date) {
            seen++;
            for (String term : counts.keySet()) {
                int id = ids.computeIfAbsent(term, t -> ids.size());
                if (id >= df.length) {
                    df = java.util.Arrays.copyOf(df, df.length * 2);
                }
                df[id]++;
            }
            if (date != null) {
                close(date.minusDays(options.ageDays()));
            }
            Signature signature = signature(counts, date);
            int[] blocking = blocking(signature);
            OpenStory best = null;
            double bestScore = 0;
            for (OpenStory story : candidates(blocking)) {
                double score = story.cosine(signature) * decay(story.last, date);
                if (score >= options.threshold() && (best == null || score > bestScore)) {
                    best = story;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new OpenStory(stories.size());
                stories.add(best);
            } else if (best.last != null) {
                byLast.get(best.last).remove(best);
            }
            best.add(article, signature, blocking);
            for (int term : blocking) {
                postings.computeIfAbsent(term, t -> new java.util.HashSet<>()).add(best);
            }
            if (best.last != null) {
                byLast.computeIfAbsent(best.last, d -> new ArrayList<>()).add(best);
            }
            return signature;
        }

        private Signature signature(Map<String, Integer> counts, LocalDate date) {
            return Signatures.of(counts, ids::get, df, seen, options.signatureTerms(), date);
        }

        /** The strongest terms of the signature that are not common in the stream so far. */
        private int[] blocking(Signature signature) {
            return AverageLinkageClusterer.blockingTerms(signature, options.blockingTerms(), df, seen,
                    options.commonShare());
        }

        private List<OpenStory> candidates(int[] blocking) {
            TreeMap<Integer, OpenStory> found = new TreeMap<>();
            for (int term : blocking) {
                for (OpenStory story : postings.getOrDefault(term, java.util.Set.of())) {
                    found.put(story.id, story);
                }
            }
            return new ArrayList<>(found.values());
        }

        private double decay(LocalDate storyLast, LocalDate date) {
            if (storyLast == null || date == null) {
                return 1;
            }
            long days = Math.abs(ChronoUnit.DAYS.between(storyLast, date));
            return days <= options.windowDays() ? 1 : (double) options.windowDays() / days;
        }

        /** Closes every story whose last article is older than {@code before}. */
        private void close(LocalDate before) {
            while (!byLast.isEmpty() && byLast.firstKey().isBefore(before)) {
                for (OpenStory story : byLast.pollFirstEntry().getValue()) {
                    for (int term : story.indexed) {
                        java.util.Set<OpenStory> open = postings.get(term);
                        open.remove(story);
                        if (open.isEmpty()) {
                            postings.remove(term);
                        }
                    }
                    story.indexed.clear();
                    story.centroid.clear();
                }
            }
        }

        List<List<Integer>> groups() {
            List<List<Integer>> groups = new ArrayList<>();
            for (OpenStory story : stories) {
                List<Integer> members = new ArrayList<>(story.members);
                members.sort(null);
                groups.add(members);
            }
            return groups;
        }
    }
}
