package org.newsbrief.embed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.dataset.JsonlDatasets;
import org.newsbrief.model.Article;

/** Times the embedder on the first N Multi-News validation articles: {@code EmbedTiming SHARED N}. */
public final class EmbedTiming {

    private EmbedTiming() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        List<Article> articles = new ArrayList<>();
        for (EvalCluster c : JsonlDatasets.multiNews(Path.of(args[0]).resolve("data/multinews/multinews_val.jsonl"), 0).clusters()) {
            articles.addAll(c.documents());
        }
        ArticleEmbedder embedder = new ArticleEmbedder();
        embedder.of(articles.get(0));
        long start = System.nanoTime();
        for (Article a : articles.subList(0, n)) {
            embedder.of(a);
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d articles in %.1f s: %.1f articles/s%n", n, s, n / s);
    }
}
