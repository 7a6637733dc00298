package org.newsbrief.eval.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.testing.SharedData;
import org.newsbrief.pipeline.Progress;
import org.newsbrief.summarize.Summarizer;
import org.newsbrief.summarize.Summarizers;

/**
 * Pins the default summarizer's DUC 2004 scores (Hong et al. protocol) on the exact data, so
 * that a changed number can only come from changed code and every change to it is deliberate:
 * update the pinned values together with bench/eval-duc2004.md and bench/eval-duc2004-default.md.
 */
class DefaultSummarizerRegressionTest {

    private static final String DUC2004_SHA256 = "deafef92d217d67da4732384b562f167782b87fc905a15486e2e768904fc49cd";
    private static final double PINNED_ROUGE_1 = 0.3887988;
    private static final double PINNED_ROUGE_2 = 0.1015740;

    @Test
    void defaultSummarizerScoresArePinnedOnDuc2004() throws Exception {
        Path duc = SharedData.find("duc2004");
        assumeTrue(duc != null, "../shared/data/duc2004 not found beside the checkout: regression not checked");
        Dataset dataset = DucDataset.read("duc2004", duc);
        assertThat(dataset.checksum()).as("DUC 2004 data changed: the pinned scores do not apply").isEqualTo(DUC2004_SHA256);
        Map<String, Supplier<Summarizer>> summarizers = Map.of(Summarizers.DEFAULT, () -> Summarizers.create(Summarizers.DEFAULT));
        List<SystemResult> results = new ExperimentRunner(NewsTextAnalyzer.standard(), 2)
                .run(dataset, summarizers, Protocol.standard("duc2004", 0, 0), null, Progress.NONE);
        assertThat(results.get(0).scores().get("ROUGE-1").mean()).isCloseTo(PINNED_ROUGE_1, Offset.offset(5e-8));
        assertThat(results.get(0).scores().get("ROUGE-2").mean()).isCloseTo(PINNED_ROUGE_2, Offset.offset(5e-8));
    }
}
