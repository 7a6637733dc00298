package org.newsbrief.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.Objects;
import org.newsbrief.model.Article;

/**
 * Embeds an article with all-MiniLM-L6-v2 (quantized, run in process by ONNX Runtime): its title
 * and the first {@value #WORDS} words of its body (the model reads at most 256 word pieces),
 * L2-normalised so that a dot product is the cosine. Thread-safe.
 */
public final class ArticleEmbedder implements ArticleVectors {

    /** Body words embedded after the title. */
    public static final int WORDS = 200;

    private final EmbeddingModel model;

    public ArticleEmbedder() {
        this(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    ArticleEmbedder(EmbeddingModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The text that is embedded: title, then the first {@value #WORDS} words of the body. */
    static String text(Article article) {
        String[] words = article.body().trim().split("\\s+", WORDS + 1);
        String body = String.join(" ", Arrays.copyOf(words, Math.min(words.length, WORDS)));
        return article.title().isBlank() ? body : article.title() + ". " + body;
    }

    @Override
    public float[] of(Article article) {
        String text = text(article);
        return Vectors.normalised(text.isBlank() ? new float[model.dimension()] : model.embed(text).content().vector());
    }
}
