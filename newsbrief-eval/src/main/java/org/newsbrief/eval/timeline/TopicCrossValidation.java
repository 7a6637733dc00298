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

    private record RankerKey(Set<String> excluded, boolean logCounts, boolean balanced, boolean extended, double l2) {
    }

    private record FeatureKey(Task task, boolean logCounts, boolean extended) {
    }

    private final List<Task> tasks;
    private final List<TimelineOptions> grid;
    private final Map<RankerKey, DateRanker> rankers = new ConcurrentHashMap<>();
    private final Map<FeatureKey, Map<LocalDate, double[]>> features = new ConcurrentHashMap<>();

    TopicCrossValidation(List<Task> tasks) {
        this(tasks, TimelineOptions.grid());
    }

    /** Cross-validation choosing among the given options (simplest first: ties go to the earlier). */
    TopicCrossValidation(List<Task> tasks, List<TimelineOptions> grid) {
        this.tasks = List.copyOf(tasks);
        this.grid = List.copyOf(grid);
    }

    /** The date ranker for these options, trained on every task whose topic is not excluded. */
    DateRanker ranker(Set<String> excluded, TimelineOptions options) {
        return ranker(excluded, options.logCounts(), options.balanced(), options.extended(), options.l2());
    }

    private DateRanker ranker(Set<String> excluded, boolean logCounts, boolean balanced, boolean extended, double l2) {
        return rankers.computeIfAbsent(new RankerKey(Set.copyOf(excluded), logCounts, balanced, extended, l2), key -> {
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            List<Integer> taskOf = new ArrayList<>();
            for (Task task : tasks) {
                if (excluded.contains(task.topic())) {
                    continue;
                }
                int before = x.size();
                int taskIndex = taskOf.isEmpty() ? 0 : taskOf.get(taskOf.size() - 1) + 1;
                DateFeatures.examples(features(task, logCounts, extended), task.reference().days().keySet(), x, y);
                int added = x.size() - before;
                for (int i = 0; i < added; i++) {
                    taskOf.add(taskIndex);
                    weights.add(balanced ? 1000.0 / added : 1.0);
                }
            }
            if (EXP_TASK_BIAS) {
                int tasksIn = taskOf.isEmpty() ? 0 : taskOf.get(taskOf.size() - 1) + 1;
                int base = x.get(0).length;
                List<double[]> xx = new ArrayList<>();
                for (int n = 0; n < x.size(); n++) {
                    double[] b = java.util.Arrays.copyOf(x.get(n), base + tasksIn - 1);
                    if (taskOf.get(n) > 0) {
                        b[base + taskOf.get(n) - 1] = 1;
                    }
                    xx.add(b);
                }
                double[] w = DateRanker.fit(xx, y, weights, l2).weights();
                double[] out = java.util.Arrays.copyOf(w, base + 1);
                double meanOffset = 0;
                for (int t = 1; t < tasksIn; t++) {
                    meanOffset += w[base + t - 1] / tasksIn;
                }
                out[base] = w[w.length - 1] + meanOffset;
                return new DateRanker(out);
            }
            return DateRanker.fit(x, y, weights, l2);
        });
    }

    Map<LocalDate, double[]> features(Task task, boolean logCounts, boolean extended) {
        return features.computeIfAbsent(new FeatureKey(task, logCounts, extended),
                k -> project(task.system().features(task.from(), task.to(), logCounts, extended)));
    }

    static int[] EXP_COLUMNS = null;

    static int[] EXP_NEIGHBOUR = null;
    static boolean EXP_TASK_BIAS = false;

    private static Map<LocalDate, double[]> project(Map<LocalDate, double[]> f0) {
        Map<LocalDate, double[]> f = f0;
        if (EXP_NEIGHBOUR != null) {
            Map<LocalDate, double[]> out = new HashMap<>();
            f0.forEach((d, a) -> {
                double[] b = java.util.Arrays.copyOf(a, a.length + 2 * EXP_NEIGHBOUR.length);
                double[] prev = f0.get(d.minusDays(1));
                double[] next = f0.get(d.plusDays(1));
                for (int i = 0; i < EXP_NEIGHBOUR.length; i++) {
                    b[a.length + 2 * i] = prev == null ? 0 : prev[EXP_NEIGHBOUR[i]];
                    b[a.length + 2 * i + 1] = next == null ? 0 : next[EXP_NEIGHBOUR[i]];
                }
                out.put(d, b);
            });
            return out;
        }
        if (EXP_COLUMNS == null || f.values().stream().findAny().map(a -> a.length).orElse(0) <= 11) {
            return f;
        }
        Map<LocalDate, double[]> out = new HashMap<>();
        f.forEach((d, a) -> {
            double[] b = java.util.Arrays.copyOf(a, 11 + EXP_COLUMNS.length);
            for (int i = 0; i < EXP_COLUMNS.length; i++) {
                b[11 + i] = a[EXP_COLUMNS[i]];
            }
            out.put(d, b);
        });
        return out;
    }

    /** The date F1 of a task's chosen dates (no summaries needed) with a ranker trained without the excluded topics. */
    double dateF1(Task task, TimelineOptions options, Set<String> excluded) {
        DateRanker ranker = ranker(excluded, options);
        Map<LocalDate, Double> scores = new HashMap<>();
        features(task, options.logCounts(), options.extended()).forEach((d, f) -> scores.put(d, ranker.score(f)));
        List<LocalDate> chosen = task.system().chooseDates(scores, task.dates(), task.from(), task.to(), options);
        return TimelineScores.dates(new TreeSet<>(chosen), task.reference().days().keySet()).f1();
    }

    /** The options for a held-out topic: best mean date F1 over the other topics' tasks, nested. */
    TimelineOptions choose(String heldOut) {
        TimelineOptions best = null;
        double bestScore = -1;
        for (TimelineOptions options : grid) {
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
        DateRanker ranker = ranker(Set.of(task.topic()), options);
        return task.system().summarize(task.dates(), task.perDate(), task.from(), task.to(), ranker, options);
    }
}
