package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds the values of a figure group that conflict: two values conflict when they come from
 * different articles, share a time window ({@link FigureValue#comparedWindow()}: a value without one holds as of
 * its article's publication date), neither is partial and their ranges do not overlap.
 * Per window, a value is in conflict when the lowest high (or the highest low) among the other
 * articles' values lies outside its range, so a group is scanned in linear time rather than pair
 * by pair (a hostile article repeating one figure thousands of times took minutes). Stateless.
 */
final class FigureConflicts {

    private FigureConflicts() {
    }

    /** Per shared window, the values in conflict with another value of that window, in story order. */
    static List<FigureConflict> find(List<FigureValue> values) {
        return find(values, FigureValue::comparedWindow);
    }

    /** {@link #find(List)} with each value compared in the window {@code windowOf} gives it ({@link SettledTolls}). */
    static List<FigureConflict> find(List<FigureValue> values, Function<FigureValue, String> windowOf) {
        Map<String, List<Integer>> byWindow = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).quantity().partial()) {
                byWindow.computeIfAbsent(windowOf.apply(values.get(i)), window -> new ArrayList<>()).add(i);
            }
        }
        List<SortedSet<Integer>> found = new ArrayList<>();
        for (List<Integer> members : byWindow.values()) {
            SortedSet<Integer> involved = hasNaN(values, members) ? pairwise(values, members) : scan(values, members);
            if (!involved.isEmpty()) {
                found.add(involved);
            }
        }
        // Windows in the order a pair-by-pair scan meets their first conflict: by their first value in conflict.
        found.sort(Comparator.comparing(SortedSet::first));
        return found.stream().map(involved -> new FigureConflict(windowOf.apply(values.get(involved.first())),
                involved.stream().map(values::get).toList())).toList();
    }

    private static SortedSet<Integer> scan(List<FigureValue> values, List<Integer> members) {
        Extreme lowestHigh = new Extreme(false);
        Extreme highestLow = new Extreme(true);
        for (int i : members) {
            lowestHigh.offer(values.get(i).quantity().high(), article(values, i));
            highestLow.offer(values.get(i).quantity().low(), article(values, i));
        }
        SortedSet<Integer> involved = new TreeSet<>();
        for (int i : members) {
            Quantity quantity = values.get(i).quantity();
            String article = article(values, i);
            if (lowestHigh.otherThan(article) < quantity.low() || highestLow.otherThan(article) > quantity.high()) {
                involved.add(i);
            }
        }
        return involved;
    }

    /** The exact definition, for ranges with NaN bounds (no order to scan by). */
    private static SortedSet<Integer> pairwise(List<FigureValue> values, List<Integer> members) {
        SortedSet<Integer> involved = new TreeSet<>();
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                int i = members.get(a);
                int j = members.get(b);
                if (!article(values, i).equals(article(values, j))
                        && !values.get(i).quantity().overlaps(values.get(j).quantity())) {
                    involved.add(i);
                    involved.add(j);
                }
            }
        }
        return involved;
    }

    private static boolean hasNaN(List<FigureValue> values, List<Integer> members) {
        return members.stream().map(i -> values.get(i).quantity())
                .anyMatch(q -> Double.isNaN(q.low()) || Double.isNaN(q.high()));
    }

    private static String article(List<FigureValue> values, int index) {
        return values.get(index).sentence().articleId();
    }

    /** The most extreme bound seen and the most extreme one from an article other than the first's. */
    private static final class Extreme {
        private final boolean highest;
        private double best;
        private String bestArticle;
        private double runnerUp;

        Extreme(boolean highest) {
            this.highest = highest;
            this.best = highest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            this.runnerUp = best;
        }

        void offer(double value, String article) {
            if (beats(value, best)) {
                if (!article.equals(bestArticle)) {
                    runnerUp = best;
                }
                best = value;
                bestArticle = article;
            } else if (!article.equals(bestArticle) && beats(value, runnerUp)) {
                runnerUp = value;
            }
        }

        /** The most extreme bound among the articles other than {@code article}; infinite when none. */
        double otherThan(String article) {
            return article.equals(bestArticle) ? runnerUp : best;
        }

        private boolean beats(double value, double than) {
            return highest ? value > than : value < than;
        }
    }
}
