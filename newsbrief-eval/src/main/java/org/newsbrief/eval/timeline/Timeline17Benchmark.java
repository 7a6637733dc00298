package org.newsbrief.eval.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsbrief.eval.dataset.ClusterSlice;
import org.newsbrief.eval.experiment.ReportFiles;

/**
 * Main class: runs {@link DatewiseTimelineSystem} on every Timeline17 task whose topic has
 * articles (8 topics, 18 tasks in the shared copy, which lacks Finan's articles), with the
 * protocol of Ghalandari and Ifrim 2020 (as many dates as the reference, its mean sentences per
 * date, the collection restricted to the reference's span) and leave-one-topic-out
 * cross-validation ({@link TopicCrossValidation}), and writes {@code bench/timeline17.md} and
 * {@code .json} with AR-1 F, AR-2 F, concat ROUGE F, date F1 and the share of adjacent dates
 * beside the published table. Arguments: {@code [timeline17 folder] [output folder]}.
 */
public final class Timeline17Benchmark {

    /** The scores of one task, with the options chosen for its topic without its references. */
    record TaskScore(String task, int dates, int perDate, double ar1, double ar2, double concat1, double concat2,
            double dateF1, double adjacent, double referenceAdjacent, double ar1Precision, double ar1Recall,
            double ar2Precision, double ar2Recall, String options) {
    }

    /** One fold: the held-out topic, the options chosen on the others and their mean training date F1. */
    record Fold(String topic, String options, double trainingDateF1, double[] rankerWeights) {
    }

    private Timeline17Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        run(Timeline17Corpus.root(args), Path.of(args.length > 1 ? args[1] : "bench"), ClusterSlice.ALL);
    }

    /**
     * Runs the benchmark on the topics with articles that {@code slice} keeps (in folder-name
     * order) and writes the reports to {@code out}. Leave-one-topic-out cross-validation needs at
     * least two topics, so a slice of fewer fails before any work.
     */
    public static void run(Path root, Path out, ClusterSlice slice) throws IOException {
        long start = System.nanoTime();
        List<String> skipped = new ArrayList<>();
        List<Timeline17Corpus.Topic> withArticles = new ArrayList<>();
        for (Timeline17Corpus.Topic topic : Timeline17Corpus.read(root)) {
            if (topic.articles().isEmpty()) {
                topic.timelines().forEach(t -> skipped.add(t.name()));
            } else {
                withArticles.add(topic);
            }
        }
        List<Timeline17Corpus.Topic> topics = topicsOf(withArticles, slice);
        Map<String, DatewiseTimelineSystem> systems = new ConcurrentHashMap<>();
        topics.parallelStream().forEach(t -> systems.put(t.name(), new DatewiseTimelineSystem(t.name(), t.articles())));
        List<TopicCrossValidation.Task> tasks = new ArrayList<>();
        for (Timeline17Corpus.Topic topic : topics) {
            topic.timelines().forEach(r -> tasks.add(new TopicCrossValidation.Task(topic.name(), r, systems.get(topic.name()))));
        }
        TopicCrossValidation cv = new TopicCrossValidation(tasks);
        Map<String, TimelineOptions> chosen = new LinkedHashMap<>();
        List<Fold> folds = new ArrayList<>();
        for (Timeline17Corpus.Topic topic : topics) {
            TimelineOptions options = cv.choose(topic.name());
            chosen.put(topic.name(), options);
            folds.add(new Fold(topic.name(), options.toString(), cv.trainingDateF1(topic.name(), options),
                    cv.ranker(java.util.Set.of(topic.name()), options.logCounts(), options.balanced()).weights()));
        }
        List<TaskScore> scores = tasks.parallelStream().map(t -> score(t, cv.predict(t, chosen.get(t.topic())),
                chosen.get(t.topic()))).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        write(out, Timeline17Report.markdown(scores, folds, skipped, seconds),
                Timeline17Report.json(scores, folds, skipped, seconds));
        TaskScore mean = Timeline17Report.mean(scores);
        System.out.printf(Locale.ROOT, "AR-1 %.3f AR-2 %.3f date F1 %.3f adjacent %.2f over %d tasks in %.1f s%n",
                mean.ar1(), mean.ar2(), mean.dateF1(), mean.adjacent(), scores.size(), seconds);
    }

    /** The topics {@code slice} keeps; fewer than two (no cross-validation) fail naming the slice. */
    static List<Timeline17Corpus.Topic> topicsOf(List<Timeline17Corpus.Topic> all, ClusterSlice slice) {
        List<Timeline17Corpus.Topic> kept = slice.of(all, "Timeline17 topics with articles");
        if (kept.size() < 2) {
            throw new IllegalArgumentException("--skip " + slice.skip() + " --limit " + slice.limit() + " keeps "
                    + kept.size() + " Timeline17 topic of " + all.size() + "; leave-one-topic-out cross-validation needs"
                    + " at least 2");
        }
        return kept;
    }

    /**
     * Writes {@code timeline17.json} and {@code timeline17.md} in {@code out} through temporary files,
     * JSON first, so that a failed write leaves the previous Markdown report and no half-written file.
     */
    static void write(Path out, String markdown, String json) throws IOException {
        Files.createDirectories(out);
        Map<Path, String> texts = new LinkedHashMap<>();
        texts.put(out.resolve("timeline17.json"), json);
        texts.put(out.resolve("timeline17.md"), markdown);
        ReportFiles.writeAll(texts);
    }

    static TaskScore score(TopicCrossValidation.Task task, Map<LocalDate, List<String>> predicted, TimelineOptions options) {
        Map<LocalDate, List<String>> ref = task.reference().days();
        TimelineScores.Prf ar1 = TimelineScores.alignManyToOne(predicted, ref, 1);
        TimelineScores.Prf ar2 = TimelineScores.alignManyToOne(predicted, ref, 2);
        return new TaskScore(task.reference().name(), task.dates(), task.perDate(), ar1.f1(), ar2.f1(),
                TimelineScores.concat(predicted, ref, 1).f1(), TimelineScores.concat(predicted, ref, 2).f1(),
                TimelineScores.dates(predicted.keySet(), ref.keySet()).f1(),
                TimelineScores.adjacentShare(predicted.keySet()), TimelineScores.adjacentShare(ref.keySet()),
                ar1.precision(), ar1.recall(), ar2.precision(), ar2.recall(), options.toString());
    }
}
