package org.newsbrief.eval.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Main class: runs {@link DatewiseTimelineSystem} on every Timeline17 task whose topic has
 * articles (8 topics, 18 tasks in the shared copy, which lacks Finan's articles), with the
 * protocol of Ghalandari and Ifrim 2020 (as many dates as the reference, its mean sentences per
 * date), and writes {@code bench/timeline17.md} and {@code .json} with AR-1 F, AR-2 F, concat
 * ROUGE F, date F1 and the share of adjacent dates beside the published table. Arguments:
 * {@code [timeline17 folder] [output folder]}.
 */
public final class Timeline17Benchmark {

    /** The scores of one task. */
    record TaskScore(String task, int dates, int perDate, double ar1, double ar2, double concat1, double concat2,
            double dateF1, double adjacent, double referenceAdjacent) {
    }

    private Timeline17Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : org.newsbrief.eval.dataset.SharedDataFolder.find("timeline17")
                .orElseThrow(() -> new IllegalArgumentException("../shared/data/timeline17 not found; give its path"));
        Path out = Path.of(args.length > 1 ? args[1] : "bench");
        long start = System.nanoTime();
        List<TaskScore> scores = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Timeline17Corpus.Topic topic : Timeline17Corpus.read(root)) {
            if (topic.articles().isEmpty()) {
                topic.timelines().forEach(t -> skipped.add(t.name()));
                continue;
            }
            DatewiseTimelineSystem system = new DatewiseTimelineSystem(topic.articles());
            for (Timeline17Corpus.ReferenceTimeline reference : topic.timelines()) {
                scores.add(score(system, reference));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(out);
        Files.writeString(out.resolve("timeline17.md"), Timeline17Report.markdown(scores, skipped, seconds), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("timeline17.json"), Timeline17Report.json(scores, skipped, seconds), StandardCharsets.UTF_8);
        TaskScore mean = Timeline17Report.mean(scores);
        System.out.printf(Locale.ROOT, "AR-1 %.3f AR-2 %.3f date F1 %.3f adjacent %.2f over %d tasks in %.1f s%n",
                mean.ar1(), mean.ar2(), mean.dateF1(), mean.adjacent(), scores.size(), seconds);
    }

    static TaskScore score(DatewiseTimelineSystem system, Timeline17Corpus.ReferenceTimeline reference) {
        Map<LocalDate, List<String>> ref = reference.days();
        int dates = ref.size();
        int sentences = ref.values().stream().mapToInt(List::size).sum();
        int perDate = Math.max(1, (int) Math.round((double) sentences / dates));
        Map<LocalDate, List<String>> predicted = system.summarize(dates, perDate, ((java.util.SortedMap<LocalDate, List<String>>)
                new java.util.TreeMap<>(ref)).firstKey(), new java.util.TreeMap<>(ref).lastKey());
        return new TaskScore(reference.name(), dates, perDate,
                TimelineScores.alignManyToOne(predicted, ref, 1).f1(), TimelineScores.alignManyToOne(predicted, ref, 2).f1(),
                TimelineScores.concat(predicted, ref, 1).f1(), TimelineScores.concat(predicted, ref, 2).f1(),
                TimelineScores.dates(predicted.keySet(), ref.keySet()).f1(),
                TimelineScores.adjacentShare(predicted.keySet()), TimelineScores.adjacentShare(ref.keySet()));
    }
}
