package org.newsbrief.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leave-one-topic-out cross-validation of {@link DatewiseTimelineSystem} on Timeline17, so that
 * no task is scored by a system that saw its topic's reference timelines: the date ranker of a
 * task is trained on the other topics' tasks only, and the {@link TimelineOptions} of a held-out
 * topic are the grid point with the best mean date F1 over the other topics' tasks, each of those
 * scored with a ranker trained on neither the held-out topic nor its own (nested, so the choice
 * never sees the held-out labels). Thread-safe.
 */
final class TopicCrossValidation {

    /** One task: its topic, reference and the topic's system. */
    record Task(String topic, Timeline17Corpus.ReferenceTimeline reference, DatewiseTimelineSystem system) {
        LocalDate from() {
            return new java.util.TreeMap<>(reference.days()).firstKey();
        }

        LocalDate to() {
            return new java.util.TreeMap<>(reference.days()).lastKey();
        }

        int dates() {
            return reference.days().size();
        }

        /** The reference's mean sentences per date, rounded, at least one. */
        int perDate() {
            int sentences = reference.days().values().stream().mapToInt(List::size).sum();
            return Math.max(1, (int) Math.round((double) sentences / dates()));
        }
    }

    private record RankerKey(Set<String> excluded, boolean logCounts, boolean balanced) {
    }

    private record FeatureKey(Task task, boolean logCounts) {
    }

    private final List<Task> tasks;
    private final Map<RankerKey, DateRanker> rankers = new ConcurrentHashMap<>();
    private final Map<FeatureKey, Map<LocalDate, double[]>> features = new ConcurrentHashMap<>();

    TopicCrossValidation(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
    }

    /** The date ranker trained on every task whose topic is not excluded. */
    DateRanker ranker(Set<String> excluded, boolean logCounts, boolean balanced) {
        return rankers.computeIfAbsent(new RankerKey(Set.copyOf(excluded), logCounts, balanced), key -> {
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (Task task : tasks) {
                if (excluded.contains(task.topic())) {
                    continue;
                }
                int before = x.size();
                DateFeatures.examples(features(task, logCounts), task.reference().days().keySet(), x, y);
                int added = x.size() - before;
                for (int i = 0; i < added; i++) {
                    weights.add(balanced ? 1000.0 / added : 1.0);
                }
            }
            return DateRanker.fit(x, y, weights);
        });
    }

    Map<LocalDate, double[]> features(Task task, boolean logCounts) {
        return features.computeIfAbsent(new FeatureKey(task, logCounts), k -> task.system().features(task.from(), task.to(), logCounts));
    }

    /** The date F1 of a task's chosen dates (no summaries needed) with a ranker trained without the excluded topics. */
    double dateF1(Task task, TimelineOptions options, Set<String> excluded) {
        DateRanker ranker = ranker(excluded, options.logCounts(), options.balanced());
        Map<LocalDate, Double> scores = new HashMap<>();
        features(task, options.logCounts()).forEach((d, f) -> scores.put(d, ranker.score(f)));
        List<LocalDate> chosen = task.system().chooseDates(scores, task.dates(), task.from(), task.to(), options.adjacentPenalty());
        return TimelineScores.dates(new TreeSet<>(chosen), task.reference().days().keySet()).f1();
    }

    /** The options for a held-out topic: best mean date F1 over the other topics' tasks, nested. */
    TimelineOptions choose(String heldOut) {
        TimelineOptions best = null;
        double bestScore = -1;
        for (TimelineOptions options : TimelineOptions.grid()) {
            double score = trainingDateF1(heldOut, options);
            if (score > bestScore) {
                best = options;
                bestScore = score;
            }
        }
        return best;
    }

    /** Mean date F1 of the options over the tasks of the topics other than the held-out one. */
    double trainingDateF1(String heldOut, TimelineOptions options) {
        return tasks.stream().filter(t -> !t.topic().equals(heldOut))
                .mapToDouble(t -> dateF1(t, options, Set.of(heldOut, t.topic()))).average().orElse(0);
    }

    /** The timeline of a task with the held-out choice of options and a ranker trained without its topic. */
    Map<LocalDate, List<String>> predict(Task task, TimelineOptions options) {
        DateRanker ranker = ranker(Set.of(task.topic()), options.logCounts(), options.balanced());
        return task.system().summarize(task.dates(), task.perDate(), task.from(), task.to(), ranker, options);
    }
}
