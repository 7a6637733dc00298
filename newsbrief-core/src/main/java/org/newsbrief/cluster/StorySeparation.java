package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the stories a clustering found in one input stand apart, or are parts of one story
 * that the clusterer split. On a folder that holds one story (a DUC topic: ten reports of one
 * event over some weeks) the collection's own idf makes the terms the whole story shares weak, so
 * the clusterer splits it by episode; on a mixed input (two stories pooled) the stories share
 * little. So the stories are compared with each other as the clusterer saw them: with the
 * clusterer's own signatures, the mean cosine of the pairs across the largest story and each
 * other story ({@code between}) against the mean cosine of the pairs inside the largest story
 * ({@code within}; with {@code eitherStory}, inside the largest or the other story, whichever is
 * the looser). The input is one story when every other story that counts is at least {@code ratio}
 * times as close to the largest one as the articles inside are to each other.
 *
 * <p>Both means come from the stories' centroids (the sums of their normalised signatures:
 * {@code within = (|S|^2 - n) / (n (n - 1))}, {@code between = S_a . S_b / (n_a n_b)}), so the
 * test is linear in the signatures' terms: no pair of articles is compared. No time decay.
 *
 * <p>With {@code evidenceRatio} above 0 the stories must also share event-specific evidence: the
 * rare items of {@link EventEvidence} the clusterer put in the signatures (numbers and word
 * 4-grams held by 2 to a few articles of the input). Reports of one long story quote the same
 * figures and statements across its episodes; two similar but different events (the ECB+ topics)
 * share fewer. Per story the mean number of items a pair of its articles shares, inside ({@code
 * withinEvidence}) and across to the largest story ({@code betweenEvidence}), comes from the
 * counts of each item in the story ({@code sum c(c - 1) / (n (n - 1))} inside, {@code sum c_a c_b
 * / (n_a n_b)} across), again without comparing pairs; the input is one story only when every
 * story that counts also reaches {@code evidenceRatio} times the same reference (the largest
 * story's, or with {@code eitherStory} the lower of the two). A reference of 0 (no shared item
 * inside, or signatures without evidence) asks nothing.
 *
 * <p>With {@code nameOverlap} above 0 the stories must also share their names. Two similar events
 * (ECB+ topics: two rehab check-ins, two shootings, two earthquakes) can be as close in their words
 * as the episodes of one long story, but they happen to other people in other places, while the
 * episodes of one story share its key people and places. A story's characteristic names are the
 * name terms of its articles' signatures ({@link TermCounts.Counted#names}) held by at least
 * {@code nameShare} of its articles; how much of them another story holds is, over those names,
 * the sum of the lower of the two stories' shares of articles holding each, over the sum of the
 * story's own shares (1 when it has none: nothing to tell). Each story that counts must hold at
 * least {@code nameOverlap} of the largest story's characteristic names, or the largest of its.
 * Shares come from per-story name counts, again without comparing pairs. Immutable.
 *
 * @param ratio the least share of the largest story's inner closeness that each other story's
 *     closeness to it must reach for the input to be one story
 * @param minSize stories of fewer articles do not count (they join the one story when it is
 *     kept); 1 counts every story
 * @param eitherStory whether the inner closeness is the lower of the two stories' (a single
 *     article has none: the largest story's counts) rather than the largest story's
 * @param evidenceRatio the least share of the inner evidence rate that each other story's
 *     evidence rate with the largest must reach; 0 for no evidence test
 * @param nameShare the least share of a story's articles holding a name for it to be one of the
 *     story's characteristic names (in (0, 1])
 * @param nameOverlap the least share of its characteristic names that one of the two stories
 *     (each other story that counts and the largest) must find in the other; 0 for no name test
 */
public record StorySeparation(double ratio, int minSize, boolean eitherStory, double evidenceRatio, double nameShare,
        double nameOverlap) {

    /** The share of a story's articles that must hold a name for it to be one of the story's characteristic names, by default. */
    public static final double NAME_SHARE = 0.7;

    /**
     * The default of {@code newsbrief brief --stories auto}: ratio 0.30, stories of 3 articles or
     * more count, against the largest story's inner closeness, no evidence test, the name test at
     * 0.40 with characteristic names held by 70% of a story's articles. Chosen by {@code newsbrief
     * bench stories} on the tuning collections as {@code bench cluster} splits them (DUC 2003: its
     * 30 folders as one-story inputs, all 435 pairs and 200 triples of folders pooled as mixed
     * inputs; ECB+ topics 1-35: each topic a mixed input of two similar events, each event alone a
     * one-story input), by the mean over the two collections of the share of one-story inputs
     * giving one story and the mixed inputs' B-cubed F1: 0.8763 (0.8698 without the name test,
     * 0.4562 for the clustering as it is). See bench/stories.md.
     */
    public static final StorySeparation DEFAULT = new StorySeparation(0.30, 3, false, 0, NAME_SHARE, 0.40);

    public StorySeparation {
        if (!(ratio > 0) || minSize < 1 || !(evidenceRatio >= 0) || !(nameShare > 0 && nameShare <= 1)
                || !(nameOverlap >= 0 && nameOverlap <= 1)) {
            throw new IllegalArgumentException("invalid separation options: " + ratio + ", " + minSize + ", " + eitherStory
                    + ", " + evidenceRatio + ", " + nameShare + ", " + nameOverlap);
        }
    }

    /** A separation without the name test (its characteristic share left at {@link #NAME_SHARE}). */
    public StorySeparation(double ratio, int minSize, boolean eitherStory, double evidenceRatio) {
        this(ratio, minSize, eitherStory, evidenceRatio, NAME_SHARE, 0);
    }

    /** A separation by the signatures' cosines alone (no evidence test, no name test). */
    public StorySeparation(double ratio, int minSize, boolean eitherStory) {
        this(ratio, minSize, eitherStory, 0);
    }

    /**
     * One story of the clustering measured against the largest.
     *
     * @param size its articles
     * @param within the mean cosine of its own pairs (NaN for a single article)
     * @param between the mean cosine of its pairs with the largest story's articles
     * @param withinEvidence the mean number of rare evidence items its pairs share (NaN for a single article)
     * @param betweenEvidence the mean number of rare evidence items its pairs with the largest story's articles share
     * @param namesHeld how much of its characteristic names the largest story holds (1 when it has none)
     * @param mainNamesHeld how much of the largest story's characteristic names it holds (1 when that has none)
     */
    public record Part(int size, double within, double between, double withinEvidence, double betweenEvidence,
            double namesHeld, double mainNamesHeld) {

        /** A part measured by cosines and evidence (no names: the name test asks nothing of it). */
        public Part(int size, double within, double between, double withinEvidence, double betweenEvidence) {
            this(size, within, between, withinEvidence, betweenEvidence, 1, 1);
        }

        /** A part measured by cosines alone (no evidence). */
        public Part(int size, double within, double between) {
            this(size, within, between, size > 1 ? 0 : Double.NaN, 0);
        }

        /**
         * Whether this story and the largest share their names: the largest story holds at least
         * {@code overlap} of this story's characteristic names, or this story of the largest's.
         */
        public boolean sharesNames(double overlap) {
            return Math.max(namesHeld, mainNamesHeld) >= overlap;
        }
    }

    /**
     * The largest story (the first of the largest in the order of the groups) and every other story measured
     * against it, in the order of the groups.
     *
     * @param main the largest story, {@code between} NaN
     * @param others the other stories
     */
    public record Closeness(Part main, List<Part> others) {
        public Closeness {
            others = List.copyOf(others);
        }
    }

    /**
     * Whether the clustering is one story: a single group, or groups that do not stand apart (see
     * the class comment). False when every article stands alone.
     */
    public boolean oneStory(AverageLinkageClusterer.Grouping grouping) {
        return grouping.groups().size() == 1
                || oneStory(closeness(grouping.groups(), grouping.signatures(), evidenceRatio > 0, nameShare));
    }

    /** Whether measured stories are one: the largest has two articles or more and no other story that counts stands apart. */
    public boolean oneStory(Closeness closeness) {
        if (closeness.main().size() < 2 || !(closeness.main().within() > 0)) {
            return false;
        }
        double main = closeness.main().within();
        double mainEvidence = closeness.main().withinEvidence();
        return closeness.others().stream().allMatch(part -> part.size() < minSize
                || part.between() >= ratio * (eitherStory && part.size() > 1 ? Math.min(main, part.within()) : main)
                        && (evidenceRatio == 0 || part.betweenEvidence() >= evidenceRatio
                                * (eitherStory && part.size() > 1 ? Math.min(mainEvidence, part.withinEvidence()) : mainEvidence))
                        && (nameOverlap == 0 || part.sharesNames(nameOverlap)));
    }

    /**
     * The stories of {@code groups} (indexes into {@code signatures}) measured against the largest,
     * evidence included, names by their characteristic names at {@link #NAME_SHARE}.
     */
    public static Closeness closeness(List<List<Integer>> groups, List<Signature> signatures) {
        return closeness(groups, signatures, true, NAME_SHARE);
    }

    /**
     * The stories measured; without {@code evidence} the evidence means are left at 0 (not read
     * then); a story's characteristic names are those at least {@code nameShare} of its articles hold.
     */
    public static Closeness closeness(List<List<Integer>> groups, List<Signature> signatures, boolean evidence,
            double nameShare) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no stories to measure");
        }
        int largest = 0;
        for (int g = 1; g < groups.size(); g++) {
            if (groups.get(g).size() > groups.get(largest).size()) {
                largest = g;
            }
        }
        Map<Integer, Double> main = centroid(groups.get(largest), signatures);
        Map<Long, Integer> mainItems = evidence ? items(groups.get(largest), signatures) : Map.of();
        Map<Integer, Integer> mainNames = names(groups.get(largest), signatures);
        Part mainPart = new Part(groups.get(largest).size(), within(main, groups.get(largest), signatures), Double.NaN,
                withinEvidence(mainItems, groups.get(largest).size()), Double.NaN);
        List<Part> others = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (g == largest) {
                continue;
            }
            List<Integer> group = groups.get(g);
            double cross = 0;
            for (int d : group) {
                Signature s = signatures.get(d);
                for (int i = 0; i < s.terms.length; i++) {
                    cross += s.weights[i] * main.getOrDefault(s.terms[i], 0.0);
                }
            }
            double between = cross / ((double) group.size() * mainPart.size());
            Map<Long, Integer> items = evidence ? items(group, signatures) : Map.of();
            double crossItems = 0;
            for (Map.Entry<Long, Integer> item : items.entrySet()) {
                crossItems += (double) item.getValue() * mainItems.getOrDefault(item.getKey(), 0);
            }
            Map<Integer, Integer> groupNames = names(group, signatures);
            others.add(new Part(group.size(), within(centroid(group, signatures), group, signatures), between,
                    withinEvidence(items, group.size()), crossItems / ((double) group.size() * mainPart.size()),
                    held(groupNames, group.size(), mainNames, mainPart.size(), nameShare),
                    held(mainNames, mainPart.size(), groupNames, group.size(), nameShare)));
        }
        return new Closeness(mainPart, others);
    }

    /** The sum of the group's signatures, by term id. */
    static Map<Integer, Double> centroid(List<Integer> group, List<Signature> signatures) {
        Map<Integer, Double> sum = new HashMap<>();
        for (int d : group) {
            Signature s = signatures.get(d);
            for (int i = 0; i < s.terms.length; i++) {
                sum.merge(s.terms[i], s.weights[i], Double::sum);
            }
        }
        return sum;
    }

    /** How many of the group's articles hold each name term. */
    static Map<Integer, Integer> names(List<Integer> group, List<Signature> signatures) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int d : group) {
            for (int name : signatures.get(d).names) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * How much of story a's characteristic names story b holds: over the names that at least
     * {@code nameShare} of a's {@code na} articles hold, the sum of the lower of the two stories'
     * shares of articles holding each, over the sum of a's shares; 1 when a has no such name (it
     * asks nothing).
     */
    static double held(Map<Integer, Integer> a, int na, Map<Integer, Integer> b, int nb, double nameShare) {
        double own = 0;
        double shared = 0;
        for (Map.Entry<Integer, Integer> name : a.entrySet()) {
            double share = name.getValue() / (double) na;
            if (share >= nameShare) {
                own += share;
                shared += Math.min(share, b.getOrDefault(name.getKey(), 0) / (double) nb);
            }
        }
        return own == 0 ? 1 : shared / own;
    }

    /** How many of the group's articles hold each rare evidence item. */
    private static Map<Long, Integer> items(List<Integer> group, List<Signature> signatures) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int d : group) {
            for (long item : signatures.get(d).evidence) {
                counts.merge(item, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The mean number of items the pairs of a group of {@code n} articles share, from each item's count. */
    private static double withinEvidence(Map<Long, Integer> counts, int n) {
        if (n < 2) {
            return Double.NaN;
        }
        double pairs = 0;
        for (int c : counts.values()) {
            pairs += (double) c * (c - 1);
        }
        return pairs / ((double) n * (n - 1));
    }

    /**
     * The mean cosine of the pairs of a group whose signatures sum to {@code centroid}: the
     * centroid's square less each signature's own (1, or 0 for an article without terms).
     */
    static double within(Map<Integer, Double> centroid, List<Integer> group, List<Signature> signatures) {
        int n = group.size();
        if (n < 2) {
            return Double.NaN;
        }
        double squared = 0;
        for (double w : centroid.values()) {
            squared += w * w;
        }
        for (int d : group) {
            squared -= signatures.get(d).cosine(signatures.get(d));
        }
        return squared / ((double) n * (n - 1));
    }
}
