package org.newsbrief.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.Story;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

class EmbeddingLinkageClustererTest {

    private static final NewsTextAnalyzer ANALYZER = NewsTextAnalyzer.standard();

    private static Document doc(String id, String body) {
        return ANALYZER.analyze(new Article(id, "outlet", null, "", null, body, "test:" + id));
    }

    private static final List<Document> DOCS = List.of(
            doc("q1", "A strong earthquake shook the coastal city on Monday, toppling buildings and killing dozens."),
            doc("q2", "The earthquake in the coastal city killed dozens as buildings collapsed on Monday."),
            doc("t1", "Rescuers pulled survivors from rubble after the tremor flattened homes near the sea."),
            doc("e1", "The central bank raised interest rates by half a point to fight inflation."),
            doc("e2", "Inflation pushed the central bank to raise its interest rates again."));

    /** Fake vectors: the quake articles point one way, the bank articles another. */
    private static final Map<String, float[]> VECTORS = Map.of(
            "q1", new float[] {1, 0}, "q2", new float[] {1, 0}, "t1", new float[] {0.98f, 0.2f},
            "e1", new float[] {0, 1}, "e2", new float[] {0, 1});

    private static List<List<String>> groups(List<Story> stories) {
        return stories.stream().map(s -> s.articleIds().stream().sorted().toList()).toList();
    }

    private static ArticleVectors fake() {
        return a -> Vectors.normalised(VECTORS.get(a.id()));
    }

    @Test
    void withoutEmbeddingItIsTheCoreClusterer() {
        AverageLinkageClusterer.Options core = AverageLinkageClusterer.Options.DEFAULTS.with(0.1, 0);
        List<Story> plain = new AverageLinkageClusterer(core).cluster(DOCS);
        List<Story> embedded = new EmbeddingLinkageClusterer(new EmbeddingLinkageClusterer.Options(core, 0, 0.3, 0), fake())
                .cluster(DOCS);
        assertThat(groups(embedded)).isEqualTo(groups(plain));
    }

    @Test
    void nearestNeighboursJoinAParaphraseThatSharesNoTerm() {
        AverageLinkageClusterer.Options core = AverageLinkageClusterer.Options.DEFAULTS.with(0.1, 0);
        List<List<String>> tfidfOnly = groups(new AverageLinkageClusterer(core).cluster(DOCS));
        assertThat(tfidfOnly).contains(List.of("t1"));
        List<List<String>> embedded = groups(new EmbeddingLinkageClusterer(
                new EmbeddingLinkageClusterer.Options(core, 0.5, 0.3, 2), fake()).cluster(DOCS));
        assertThat(embedded).contains(List.of("q1", "q2", "t1"), List.of("e1", "e2"));
    }

    @Test
    void embeddingTextIsTitleThenFirstWords() {
        String body = "word ".repeat(300);
        String text = ArticleEmbedder.text(new Article("a", "o", null, "Title", null, body, "t"));
        assertThat(text).startsWith("Title. word");
        assertThat(text.split(" ")).hasSize(1 + ArticleEmbedder.WORDS);
    }
}
