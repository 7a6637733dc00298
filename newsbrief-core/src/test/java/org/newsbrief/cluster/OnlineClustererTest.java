package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

class OnlineClustererTest {

    private static final NewsTextAnalyzer ANALYZER = NewsTextAnalyzer.standard();
    private static final LocalDate DAY = LocalDate.of(2016, 11, 27);

    private static final String SIEGE = "Government forces besieged the rebel districts of east Aleppo and shelled Masaken"
            + " Hanano, and thousands of civilians fled the besieged districts of Aleppo as the offensive went on.";
    private static final String QUAKE = "A strong earthquake struck Haiti near Port-au-Prince and collapsed the presidential"
            + " palace, and rescuers searched the rubble of Port-au-Prince for survivors of the Haiti earthquake.";

    private static Document document(String id, String text, LocalDate date) {
        return ANALYZER.analyze(new Article(id, "outlet", null, "", date, text, id));
    }

    private static List<List<String>> stories(List<Story> stories) {
        return stories.stream().map(Story::articleIds).toList();
    }

    @Test
    void eachArticleJoinsItsOwnStoryAsTheStreamArrives() {
        List<Document> stream = List.of(
                document("siege-1", SIEGE, DAY),
                document("quake-1", QUAKE, DAY),
                document("siege-2", "Rebels said the shelling of Masaken Hanano in east Aleppo went on as civilians fled. " + SIEGE,
                        DAY.plusDays(1)),
                document("quake-2", "Rescuers in Port-au-Prince kept searching the rubble. " + QUAKE, DAY.plusDays(1)),
                document("quake-3", QUAKE + " Aid reached Haiti.", null));

        List<Story> stories = new OnlineClusterer(OnlineClusterer.Options.DEFAULTS).cluster(stream);

        assertThat(stories(stories)).containsExactly(List.of("quake-1", "quake-2", "quake-3"), List.of("siege-1", "siege-2"));
        assertThat(stories).extracting(Story::id).containsExactly("s1", "s2");
        assertThat(stories.get(1).first()).isEqualTo(DAY);
        assertThat(stories.get(1).last()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void aStoryWithoutNewsForLongerThanItsAgeIsClosed() {
        OnlineClusterer.Options options = new OnlineClusterer.Options(0.2, 200, 20, 0.05, 14, 30);
        List<Document> stream = List.of(
                document("siege-1", SIEGE, DAY),
                document("siege-2", SIEGE + " More fled.", DAY.plusDays(20)),
                document("siege-3", SIEGE + " Again more fled.", DAY.plusDays(60)));

        assertThat(stories(new OnlineClusterer(options).cluster(stream)))
                .containsExactly(List.of("siege-1", "siege-2"), List.of("siege-3"));
        assertThat(stories(new OnlineClusterer(new OnlineClusterer.Options(0.2, 200, 20, 0.05, 14, 90)).cluster(stream)))
                .containsExactly(List.of("siege-1", "siege-2", "siege-3"));
    }

    @Test
    void articlesArriveInDateOrderWhateverTheInputOrder() {
        List<Document> shuffled = new ArrayList<>(List.of(
                document("late", SIEGE + " Later still.", DAY.plusDays(3)),
                document("quake", QUAKE, DAY.plusDays(1)),
                document("early", SIEGE, DAY)));
        List<Story> stories = new OnlineClusterer(OnlineClusterer.Options.DEFAULTS).cluster(shuffled);
        assertThat(stories(stories)).containsExactly(List.of("late", "early"), List.of("quake"));
        assertThat(new OnlineClusterer(OnlineClusterer.Options.DEFAULTS).cluster(List.of())).isEmpty();
    }

    @Test
    void refusesOptionsOutsideTheirRange() {
        assertThatThrownBy(() -> new OnlineClusterer.Options(0, 200, 20, 0.05, 14, 30))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OnlineClusterer.Options(0.2, 200, 20, 0.05, 14, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
