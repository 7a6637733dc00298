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
 * between per-story name counts, never between two articles. Its {@link Bound} keeps the work
 * near linear on a large input. Time: a story and a group whose date ranges lie further apart than
 * the horizon never merge (the batch clusterer's: two articles further apart are never an edge); a
 * story or group without a dated article meets every other. Candidates: each story (small ones
 * too) is compared with at most {@code candidates} open groups, all of them when no more are open
 * (small inputs are regrouped as without a bound), else those within the horizon sharing the most
 * keys with it, a key being one of the {@code keyTerms} strongest terms of a summed signature or a
 * characteristic name, read from an index of the open groups by key and time block (keys of more
 * than {@code commonGroups} groups in a block are not read). The cost is then the stories times the
 * keys read and the capped comparisons, times the terms of a centroid: no longer the stories times
 * the groups. The cap is not exact: a story whose closest group shares few of its keys, among more
 * than {@code candidates} groups sharing more, stays apart (or alone, for a small story). Immutable.
 *
 * @param tests the tests and their thresholds (its evidence test is not used)
 * @param againstGroup whether a story is measured against the group as it grows rather than the
 *     group's first story
 * @param attachSmall whether stories under the least size join the closest group when several result
 * @param bound the time rule and the cap on candidate groups ({@link Bound#NONE}: every story compared
 *     with every open group)
 * @param margin 0 for none; else a story of the least size joins its closest passing group only when
 *     its mean cosine with that group is at least {@code margin} times its mean cosine with every other
 *     candidate group (a story about as close to two groups is not a fragment of either: it opens its
 *     own); while a single group is open (and for a single candidate) the margin asks nothing
 */
public record StoryRegrouping(StorySeparation tests, boolean againstGroup, boolean attachSmall, Bound bound, double margin) {

    /**
     * The regrouping of {@code newsbrief brief --stories auto}: the all-or-nothing decision's
     * default tests ({@link StorySeparation#DEFAULT}: ratio 0.30, stories of 3 articles or more,
     * name test at 0.40 with names held by 70% of a story's articles), against the growing group,
     * small stories joining the closest group, under the default bound ({@link Bound#DEFAULT}). Chosen by {@code newsbrief bench stories} on its
     * tuning inputs (DUC 2003, ECB+ topics 1-35) by the same criterion: 0.9666 against 0.8763 for
     * all or nothing (0.9658 against the group's first story). See bench/stories.md.
     */
    public static final StoryRegrouping DEFAULT = new StoryRegrouping(StorySeparation.DEFAULT, true, true);

    public StoryRegrouping {
        if (tests == null || bound == null) {
            throw new IllegalArgumentException("no separation tests or no bound");
        }
        if (!(margin == 0 || margin >= 1)) {
            throw new IllegalArgumentException("a margin is 0 (none) or at least 1: " + margin);
        }
    }

    /** A regrouping under the default bound ({@link Bound#DEFAULT}), without margin. */
    public StoryRegrouping(StorySeparation tests, boolean againstGroup, boolean attachSmall) {
        this(tests, againstGroup, attachSmall, Bound.DEFAULT);
    }

    /** A regrouping under a bound, without margin. */
    public StoryRegrouping(StorySeparation tests, boolean againstGroup, boolean attachSmall, Bound bound) {
        this(tests, againstGroup, attachSmall, bound, 0);
    }

    /** The same regrouping with another margin (0: none). */
    public StoryRegrouping withMargin(double newMargin) {
        return new StoryRegrouping(tests, againstGroup, attachSmall, bound, newMargin);
    }

    /**
     * How the regrouping bounds its work on a large input: a time rule, and candidate groups from an
     * index of keys with a cap on the groups each story is compared with (see the class comment).
     *
     * @param horizonDays a story and a group whose date ranges lie more than this many days apart never
     *     merge (a story or group without dated articles: no limit); 0 for no time rule
     * @param keyTerms a story or group is keyed by this many of its strongest terms (of its summed
     *     signature) and by its characteristic names
     * @param candidates each story is compared with at most this many open groups: all of them when no
     *     more are open, else those sharing the most keys with it (ties to the group opened first);
     *     {@link Integer#MAX_VALUE} for every open group (no index)
     * @param commonGroups a key filed under more groups than this (in a time block) is too common to
     *     single out candidates and is not read
     */
    public record Bound(long horizonDays, int keyTerms, int candidates, int commonGroups) {

        /** No bound: every story compared with every open group, whatever their dates (the regrouping as first merged). */
        public static final Bound NONE = new Bound(0, 1, Integer.MAX_VALUE, Integer.MAX_VALUE);

        /**
         * The default: the batch clusterer's horizon ({@link AverageLinkageClusterer.Options#horizonDays}, 560
         * days: two articles further apart are never an edge), 20 key terms (as many as the clusterer's
         * blocking terms), at most 20 groups compared per story, keys of more than 200 groups in a time
         * block not read. An input whose stories open at most 20 groups is regrouped as with the time
         * rule alone; on the tuning inputs of {@code bench stories} (dated within months, or undated) the
         * grids are those without a bound (bench/README.md).
         */
        public static final Bound DEFAULT = new Bound(AverageLinkageClusterer.Options.DEFAULTS.horizonDays(), 20, 20, 200);

        public Bound {
            if (horizonDays < 0 || keyTerms < 1 || candidates < 1 || commonGroups < 1) {
                throw new IllegalArgumentException("invalid regrouping bound: " + horizonDays + ", " + keyTerms + ", "
                        + candidates + ", " + commonGroups);
            }
        }

        /** This bound's time rule with every open group a candidate (no index, no cap). */
        public Bound uncapped() {
            return new Bound(horizonDays, keyTerms, Integer.MAX_VALUE, Integer.MAX_VALUE);
        }

        boolean indexed() {
            return candidates != Integer.MAX_VALUE;
        }
    }

    /** The same regrouping under another bound. */
    public StoryRegrouping withBound(Bound newBound) {
        return new StoryRegrouping(tests, againstGroup, attachSmall, newBound, margin);
    }

    /**
     * The most stories of at least the least size ({@link StorySeparation#minSize()}) a clustering may
     * hold for {@link #regroup(AverageLinkageClusterer.Grouping)} to regroup it. The regrouping is
     * for an input of a handful of stories, a folder of one event or two, whose fragments it rejoins;
     * an input of many stories is a collection, where it merges different stories of one subject
     * (bench/stories.md: all 30 DUC 2003 folders pooled, 31 such stories, 0.910 as clustered and
     * 0.899 regrouped, against sets of 5-10 folders, 0.912 and 0.975) and where, as a post-pass of
     * the batch clusterer, no setting beat the clusterer's own stories (bench/cluster.md).
     */
    public static final int MOST_STORIES = 20;

    /** Whether {@link #regroup(AverageLinkageClusterer.Grouping)} regroups these groups: at most {@link #MOST_STORIES} of the least size. */
    public boolean regroups(List<List<Integer>> groups) {
        return groups.stream().filter(g -> g.size() >= tests.minSize()).count() <= MOST_STORIES;
    }

    /**
     * The grouping's groups regrouped (see {@link #regroup(List, List)}) when it holds few stories
     * ({@link #regroups}), else as they are: what {@code brief --stories auto} does.
     */
    public List<List<Integer>> regroup(AverageLinkageClusterer.Grouping grouping) {
        return regroups(grouping.groups()) ? regroup(grouping.groups(), grouping.signatures())
                : grouping.groups().stream().<List<Integer>>map(List::copyOf).toList();
    }

    /**
     * The groups (indexes into {@code signatures}) regrouped: each result the articles of the groups
     * it gathers, in increasing order; results in the order they were opened (the largest story's
     * first), then the small stories left as they were, in the order of the groups. A single group,
     * or a clustering whose largest story has no inner closeness and takes no other, comes back as it is.
     */
    public List<List<Integer>> regroup(List<List<Integer>> groups, List<Signature> signatures) {
        return regroupCounted(groups, signatures).groups();
    }

    /** A regrouping's result and how many story-group comparisons (mean cosines across) it made. */
    public record Counted(List<List<Integer>> groups, long comparisons) {
    }

    /** As {@link #regroup(List, List)}, with the number of story-group comparisons made: for measuring. */
    public Counted regroupCounted(List<List<Integer>> groups, List<Signature> signatures) {
        long[] compared = new long[1];
        List<List<Integer>> out = regroup(groups, signatures, compared);
        return new Counted(out, compared[0]);
    }

    private List<List<Integer>> regroup(List<List<Integer>> groups, List<Signature> signatures, long[] compared) {
        if (groups.size() < 2) {
            return groups.stream().<List<Integer>>map(List::copyOf).toList();
        }
        List<Integer> order = IntStream.range(0, groups.size()).boxed()
                .sorted(Comparator.comparingInt((Integer g) -> -groups.get(g).size())).toList();
        List<Opened> opened = new ArrayList<>();
        List<Integer> small = new ArrayList<>();
        KeyIndex index = bound.indexed() ? new KeyIndex() : null;
        for (int g : order) {
            if (!opened.isEmpty() && groups.get(g).size() < tests.minSize()) {
                small.add(g);
                continue;
            }
            Measured story = Measured.of(groups.get(g), signatures);
            Opened best = null;
            double bestBetween = Double.NEGATIVE_INFINITY;
            // the two highest mean cosines with any candidate (passing or not), for the margin
            Opened top = null;
            double topBetween = Double.NEGATIVE_INFINITY;
            double secondBetween = Double.NEGATIVE_INFINITY;
            for (Opened group : candidates(story, opened, index)) {
                if (!meet(story, group)) {
                    continue;
                }
                compared[0]++;
                double between = group.reference.between(story);
                if (between > topBetween || top != null && between == topBetween && group.index < top.index) {
                    secondBetween = topBetween;
                    top = group;
                    topBetween = between;
                } else if (between > secondBetween) {
                    secondBetween = between;
                }
                // ties to the group opened first, whatever order the candidates come in
                boolean better = between > bestBetween || best != null && between == bestBetween && group.index < best.index;
                if (better && joins(story, group.reference, between)) {
                    best = group;
                    bestBetween = between;
                }
            }
            if (best != null && !clearOfOthers(best, bestBetween, top, topBetween, secondBetween)) {
                best = null;
            }
            if (best == null) {
                best = new Opened(g, story, opened.size());
                opened.add(best);
            } else {
                best.add(g, story, againstGroup);
            }
            if (index != null) {
                index.file(best);
            }
        }
        Opened first = opened.get(0);
        boolean whole = opened.size() == 1;
        if (whole && !(first.reference.size >= 2 && first.reference.within > 0)) {
            // the all-or-nothing decision keeps such a clustering as it is
            return groups.stream().<List<Integer>>map(List::copyOf).toList();
        }
        List<Integer> alone = new ArrayList<>();
        for (int g : small) {
            if (whole) {
                first.members.add(g);
                continue;
            }
            Opened best = null;
            if (attachSmall) {
                Measured story = Measured.of(groups.get(g), signatures);
                best = closest(story, candidates(story, opened, index), compared);
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

    /**
     * Whether the closest passing group is at least the margin closer than every other candidate: the
     * other candidates' highest mean cosine is the top one's when the passing group is not the top
     * one, else the second highest (none: always clear).
     */
    private boolean clearOfOthers(Opened best, double bestBetween, Opened top, double topBetween, double secondBetween) {
        if (margin == 0) {
            return true;
        }
        double others = best == top ? secondBetween : topBetween;
        return others == Double.NEGATIVE_INFINITY || bestBetween >= margin * others;
    }

    /** The groups the story is compared with: every open group, or with an index at most the bound's candidates. */
    private List<Opened> candidates(Measured story, List<Opened> opened, KeyIndex index) {
        return index == null || opened.size() <= bound.candidates() ? opened : index.candidates(story);
    }

    /** Whether the story's and the group's date ranges lie within the bound's horizon (always, undated or without time rule). */
    private boolean meet(Measured story, Opened group) {
        if (bound.horizonDays() == 0 || story.undated() || group.undated()) {
            return true;
        }
        return Math.max(story.first - group.last, group.first - story.last) <= bound.horizonDays();
    }

    /** The candidate (within the horizon) the story is closest to, mean cosine across above 0, ties to the group opened first; null for none. */
    private Opened closest(Measured story, List<Opened> candidates, long[] compared) {
        Opened best = null;
        double bestBetween = 0;
        for (Opened group : candidates) {
            if (!meet(story, group)) {
                continue;
            }
            compared[0]++;
            double between = group.reference.between(story);
            if (between > bestBetween || best != null && between == bestBetween && group.index < best.index) {
                best = group;
                bestBetween = between;
            }
        }
        return best;
    }

    /**
     * The open groups by key, for a bound with a cap: each group is filed under the keys of its
     * reference (its strongest terms and characteristic names, see {@link #keys}) as it grows, and,
     * with a time rule, under every time block its date range covers (blocks one day wider than the
     * horizon, so a group within the horizon of a story lies in the story's blocks or the adjacent
     * ones; undated groups under a block of their own that every story reads). An undated story reads
     * each key's groups of every block. A group is filed under every key it has had: filing it once too
     * often costs a count, never a comparison beyond the cap.
     */
    private final class KeyIndex {
        private static final long UNDATED = Long.MIN_VALUE;
        private final Map<Long, List<Opened>> byKey = new HashMap<>();
        private final Map<KeyBlock, List<Opened>> byBlock = new HashMap<>();
        private int stamp;
        private int keyStamp;

        private boolean timed() {
            return bound.horizonDays() > 0;
        }

        private long block(long day) {
            return Math.floorDiv(day, bound.horizonDays() + 1);
        }

        void file(Opened group) {
            for (long key : keys(group.reference)) {
                if (group.keys.add(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(group);
                }
                if (!timed()) {
                    continue;
                }
                if (group.undated()) {
                    fileIn(group, new KeyBlock(key, UNDATED));
                } else {
                    for (long b = block(group.first); b <= block(group.last); b++) {
                        fileIn(group, new KeyBlock(key, b));
                    }
                }
            }
        }

        private void fileIn(Opened group, KeyBlock at) {
            if (group.blocks.add(at)) {
                byBlock.computeIfAbsent(at, k -> new ArrayList<>()).add(group);
            }
        }

        /** The groups within the horizon sharing the most keys with the story, at most the bound's candidates. */
        List<Opened> candidates(Measured story) {
            stamp++;
            List<Opened> touched = new ArrayList<>();
            for (long key : keys(story)) {
                keyStamp++;
                if (!timed() || story.undated()) {
                    read(byKey.get(key), story, touched);
                } else {
                    for (long b = block(story.first) - 1; b <= block(story.last) + 1; b++) {
                        read(byBlock.get(new KeyBlock(key, b)), story, touched);
                    }
                    read(byBlock.get(new KeyBlock(key, UNDATED)), story, touched);
                }
            }
            touched.sort(Comparator.comparingInt((Opened g) -> -g.shared).thenComparingInt(g -> g.index));
            return touched.size() <= bound.candidates() ? touched : List.copyOf(touched.subList(0, bound.candidates()));
        }

        private void read(List<Opened> groups, Measured story, List<Opened> touched) {
            if (groups == null || groups.size() > bound.commonGroups()) {
                return;
            }
            for (Opened group : groups) {
                if (group.seen != stamp) {
                    group.seen = stamp;
                    group.shared = meet(story, group) ? 0 : -1;
                    if (group.shared == 0) {
                        touched.add(group);
                    }
                }
                if (group.shared >= 0 && group.keySeen != keyStamp) {
                    group.keySeen = keyStamp;
                    group.shared++;
                }
            }
        }
    }

    /** A key in a time block. */
    private record KeyBlock(long key, long block) {
    }

    /**
     * A story's or group's keys: its {@code bound.keyTerms()} strongest terms of the summed signature
     * (ties to the lower term id), as {@code 2 term}, and its characteristic names, as {@code 2 name + 1}.
     */
    private long[] keys(Measured story) {
        int k = Math.min(bound.keyTerms(), story.terms.length);
        List<Integer> names = characteristicNames(story);
        long[] keys = new long[k + names.size()];
        int n = 0;
        if (k > 0) {
            double least = kthLargest(story.weights, k);
            int above = 0;
            for (double w : story.weights) {
                if (w > least) {
                    above++;
                }
            }
            int ties = k - above;
            for (int i = 0; i < story.terms.length; i++) {
                if (story.weights[i] > least || story.weights[i] == least && ties-- > 0) {
                    keys[n++] = 2L * story.terms[i];
                }
            }
        }
        for (int name : names) {
            keys[n++] = 2L * name + 1;
        }
        return keys;
    }

    /** The k-th largest of the values (k at least 1, at most their number), kept in a sorted array of k. */
    private static double kthLargest(double[] values, int k) {
        double[] top = new double[k];
        java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (double v : values) {
            if (v > top[0]) {
                int at = 0;
                while (at + 1 < k && top[at + 1] < v) {
                    top[at] = top[at + 1];
                    at++;
                }
                top[at] = v;
            }
        }
        return top[0];
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
                best = new Opened(g, story, opened.size());
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
        /** The order in which the group was opened. */
        final int index;
        /** The first and last days of its dated articles (epoch days; first above last when none is dated). */
        long first;
        long last;
        /** The names under which the group is in {@link #gather}'s index. */
        final java.util.Set<Integer> indexed = new java.util.HashSet<>();
        /** The keys and the keys by time block under which the group is in a {@link KeyIndex}. */
        final java.util.Set<Long> keys = new java.util.HashSet<>();
        final java.util.Set<KeyBlock> blocks = new java.util.HashSet<>();
        /** The last story and key that read the group ({@link KeyIndex}), and the keys it shares with that story (-1: outside the horizon). */
        int seen;
        int keySeen;
        int shared;

        Opened(int g, Measured story, int index) {
            members.add(g);
            reference = story;
            this.index = index;
            first = story.first;
            last = story.last;
        }

        void add(int g, Measured story, boolean grow) {
            members.add(g);
            if (grow) {
                reference = reference.merge(story);
            }
            first = Math.min(first, story.first);
            last = Math.max(last, story.last);
        }

        boolean undated() {
            return first > last;
        }
    }

    /** A summed signature: term ids in increasing order and their summed weights. */
    private record Summed(int[] terms, double[] weights) {

        /** This sum plus a signature's (or another sum's) terms and weights, each term's weights added as {@code this + other}. */
        Summed plus(int[] otherTerms, double[] otherWeights) {
            int[] sumTerms = new int[terms.length + otherTerms.length];
            double[] sumWeights = new double[sumTerms.length];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < terms.length || j < otherTerms.length) {
                if (j == otherTerms.length || i < terms.length && terms[i] < otherTerms[j]) {
                    sumTerms[k] = terms[i];
                    sumWeights[k++] = weights[i++];
                } else if (i == terms.length || terms[i] > otherTerms[j]) {
                    sumTerms[k] = otherTerms[j];
                    sumWeights[k++] = otherWeights[j++];
                } else {
                    sumTerms[k] = terms[i];
                    sumWeights[k++] = weights[i++] + otherWeights[j++];
                }
            }
            return new Summed(java.util.Arrays.copyOf(sumTerms, k), java.util.Arrays.copyOf(sumWeights, k));
        }
    }

    /**
     * A story measured: its size, summed signature (term ids in increasing order and their summed
     * weights), the sum of its signatures' self-cosines (1 each, 0 for an article without terms),
     * its inner closeness and its name counts.
     */
    private record Measured(int size, int[] terms, double[] weights, double selves, double within,
            Map<Integer, Integer> names, long first, long last) {

        static Measured of(List<Integer> group, List<Signature> signatures) {
            // the summed signature, the articles' signatures added one by one (merge-joins of sorted terms)
            Summed sum = new Summed(new int[0], new double[0]);
            for (int d : group) {
                sum = sum.plus(signatures.get(d).terms, signatures.get(d).weights);
            }
            int[] terms = sum.terms();
            double[] weights = sum.weights();
            double selves = 0;
            for (int d : group) {
                selves += signatures.get(d).cosine(signatures.get(d));
            }
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int d : group) {
                if (signatures.get(d).date != null) {
                    long day = signatures.get(d).date.toEpochDay();
                    first = Math.min(first, day);
                    last = Math.max(last, day);
                }
            }
            return new Measured(group.size(), terms, weights, selves, within(weights, selves, group.size()),
                    StorySeparation.names(group, signatures), first, last);
        }

        /** Whether none of the story's articles is dated. */
        boolean undated() {
            return first > last;
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
            Summed sum = new Summed(terms, weights).plus(other.terms, other.weights);
            Map<Integer, Integer> counts = new java.util.HashMap<>(names);
            other.names.forEach((name, c) -> counts.merge(name, c, Integer::sum));
            int n = size + other.size;
            double s = selves + other.selves;
            return new Measured(n, sum.terms(), sum.weights(), s, within(sum.weights(), s, n), counts,
                    Math.min(first, other.first), Math.max(last, other.last));
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
