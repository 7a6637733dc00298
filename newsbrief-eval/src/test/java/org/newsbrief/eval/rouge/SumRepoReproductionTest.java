package org.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.experiment.PublishedScores;
import org.newsbrief.eval.testing.SharedData;

/** Scores the 13 published systems' own DUC 2004 outputs and meets BENCHMARKS.md's table. */
class SumRepoReproductionTest {

    @Test
    void reproducesThePublishedDuc2004TableWithinOneHundredth() throws Exception {
        Path duc = SharedData.find("duc2004");
        assumeTrue(duc != null, "../shared/data/duc2004 not found beside the checkout: table not checked");
        Dataset dataset = org.newsbrief.eval.dataset.DucDataset.read("duc2004", duc);
        RougeScorer scorer = new RougeScorer(RougeOptions.duc2004());
        List<String> misses = new ArrayList<>();
        for (PublishedScores.Row row : PublishedScores.of("duc2004")) {
            double[] sums = new double[3];
            for (EvalCluster cluster : dataset.clusters()) {
                Path peer = duc.resolve("sumrepo-peers").resolve(cluster.id().replaceFirst("t$", "") + "." + row.system());
                Map<String, RougeScore> scores = scorer.score(Files.readAllLines(peer, StandardCharsets.UTF_8),
                        cluster.references());
                sums[0] += scores.get("ROUGE-1").recall();
                sums[1] += scores.get("ROUGE-2").recall();
                sums[2] += scores.get("ROUGE-4").recall();
            }
            String[] metrics = {"ROUGE-1", "ROUGE-2", "ROUGE-4"};
            for (int k = 0; k < 3; k++) {
                double ours = 100 * sums[k] / dataset.clusters().size();
                if (Math.abs(ours - row.scores().get(metrics[k])) > 0.01) {
                    misses.add(row.system() + " " + metrics[k] + ": " + ours + " vs " + row.scores().get(metrics[k]));
                }
            }
        }
        assertThat(PublishedScores.of("duc2004")).hasSize(13);
        assertThat(misses).isEmpty();
    }
}
