package org.newsbrief.eval.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The choices of {@link DatewiseTimelineSystem} that {@link Timeline17Benchmark} selects by
 * leave-one-topic-out cross-validation.
 *
 * @param logCounts date features as log(1 + count) rather than counts
 * @param balanced every training task weighs alike in the date ranker's fit (rather than every date)
 * @param adjacentPenalty how much a date next to an already chosen one loses in a timeline of
 *     sparse dates (0: nothing), scaled by the timeline's sparsity
 *     ({@link DatewiseTimelineSystem#adjacentPenalty})
 */
record TimelineOptions(boolean logCounts, boolean balanced, double adjacentPenalty) {

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
                + ", adjacent penalty " + adjacentPenalty + " x sparsity";
    }
}
