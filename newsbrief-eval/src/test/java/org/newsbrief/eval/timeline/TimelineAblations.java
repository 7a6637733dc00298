package org.newsbrief.eval.timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Scratch harness (experiment commit only, not a test): the nested leave-one-topic-out date F1
 * of the chosen dates for each variant tried for issue 6. Run with the test classpath:
 * {@code java -cp ... org.newsbrief.eval.timeline.TimelineAblations [timeline17 folder]}.
 */
public final class TimelineAblations {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/timeline17");
        List<Timeline17Corpus.Topic> topics = new ArrayList<>();
        for (Timeline17Corpus.Topic topic : Timeline17Corpus.read(root)) {
            if (!topic.articles().isEmpty()) {
                topics.add(topic);
            }
        }
        List<TopicCrossValidation.Task> tasks = build(topics);
        List<TimelineOptions> base = TimelineOptions.grid();
        UnaryOperator<List<TimelineOptions>> ext = g -> g.stream().map(o -> new TimelineOptions(o.logCounts(), o.balanced(), o.adjacentPenalty(), true, 0)).toList();
        run("base grid (counts/log x dates/tasks alike x adjacent penalty 0/0.25)", topics, tasks, base);
        run("adjacent penalty 0/0.25/0.5", topics, tasks, grid(new double[] {0, 0.25, 0.5}, new double[] {0}, false, new double[] {1}));
        run("+ shared-evidence penalty 0/0.5/1", topics, tasks, grid(new double[] {0, 0.25}, new double[] {0, 0.5, 1}, false, new double[] {1}));
        List<TimelineOptions> withExt = new ArrayList<>(base);
        withExt.addAll(ext.apply(base));
        TopicCrossValidation.EXP_COLUMNS = new int[] {11, 12, 13, 14};
        run("+ option: 4 DATEWISE-style features (far later, log distance, opening, written out)", topics, tasks, withExt);
        TopicCrossValidation.EXP_COLUMNS = null;
        TopicCrossValidation.EXP_NEIGHBOUR = new int[] {4, 8};
        run("base grid, neighbours' articles and published as features", topics, tasks, base);
        TopicCrossValidation.EXP_NEIGHBOUR = null;
        DateFeatures.NEARBY = 14;
        TopicCrossValidation.EXP_COLUMNS = new int[] {15};
        run("+ option: articles per article published within 14 days", topics, tasks, withExt);
        TopicCrossValidation.EXP_COLUMNS = null;
        TopicCrossValidation.EXP_TASK_BIAS = true;
        run("base grid, ranker with an intercept per training task", topics, tasks, base);
        TopicCrossValidation.EXP_TASK_BIAS = false;
        run("+ L2 1/3", topics, tasks, grid(new double[] {0, 0.25}, new double[] {0}, false, new double[] {1, 3}));
        run("+ L2 1/3/10", topics, tasks, grid(new double[] {0, 0.25}, new double[] {0}, false, new double[] {1, 3, 10}));
        DatewiseTimelineSystem.EXP_DENSITY = true;
        run("adjacent penalty scaled by sparsity 1 - dates/days", topics, tasks, base);
        run("adjacent penalty scaled by sparsity, 0/0.5/1", topics, tasks, grid(new double[] {0, 0.5, 1}, new double[] {0}, false, new double[] {1}));
        run("adjacent penalty scaled by sparsity + L2 1/3", topics, tasks, grid(new double[] {0, 0.25}, new double[] {0}, false, new double[] {1, 3}));
        DatewiseTimelineSystem.EXP_DENSITY = false;
        DatewiseTimelineSystem.EXP_ON_TOPIC = true;
        run("base grid, mentions only from summarizable (keyword) sentences", topics, build(topics), base);
        DatewiseTimelineSystem.EXP_ON_TOPIC = false;
    }

    private static List<TopicCrossValidation.Task> build(List<Timeline17Corpus.Topic> topics) {
        Map<String, DatewiseTimelineSystem> systems = new ConcurrentHashMap<>();
        topics.parallelStream().forEach(t -> systems.put(t.name(), new DatewiseTimelineSystem(t.name(), t.articles())));
        List<TopicCrossValidation.Task> tasks = new ArrayList<>();
        for (Timeline17Corpus.Topic topic : topics) {
            topic.timelines().forEach(r -> tasks.add(new TopicCrossValidation.Task(topic.name(), r, systems.get(topic.name()))));
        }
        return tasks;
    }

    private static List<TimelineOptions> grid(double[] penalties, double[] shared, boolean extended, double[] l2s) {
        List<TimelineOptions> grid = new ArrayList<>();
        for (double l2 : l2s) {
            for (double sh : shared) {
                for (double p : penalties) {
                    for (boolean log : new boolean[] {false, true}) {
                        for (boolean bal : new boolean[] {false, true}) {
                            grid.add(new TimelineOptions(log, bal, p, extended, sh, l2));
                        }
                    }
                }
            }
        }
        return grid;
    }

    private static void run(String name, List<Timeline17Corpus.Topic> topics, List<TopicCrossValidation.Task> tasks,
            List<TimelineOptions> grid) {
        TopicCrossValidation cv = new TopicCrossValidation(tasks, grid);
        Map<String, TimelineOptions> chosen = new HashMap<>();
        for (Timeline17Corpus.Topic topic : topics) {
            chosen.put(topic.name(), cv.choose(topic.name()));
        }
        double sum = 0;
        StringBuilder per = new StringBuilder();
        for (TopicCrossValidation.Task t : tasks) {
            double f = cv.dateF1(t, chosen.get(t.topic()), Set.of(t.topic()));
            sum += f;
            per.append(String.format(Locale.ROOT, " %.3f", f));
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.4f |%s%n", name, grid.size(), sum / tasks.size(), per);
    }
}
