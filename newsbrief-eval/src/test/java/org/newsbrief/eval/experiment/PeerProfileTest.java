package org.newsbrief.eval.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.OpenNlpSentenceSplitter;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.model.Article;

class PeerProfileTest {

    private final PeerProfile tool = new PeerProfile(new OpenNlpSentenceSplitter());

    private static Article article(String id, String body) {
        return new Article(id, id, null, "", null, body, id);
    }

    private static final EvalCluster CLUSTER = new EvalCluster("d1t", List.of(
            article("a", "Rebels seized the airport on Monday. The army withdrew from the city overnight. "
                    + "``We had no choice,'' a commander said."),
            article("b", "Residents fled the northern districts. Aid groups asked for a ceasefire to reach them.")),
            List.of());

    @Test
    void comparesSentencesWithoutQuotesCaseOrSpacing() {
        assertThat(PeerProfile.normalise("``We had no choice,''  a Commander said.")).isEqualTo("we had no choice a commander said");
        assertThat(PeerProfile.same("we had no choice a commander said", "we had no choice a commander said")).isTrue();
        assertThat(PeerProfile.same("rebels", "rebels seized the airport")).isFalse();
    }

    @Test
    void profilesPositionsArticlesAndVerbatimOverlap() {
        Map<String, List<String>> ours = Map.of("d1t", List.of(
                "The army withdrew from the city overnight.", "Residents fled the northern districts."));
        Map<String, List<String>> released = Map.of("d1t", List.of(
                "Residents fled the northern districts.", "We had no choice, a commander said."));
        PeerProfile.Profile profile = tool.profile(List.of(CLUSTER), ours, released);
        assertThat(profile.summaries()).isEqualTo(1);
        assertThat(profile.sentences()).isEqualTo(2);
        assertThat(profile.firstSentences()).isEqualTo(1);
        assertThat(profile.firstDocument()).isEqualTo(1);
        assertThat(profile.unplaced()).isZero();
        assertThat(profile.shared()).isEqualTo(1);
        assertThat(profile.sharedPerCluster()).containsEntry("d1t", 1);
        assertThat(profile.medianWords()).isEqualTo(6.0);
    }

    @Test
    void aSentenceFromNowhereIsUnplaced() {
        PeerProfile.Profile profile = tool.profile(List.of(CLUSTER),
                Map.of("d1t", List.of("Nothing like this was written in either article.")), Map.of());
        assertThat(profile.unplaced()).isEqualTo(1);
        assertThat(profile.shared()).isZero();
    }
}
