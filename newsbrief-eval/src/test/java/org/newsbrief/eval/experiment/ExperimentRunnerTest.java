package org.newsbrief.eval.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.model.Article;
import org.newsbrief.pipeline.Progress;
import org.newsbrief.summarize.Summarizer;
import org.newsbrief.summarize.Summarizers;

class ExperimentRunnerTest {

    @TempDir
    Path dir;

    private static EvalCluster cluster(String id, String lead, String rest) {
        Article article = new Article(id + "-a", "X", null, "", null, lead + " " + rest, id + "-a");
        return new EvalCluster(id, List.of(article), List.of(List.of(lead)));
    }

    /** Two clusters whose reference is their first sentence. */
    private static Dataset twoClusters() {
        return new Dataset("jsonl", List.of(
                cluster("c1", "Government forces captured the biggest rebel district of the city on Saturday.",
                        "Aid groups said food was running out in the besieged eastern districts of the city."),
                cluster("c2", "Thousands of civilians fled the eastern districts overnight toward the western side.",
                        "Officials from the United Nations proposed a truce that the government rejected.")), "x");
    }

    @Test
    void scoresEachSummarizerOnEveryClusterInClusterOrder() throws Exception {
        Dataset dataset = twoClusters();
        Map<String, Supplier<Summarizer>> summarizers = new LinkedHashMap<>();
        summarizers.put("lead", () -> Summarizers.create("lead"));
        Protocol protocol = Protocol.standard("jsonl", 12, 0);
        List<SystemResult> results = new ExperimentRunner(NewsTextAnalyzer.standard(), 2)
                .run(dataset, summarizers, protocol, dir, Progress.NONE);
        SystemResult lead = results.get(0);
        assertThat(lead.perCluster()).extracting(SystemResult.ClusterScore::clusterId).containsExactly("c1", "c2");
        // the lead sentence is the reference and fits the 12-word budget exactly
        assertThat(lead.scores().get("ROUGE-1").mean()).isEqualTo(1.0);
        assertThat(Files.readAllLines(dir.resolve("lead/c1.txt"))).containsExactly(
                "Government forces captured the biggest rebel district of the city on Saturday.");
        ExperimentReport report = new ExperimentReport("jsonl", 2, "0".repeat(64), "newsbrief eval", "test", protocol,
                results, 0.1);
        assertThat(report.markdown()).contains("| **lead** (newsbrief) | **100.00**");
        assertThat(report.json()).contains("\"summarizer\" : \"lead\"");
        assertThat(report.markdown()).doesNotContain("\n- ").doesNotContain("Paired against");
        ExperimentReport noted = new ExperimentReport("jsonl", 2, "0".repeat(64), "newsbrief eval", "test", protocol,
                results, 0.1, List.of("`ilp`: 1 of 2 clusters answered by the greedy fallback."));
        assertThat(noted.markdown()).endsWith("\n\n- `ilp`: 1 of 2 clusters answered by the greedy fallback.\n");
        assertThat(noted.json()).contains("\"notes\" : [ \"`ilp`: 1 of 2 clusters");
    }

    @Test
    void aFailedReportWriteLeavesThePreviousReportAndNoTemporaryFile() throws Exception {
        Protocol protocol = Protocol.standard("jsonl", 12, 0);
        ExperimentReport report = new ExperimentReport("jsonl", 2, "0".repeat(64), "newsbrief eval", "test", protocol,
                List.of(), 0.1);
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("r.md"), "previous report\n");
        Files.createDirectories(reports.resolve("r.json/blocker")); // the JSON cannot replace a non-empty folder
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.write(reports, "r"))
                .isInstanceOf(java.io.IOException.class);
        assertThat(Files.readString(reports.resolve("r.md"))).isEqualTo("previous report\n");
        try (var files = Files.list(reports)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("r.md", "r.json");
        }
        report.write(dir, "ok");
        assertThat(Files.readString(dir.resolve("ok.md"))).isEqualTo(report.markdown());
        assertThat(Files.readString(dir.resolve("ok.json"))).isEqualTo(report.json() + "\n");
    }

    @Test
    void reportsEveryOtherSummarizerPairedAgainstTheFirst() throws Exception {
        Dataset dataset = twoClusters();
        Map<String, Supplier<Summarizer>> summarizers = new LinkedHashMap<>();
        summarizers.put("lead", () -> Summarizers.create("lead"));
        summarizers.put("textrank", () -> Summarizers.create("textrank"));
        Protocol protocol = Protocol.standard("jsonl", 12, 0);
        List<SystemResult> results = new ExperimentRunner(NewsTextAnalyzer.standard(), 2)
                .run(dataset, summarizers, protocol, dir, Progress.NONE);
        String markdown = new ExperimentReport("jsonl", 2, "0".repeat(64), "newsbrief eval", "test", protocol, results, 0.1)
                .markdown();
        double[] lead = results.get(0).perCluster().stream().mapToDouble(c -> c.scores().get("ROUGE-1")).toArray();
        double[] textRank = results.get(1).perCluster().stream().mapToDouble(c -> c.scores().get("ROUGE-1")).toArray();
        PairedDifference d = PairedDifference.of(textRank, lead, 95, protocol.rouge().resamples());
        assertThat(markdown).contains("Paired against **lead**")
                .contains(String.format(java.util.Locale.ROOT, "| textrank | %+.2f (%+.2f to %+.2f) |",
                        100 * d.difference().mean(), 100 * d.difference().low(), 100 * d.difference().high()))
                .contains(d.ahead() + " / " + d.behind() + " |");
    }

    @Test
    void bootstrapIntervalContainsTheMean() {
        MeanScore score = MeanScore.of(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, 95, 1000);
        assertThat(score.mean()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(score.low()).isLessThan(0.3);
        assertThat(score.high()).isGreaterThan(0.3);
        assertThat(MeanScore.of(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, 95, 1000)).isEqualTo(score);
    }

    @Test
    void aPronounOpeningCountsAsUnresolvedOnlyWithoutItsAntecedentRightBeforeIt() {
        List<org.newsbrief.model.Sentence> sentences = NewsTextAnalyzer.standard().analyze(new Article("a", "a", null, "",
                null, "The mayor of Aleppo opened the new water plant on Monday. He said it would serve many people.", "a"))
                .sentences();
        assertThat(ExperimentRunner.unresolvedOpenings(sentences)).isZero();
        assertThat(ExperimentRunner.unresolvedOpenings(List.of(sentences.get(1)))).isEqualTo(1);
        assertThat(ExperimentRunner.unresolvedOpenings(List.of(sentences.get(1), sentences.get(0)))).isEqualTo(1);
    }
}
