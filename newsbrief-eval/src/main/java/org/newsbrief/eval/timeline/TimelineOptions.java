package org.newsbrief.eval.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The choices of {@link DatewiseTimelineSystem} that {@link Timeline17Benchmark} selects by
 * leave-one-topic-out cross-validation.
 *
 * @param logCounts date features as log(1 + count) rather than counts
 * @param balanced every training task weighs alike in the date ranker's fit (rather than every date)
 * @param adjacentPenalty how much a date next to an already chosen one loses (0: nothing)
 * @param extended the date ranker also sees {@link DateFeatures#EXTENDED_NAMES}
 * @param sharedPenalty how much a date next to an already chosen one loses in proportion to the
 *     share of its evidence (articles mentioning it or published on it or the next day) that is
 *     also the chosen neighbour's (0: nothing)
 */
record TimelineOptions(boolean logCounts, boolean balanced, double adjacentPenalty, boolean extended, double sharedPenalty, double l2) {

    TimelineOptions(boolean logCounts, boolean balanced, double adjacentPenalty) {
        this(logCounts, balanced, adjacentPenalty, false, 0, 1);
    }

    TimelineOptions(boolean logCounts, boolean balanced, double adjacentPenalty, boolean extended, double sharedPenalty) {
        this(logCounts, balanced, adjacentPenalty, extended, sharedPenalty, 1);
    }

    /** The grid searched, simplest first (ties go to the earlier). */
    static List<TimelineOptions> grid() {
        List<TimelineOptions> grid = new ArrayList<>();
        for (double penalty : new double[] {0, 0.25}) {
            for (boolean log : new boolean[] {false, true}) {
                for (boolean balanced : new boolean[] {false, true}) {
                    grid.add(new TimelineOptions(log, balanced, penalty));
                }
            }
        }
        return grid;
    }

    @Override
    public String toString() {
        return (logCounts ? "log counts" : "counts") + ", " + (balanced ? "tasks weighed alike" : "dates weighed alike")
                + ", adjacent penalty " + adjacentPenalty + (extended ? ", extended features" : "")
                + (sharedPenalty > 0 ? ", shared-evidence penalty " + sharedPenalty : "") + ", L2 " + l2;
    }
}
