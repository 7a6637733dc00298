package org.newsbrief.embed;

import java.nio.file.Path;
import java.util.List;
import org.newsbrief.model.Article;

/**
 * Embeds every article of the clustering collections once into a cache folder outside the
 * repository: {@code Precompute SHARED CACHE_DIR}. Prints the articles per second of each.
 */
public final class Precompute {

    private Precompute() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        ArticleEmbedder embedder = new ArticleEmbedder();
        embed("duc2003", Collections.duc(shared, "duc2003").articles(), embedder, cache);
        embed("ecbplus", Collections.ecb(Collections.ecb(shared), 0, Integer.MAX_VALUE, true).articles(), embedder, cache);
        embed("duc2004", Collections.duc(shared, "duc2004").articles(), embedder, cache);
        embed("multinews", Collections.multiNews(shared).articles(), embedder, cache);
    }

    private static void embed(String name, List<Article> articles, ArticleEmbedder embedder, Path cache) {
        Path file = cache.resolve(name + ".bin");
        CachedVectors vectors = new CachedVectors(embedder);
        vectors.load(file);
        for (int from = 0; from < articles.size(); from += 1000) {
            long start = System.nanoTime();
            int computed = vectors.fill(articles.subList(from, Math.min(articles.size(), from + 1000)));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (computed > 0) {
                vectors.save(file);
                System.out.printf("%s: %d embedded in %.1f s (%.1f articles/s), %d of %d done%n", name, computed, seconds,
                        computed / seconds, Math.min(articles.size(), from + 1000), articles.size());
            }
        }
    }
}
