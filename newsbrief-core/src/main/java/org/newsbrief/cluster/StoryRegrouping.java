package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Regroups a clustering's stories (not its articles): the stories that do not stand apart by
 * {@link StorySeparation}'s tests are merged, those that do stay apart. Where {@link
 * StorySeparation#oneStory} decides all or nothing (the whole input is one story, or the raw
 * clustering is kept, fragments and all), this keeps one group per story that stands apart and
 * gathers each one's fragments into it: two similar events, each split by the clusterer into
 * episodes, come out as two groups.
 *
 * <p>The stories of at least {@code tests.minSize()} articles are taken from the largest down (the
 * largest always first, whatever its size; ties in the order of the groups); each joins the
 * closest group (by the mean cosine of the pairs across) it does not stand apart from, or opens a
 * new group. It stands apart from a group as {@link StorySeparation#oneStory} has another story
 * stand apart from the largest: its mean cosine with the group's reference story is under {@code
 * ratio} times the reference's inner closeness (or with {@code eitherStory} the lower of the two
 * inner closenesses), or (name test) neither holds {@code nameOverlap} of the other's
 * characteristic names. The reference is the group's first story (the largest of it) or, with
 * {@code againstGroup}, the group as it grows. A group whose reference has no inner closeness (a
 * single article, or articles without shared terms) takes no story. With the first story as
 * reference, when every story that counts passes against the largest all join it, exactly the
 * input {@link StorySeparation#oneStory} keeps whole.
 *
 * <p>Smaller stories: when a single group results they join it (as the all-or-nothing decision
 * briefs them with the one story); otherwise with {@code attachSmall} each joins the group it is
 * closest to (mean cosine across above 0), else it stays as the clusterer left it.
 *
 * <p>Every comparison is between a story's summed signature and a group's (its centroid) and
 * between per-story name counts, never between two articles: the cost is the stories that count
 * times the groups opened, times the terms of a story's centroid. Immutable.
 *
 * @param tests the tests and their thresholds (its evidence test is not used)
 * @param againstGroup whether a story is measured against the group as it grows rather than the
 *     group's first story
 * @param attachSmall whether stories under the least size join the closest group when several result
 */
public record StoryRegrouping(StorySeparation tests, boolean againstGroup, boolean attachSmall) {

    /**
     * The regrouping of {@code newsbrief brief --stories auto}: the all-or-nothing decision's
     * default tests ({@link StorySeparation#DEFAULT}: ratio 0.30, stories of 3 articles or more,
     * name test at 0.40 with names held by 70% of a story's articles), against the growing group,
     * small stories joining the closest group. Chosen by {@code newsbrief bench stories} on its
     * tuning inputs (DUC 2003, ECB+ topics 1-35) by the same criterion: 0.9666 against 0.8763 for
     * all or nothing (0.9658 against the group's first story). See bench/stories.md.
     */
    public static final StoryRegrouping DEFAULT = new StoryRegrouping(StorySeparation.DEFAULT, true, true);

    public StoryRegrouping {
        if (tests == null) {
            throw new IllegalArgumentException("no separation tests");
        }
    }

    /** The grouping's groups regrouped (see {@link #regroup(List, List)}). */
    public List<List<Integer>> regroup(AverageLinkageClusterer.Grouping grouping) {
        return regroup(grouping.groups(), grouping.signatures());
    }

    /**
     * The groups (indexes into {@code signatures}) regrouped: each result the articles of the groups
     * it gathers, in increasing order; results in the order they were opened (the largest story's
     * first), then the small stories left as they were, in the order of the groups. A single group,
     * or a clustering whose largest story has no inner closeness and takes no other, comes back as it is.
     */
    public List<List<Integer>> regroup(List<List<Integer>> groups, List<Signature> signatures) {
        return regroup(groups, signatures, true, new long[1]);
    }

    /**
     * As {@link #regroup(List, List)}, which compares every story with every open group (stories
     * times groups), with candidate groups from a name index and a term index instead: the same
     * result, article for article, and fewer comparisons, but not adopted: on the pooled input of
     * {@code bench cluster-scaling} it compared 14% fewer pairs at 10,000 articles and did not end
     * within 60 s at 100,000 either (bench/regrouping-scaling.md, bench/README.md).
     */
    public List<List<Integer>> regroupIndexed(List<List<Integer>> groups, List<Signature> signatures) {
        return regroup(groups, signatures, false, new long[1]);
    }

    /** A regrouping's result and how many story-group comparisons it made. */
    public record Counted(List<List<Integer>> groups, long comparisons) {
    }

    /**
     * As {@link #regroupIndexed} (or, with {@code comparingAll}, {@link #regroup(List, List)}), with
     * the number of story-group comparisons made: for measuring.
     */
    public Counted regroupCounted(List<List<Integer>> groups, List<Signature> signatures, boolean comparingAll) {
        long[] compared = new long[1];
        List<List<Integer>> out = regroup(groups, signatures, comparingAll, compared);
        return new Counted(out, compared[0]);
    }

    /**
     * The regrouping, each story compared only with the groups that can take it, unless {@code all};
     * {@code compared[0]} counts the story-group comparisons made. With a name test, a story with
     * characteristic names is compared only with the groups that hold one of them, whose
     * characteristic names it holds, or that have none (any other group fails the name test, see
     * {@link NameIndex}); a small story is compared through an index from each term to the groups
     * whose summed signature holds it, with the same sums in the same order as a comparison of the
     * two summed signatures (the groups no longer change then). Ties go to the group opened first,
     * as when every group is compared in the order opened: the result is the same either way.
     */
    List<List<Integer>> regroup(List<List<Integer>> groups, List<Signature> signatures, boolean all, long[] compared) {
        if (groups.size() < 2) {
            return groups.stream().<List<Integer>>map(List::copyOf).toList();
        }
        List<Integer> order = IntStream.range(0, groups.size()).boxed()
                .sorted(Comparator.comparingInt((Integer g) -> -groups.get(g).size())).toList();
        List<Opened> opened = new ArrayList<>();
        List<Integer> small = new ArrayList<>();
        NameIndex index = all || tests.nameOverlap() == 0 ? null : new NameIndex();
        for (int g : order) {
            if (!opened.isEmpty() && groups.get(g).size() < tests.minSize()) {
                small.add(g);
                continue;
            }
            Measured story = Measured.of(groups.get(g), signatures);
            List<Opened> candidates = index == null ? opened : index.candidates(story, opened);
            Opened best = null;
            double bestBetween = Double.NEGATIVE_INFINITY;
            for (Opened group : candidates) {
                compared[0]++;
                double between = group.reference.between(story);
                // ties to the group opened first, whatever order the candidates come in
                boolean better = between > bestBetween || best != null && between == bestBetween && group.index < best.index;
                if (better && joins(story, group.reference, between)) {
                    best = group;
                    bestBetween = between;
                }
            }
            if (best == null) {
                best = new Opened(g, story);
                best.index = opened.size();
                opened.add(best);
            } else {
                best.add(g, story, againstGroup);
            }
            if (index != null) {
                index.update(best);
            }
        }
        Opened first = opened.get(0);
        boolean whole = opened.size() == 1;
        if (whole && !(first.reference.size >= 2 && first.reference.within > 0)) {
            // the all-or-nothing decision keeps such a clustering as it is
            return groups.stream().<List<Integer>>map(List::copyOf).toList();
        }
        List<Integer> alone = new ArrayList<>();
        TermIndex terms = whole || !attachSmall || all ? null : new TermIndex(opened);
        for (int g : small) {
            if (whole) {
                first.members.add(g);
                continue;
            }
            Opened best = null;
            if (attachSmall) {
                Measured story = Measured.of(groups.get(g), signatures);
                best = terms == null ? closest(story, opened, compared) : terms.closest(story, opened, compared);
            }
            if (best == null) {
                alone.add(g);
            } else {
                best.members.add(g);
            }
        }
        alone.sort(null);
        List<List<Integer>> out = new ArrayList<>();
        for (Opened group : opened) {
            List<Integer> articles = new ArrayList<>();
            group.members.forEach(g -> articles.addAll(groups.get(g)));
            articles.sort(null);
            out.add(List.copyOf(articles));
        }
        alone.forEach(g -> out.add(List.copyOf(groups.get(g))));
        return List.copyOf(out);
    }

    /** The group (of those in the order opened) the story is closest to, mean cosine across above 0; null for none. */
    private static Opened closest(Measured story, List<Opened> opened, long[] compared) {
        Opened best = null;
        double bestBetween = 0;
        for (Opened group : opened) {
            compared[0]++;
            double between = group.reference.between(story);
            if (between > bestBetween) {
                best = group;
                bestBetween = between;
            }
        }
        return best;
    }

    /**
     * The open groups by name, for the name test (overlap above 0): a story and a group pass it only
     * when one holds some of the other's characteristic names or has none (then it asks nothing), so
     * the groups a story with characteristic names can join are among those holding one of them
     * (any of their articles), those with a characteristic name the story holds, and those with no
     * characteristic name. A group is filed under every name it has held, every name that has been
     * characteristic of it and among the nameless when it has been: a group's names only grow as it
     * does, and filing it once too often costs a comparison, never a result.
     */
    private final class NameIndex {
        private final Map<Integer, List<Opened>> holding = new HashMap<>();
        private final Map<Integer, List<Opened>> characteristicOf = new HashMap<>();
        private final List<Opened> nameless = new ArrayList<>();
        private int stamp;

        /** The groups that can pass the name test with the story (all of them when the story has no characteristic name). */
        List<Opened> candidates(Measured story, List<Opened> opened) {
            List<Integer> own = characteristicNames(story);
            if (own.isEmpty()) {
                return opened;
            }
            stamp++;
            List<Opened> out = new ArrayList<>();
            collect(nameless, out);
            for (int name : own) {
                collect(holding.getOrDefault(name, List.of()), out);
            }
            for (int name : story.names.keySet()) {
                collect(characteristicOf.getOrDefault(name, List.of()), out);
            }
            return out;
        }

        private void collect(List<Opened> groups, List<Opened> out) {
            for (Opened group : groups) {
                if (group.seen != stamp) {
                    group.seen = stamp;
                    out.add(group);
                }
            }
        }

        /** Files the group as its reference now is. */
        void update(Opened group) {
            for (int name : group.reference.names.keySet()) {
                if (group.held.add(name)) {
                    holding.computeIfAbsent(name, n -> new ArrayList<>()).add(group);
                }
            }
            List<Integer> own = characteristicNames(group.reference);
            for (int name : own) {
                if (group.characteristic.add(name)) {
                    characteristicOf.computeIfAbsent(name, n -> new ArrayList<>()).add(group);
                }
            }
            if (own.isEmpty() && !group.filedNameless) {
                group.filedNameless = true;
                nameless.add(group);
            }
        }
    }

    /** The names held by at least the tests' name share of the story's articles. */
    private List<Integer> characteristicNames(Measured story) {
        List<Integer> out = new ArrayList<>();
        story.names.forEach((name, count) -> {
            if (count / (double) story.size >= tests.nameShare()) {
                out.add(name);
            }
        });
        return out;
    }

    /**
     * The groups' summed signatures by term, once no group changes: a small story's dot product with
     * every group sharing a term is summed term by term in increasing term order, as {@link
     * Measured#between} sums it, so the closest group is the one the comparison of every group finds.
     */
    private static final class TermIndex {
        private final Map<Integer, int[]> groupsOf = new HashMap<>();
        private final Map<Integer, double[]> weightsOf = new HashMap<>();
        private final double[] dots;
        private final int[] touched;
        private final int[] marks;
        private int stamp;

        TermIndex(List<Opened> opened) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (Opened group : opened) {
                for (int term : group.reference.terms) {
                    counts.merge(term, 1, Integer::sum);
                }
            }
            Map<Integer, Integer> filled = new HashMap<>();
            counts.forEach((term, c) -> {
                groupsOf.put(term, new int[c]);
                weightsOf.put(term, new double[c]);
                filled.put(term, 0);
            });
            for (Opened group : opened) {
                Measured r = group.reference;
                for (int i = 0; i < r.terms.length; i++) {
                    int at = filled.merge(r.terms[i], 1, Integer::sum) - 1;
                    groupsOf.get(r.terms[i])[at] = group.index;
                    weightsOf.get(r.terms[i])[at] = r.weights[i];
                }
            }
            dots = new double[opened.size()];
            touched = new int[opened.size()];
            marks = new int[opened.size()];
        }

        Opened closest(Measured story, List<Opened> opened, long[] compared) {
            stamp++;
            int n = 0;
            for (int i = 0; i < story.terms.length; i++) {
                int[] groups = groupsOf.get(story.terms[i]);
                if (groups == null) {
                    continue;
                }
                double[] weights = weightsOf.get(story.terms[i]);
                for (int k = 0; k < groups.length; k++) {
                    int group = groups[k];
                    if (marks[group] != stamp) {
                        marks[group] = stamp;
                        touched[n++] = group;
                    }
                    dots[group] += weights[k] * story.weights[i];
                }
            }
            compared[0] += n;
            Opened best = null;
            double bestBetween = 0;
            for (int t = 0; t < n; t++) {
                Opened group = opened.get(touched[t]);
                double between = dots[touched[t]] / ((double) group.reference.size * story.size);
                dots[touched[t]] = 0;
                if (between > bestBetween || between == bestBetween && best != null && group.index < best.index) {
                    best = group;
                    bestBetween = between;
                }
            }
            return best;
        }
    }

    /**
     * The regrouping as a post-pass of the batch clusterer on a whole collection (not one input):
     * the stories of at least {@code tests.minSize()} articles, from the largest down (ties in the
     * order of the groups), each join the closest group they do not stand apart from (as in {@link
     * #regroup(List, List)}) or open one; smaller stories stay as the clusterer left them (there is
     * no single story to join, and joining the closest group by any shared term would gather a large
     * collection's small stories into its large ones). Results: the opened groups in the order they
     * were opened, then the stories left alone, in the order of the groups.
     *
     * <p>With {@code needNames} a story joins or is joined only when both it and the group's
     * reference have characteristic names (names held by {@code tests.nameShare()} of their
     * articles), so stories without names (lower-cased text) stay as they are and only stories with
     * names are compared, and only with the groups that hold one of their names: a story and a group
     * sharing no name fail the name test whatever their cosine (each holds none of the other's
     * characteristic names), so an inverted index from each name to the groups holding it gives
     * exactly the groups that can pass. The cost is then the stories that count times the groups
     * sharing a name with them, times the terms of a centroid. Without {@code needNames} every
     * opened group is a candidate (stories times groups: for measuring, not for large collections).
     *
     * @throws IllegalArgumentException with {@code needNames} when the tests have no name test
     */
    public List<List<Integer>> gather(List<List<Integer>> groups, List<Signature> signatures, boolean needNames) {
        if (needNames && tests.nameOverlap() == 0) {
            throw new IllegalArgumentException("stories cannot need names without a name test");
        }
        List<Integer> order = IntStream.range(0, groups.size()).boxed()
                .sorted(Comparator.comparingInt((Integer g) -> -groups.get(g).size())).toList();
        List<Opened> opened = new ArrayList<>();
        Map<Integer, List<Opened>> byName = new java.util.HashMap<>();
        boolean[] alone = new boolean[groups.size()];
        for (int g : order) {
            if (groups.get(g).size() < tests.minSize()) {
                alone[g] = true;
                continue;
            }
            Measured story = Measured.of(groups.get(g), signatures);
            if (needNames && !characteristic(story)) {
                alone[g] = true;
                continue;
            }
            java.util.Collection<Opened> candidates = opened;
            if (needNames) {
                java.util.Set<Opened> sharing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (int name : story.names.keySet()) {
                    sharing.addAll(byName.getOrDefault(name, List.of()));
                }
                candidates = sharing;
            }
            Opened best = null;
            double bestBetween = Double.NEGATIVE_INFINITY;
            int bestIndex = Integer.MAX_VALUE;
            for (Opened group : candidates) {
                if (needNames && !characteristic(group.reference)) {
                    continue;
                }
                double between = group.reference.between(story);
                // ties to the group opened first, whatever order the candidates come in
                boolean better = between > bestBetween || between == bestBetween && group.index < bestIndex;
                if (better && joins(story, group.reference, between)) {
                    best = group;
                    bestBetween = between;
                    bestIndex = group.index;
                }
            }
            if (best == null) {
                best = new Opened(g, story);
                best.index = opened.size();
                opened.add(best);
            } else {
                best.add(g, story, againstGroup);
            }
            if (needNames) {
                Opened group = best;
                for (int name : story.names.keySet()) {
                    if (group.indexed.add(name)) {
                        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(group);
                    }
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (Opened group : opened) {
            List<Integer> articles = new ArrayList<>();
            group.members.forEach(m -> articles.addAll(groups.get(m)));
            articles.sort(null);
            out.add(List.copyOf(articles));
        }
        for (int g = 0; g < groups.size(); g++) {
            if (alone[g]) {
                out.add(List.copyOf(groups.get(g)));
            }
        }
        return List.copyOf(out);
    }

    /** Whether some name is held by at least the tests' name share of the story's articles. */
    private boolean characteristic(Measured story) {
        for (int count : story.names.values()) {
            if (count / (double) story.size >= tests.nameShare()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code story} does not stand apart from {@code reference}, {@code between} their mean cosine across. */
    private boolean joins(Measured story, Measured reference, double between) {
        if (reference.size < 2 || !(reference.within > 0)) {
            return false;
        }
        double inner = tests.eitherStory() && story.size > 1 ? Math.min(reference.within, story.within) : reference.within;
        if (!(between >= tests.ratio() * inner)) {
            return false;
        }
        if (tests.nameOverlap() == 0) {
            return true;
        }
        double held = StorySeparation.held(story.names, story.size, reference.names, reference.size, tests.nameShare());
        double mainHeld = StorySeparation.held(reference.names, reference.size, story.names, story.size, tests.nameShare());
        return Math.max(held, mainHeld) >= tests.nameOverlap();
    }

    /** A group being built: the stories it gathers and the story (or merged stories) new ones are measured against. */
    private static final class Opened {
        final List<Integer> members = new ArrayList<>();
        Measured reference;
        /** The order in which the group was opened ({@link #gather} only). */
        int index;
        /** The names under which the group is in {@link #gather}'s index. */
        final java.util.Set<Integer> indexed = new java.util.HashSet<>();
        /** The names under which the group is in a {@link NameIndex}: held, characteristic, and whether among the nameless. */
        final java.util.Set<Integer> held = new java.util.HashSet<>();
        final java.util.Set<Integer> characteristic = new java.util.HashSet<>();
        boolean filedNameless;
        /** The last candidate list the group was put in ({@link NameIndex}). */
        int seen;

        Opened(int g, Measured story) {
            members.add(g);
            reference = story;
        }

        void add(int g, Measured story, boolean grow) {
            members.add(g);
            if (grow) {
                reference = reference.merge(story);
            }
        }
    }

    /**
     * A story measured: its size, summed signature (term ids in increasing order and their summed
     * weights), the sum of its signatures' self-cosines (1 each, 0 for an article without terms),
     * its inner closeness and its name counts.
     */
    private record Measured(int size, int[] terms, double[] weights, double selves, double within,
            Map<Integer, Integer> names) {

        static Measured of(List<Integer> group, List<Signature> signatures) {
            Map<Integer, Double> centroid = StorySeparation.centroid(group, signatures);
            int[] terms = centroid.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] weights = new double[terms.length];
            for (int i = 0; i < terms.length; i++) {
                weights[i] = centroid.get(terms[i]);
            }
            double selves = 0;
            for (int d : group) {
                selves += signatures.get(d).cosine(signatures.get(d));
            }
            return new Measured(group.size(), terms, weights, selves, within(weights, selves, group.size()),
                    StorySeparation.names(group, signatures));
        }

        /** The mean cosine of the pairs across the two stories: their summed signatures' dot product over the pairs. */
        double between(Measured other) {
            double dot = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < other.terms.length) {
                if (terms[i] < other.terms[j]) {
                    i++;
                } else if (terms[i] > other.terms[j]) {
                    j++;
                } else {
                    dot += weights[i++] * other.weights[j++];
                }
            }
            return dot / ((double) size * other.size);
        }

        Measured merge(Measured other) {
            int[] sumTerms = new int[terms.length + other.terms.length];
            double[] sumWeights = new double[sumTerms.length];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < terms.length || j < other.terms.length) {
                if (j == other.terms.length || i < terms.length && terms[i] < other.terms[j]) {
                    sumTerms[k] = terms[i];
                    sumWeights[k++] = weights[i++];
                } else if (i == terms.length || terms[i] > other.terms[j]) {
                    sumTerms[k] = other.terms[j];
                    sumWeights[k++] = other.weights[j++];
                } else {
                    sumTerms[k] = terms[i];
                    sumWeights[k++] = weights[i++] + other.weights[j++];
                }
            }
            Map<Integer, Integer> counts = new java.util.HashMap<>(names);
            other.names.forEach((name, c) -> counts.merge(name, c, Integer::sum));
            int n = size + other.size;
            double s = selves + other.selves;
            double[] w = java.util.Arrays.copyOf(sumWeights, k);
            return new Measured(n, java.util.Arrays.copyOf(sumTerms, k), w, s, within(w, s, n), counts);
        }

        private static double within(double[] weights, double selves, int n) {
            if (n < 2) {
                return Double.NaN;
            }
            double squared = 0;
            for (double w : weights) {
                squared += w * w;
            }
            return (squared - selves) / ((double) n * (n - 1));
        }
    }
}
