package org.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pinned slice of the Timeline17 benchmark: the H1N1 BBC task (7 dates) with a ranker fixed a
 * priori (articles looking back on a date, nothing learnt), on the H1N1 topic's 405 articles.
 * Measured 0.857 date F1 and 0.186 AR-1 F when written; the floors leave room for small changes
 * elsewhere (the tagger, the sentence splitter). Skips when the shared data is absent.
 */
class Timeline17SliceTest {

    @Test
    void h1n1BbcTimelineWithAFixedRanker() throws Exception {
        Path root = org.newsbrief.eval.dataset.SharedDataFolder.find("timeline17").orElse(null);
        assumeTrue(root != null && Files.exists(root.resolve("H1N1_bbc/articles.json")),
                "../shared/data/timeline17 not found beside the checkout: Timeline17 slice not checked");
        Timeline17Corpus.Topic h1n1 = Timeline17Corpus.read(root).stream().filter(t -> t.name().equals("h1n1")).findFirst()
                .orElseThrow();
        Timeline17Corpus.ReferenceTimeline reference = h1n1.timelines().stream()
                .filter(t -> t.name().startsWith("H1N1_bbc/")).findFirst().orElseThrow();
        TopicCrossValidation.Task task = new TopicCrossValidation.Task("h1n1", reference,
                new DatewiseTimelineSystem("h1n1", h1n1.articles()));
        double[] weights = new double[DateFeatures.NAMES.size() + 1];
        weights[DateFeatures.NAMES.indexOf("articles later")] = 5;
        weights[weights.length - 1] = -2;
        Map<LocalDate, List<String>> predicted = task.system().summarize(task.dates(), task.perDate(), task.from(),
                task.to(), new DateRanker(weights), new TimelineOptions(true, false, 0));
        Timeline17Benchmark.TaskScore score = Timeline17Benchmark.score(task, predicted, new TimelineOptions(true, false, 0));
        assertThat(predicted).hasSize(7);
        assertThat(predicted.values()).allSatisfy(s -> assertThat(s).hasSize(task.perDate()));
        assertThat(score.dateF1()).as("date F1").isGreaterThanOrEqualTo(FLOOR_DATE_F1);
        assertThat(score.ar1()).as("AR-1 F").isGreaterThanOrEqualTo(FLOOR_AR1);
    }

    private static final double FLOOR_DATE_F1 = 0.7;
    private static final double FLOOR_AR1 = 0.15;
}
