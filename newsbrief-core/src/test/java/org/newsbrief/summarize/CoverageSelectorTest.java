package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

class CoverageSelectorTest {

    private static Document document(String id, String body) {
        return NewsTextAnalyzer.standard().analyze(new Article(id, id, null, "", null, body, id));
    }

    private static List<Document> story() {
        return List.of(
                document("a", "Photo by staff. "
                        + "Thousands of residents have left the flooded river towns after the dam upstream gave way on Sunday night. "
                        + "On Monday, rescue teams also reached two villages cut off by the water, the regional office said."),
                document("b", "Rescue teams reached two villages cut off by the flood water on Monday, officials said. "
                        + "Thousands of residents have left the river towns since the dam upstream gave way."));
    }

    @Test
    void theBestLeadIsTheHighestScoredFirstReadableSentenceOfAnArticle() {
        SentencePool pool = SentencePool.of(story());
        assertThat(pool.isCandidate(0)).as("a caption fragment is not the lead").isFalse();
        double[] scores = new double[pool.size()];
        scores[0] = 9; // the caption: never a lead
        scores[1] = 0.6; // article a's lead
        scores[2] = 0.8; // article a's third sentence: not a lead
        scores[3] = 0.5; // article b's lead
        assertThat(CoverageSelector.bestLead(pool, scores, Budget.words(100))).containsExactly(1);
        scores[3] = 0.7;
        assertThat(CoverageSelector.bestLead(pool, scores, Budget.words(100))).containsExactly(3);
    }

    @Test
    void theSummaryStartsFromTheBestLeadOnlyWhenAsked() {
        SentencePool pool = SentencePool.of(story());
        double[] scores = new CentroidScorer(CentroidScorer.Options.DEFAULTS).score(pool);
        int lead = CoverageSelector.bestLead(pool, scores, Budget.words(25)).get(0);
        CoverageSelector.Options withLead = CoverageSelector.Options.parse("lead=1");
        assertThat(new CoverageSelector(withLead).select(pool, scores, Budget.words(25))).first().isEqualTo(lead);
        assertThat(CoverageSelector.Options.parse("lead=0").leadFirst()).isFalse();
        assertThat(CoverageSelector.Options.DEFAULTS.leadFirst()).isTrue();
    }
}
