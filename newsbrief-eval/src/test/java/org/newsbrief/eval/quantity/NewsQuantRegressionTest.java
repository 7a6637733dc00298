package org.newsbrief.eval.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsbrief.eval.dataset.SharedDataFolder;
import org.newsbrief.facts.QuantityExtractor;

/** The whole NewsQuant set (590 sentences, well under a second): the split and floors under the reported scores. */
class NewsQuantRegressionTest {

    @Test
    void keepsTheReportedScoresOnBothHalves() throws Exception {
        Optional<Path> folder = SharedDataFolder.find("newsquant");
        assumeTrue(folder.isPresent(), "shared/data/newsquant not found: skipped");
        List<NewsQuantSentence> sentences = NewsQuantSentence.read(folder.get());
        assertThat(sentences).hasSize(590);
        assertThat(sentences.stream().mapToInt(s -> s.gold().size()).sum()).isEqualTo(904);
        assertThat(sentences.stream().filter(NewsQuantSentence::dev)).hasSize(295);
        QuantityExtractor extractor = new QuantityExtractor();
        QuantityCounts dev = NewsQuantEvaluation.count(sentences, NewsQuantSentence::dev, extractor, QuantityMatching.CQE);
        QuantityCounts heldOut = NewsQuantEvaluation.count(sentences, s -> !s.dev(), extractor, QuantityMatching.CQE);
        assertThat(dev.f1(dev.value())).isGreaterThan(96.5);
        assertThat(dev.f1(dev.valueUnit())).isGreaterThan(93.4);
        assertThat(dev.f1(dev.valueChange())).isGreaterThan(91.9);
        assertThat(heldOut.f1(heldOut.value())).isGreaterThan(91.3);
        assertThat(heldOut.f1(heldOut.valueUnit())).isGreaterThan(79.2);
        assertThat(heldOut.f1(heldOut.valueChange())).isGreaterThan(85.9);
    }
}
