package org.newsbrief.embed;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsbrief.model.Article;

/**
 * Vectors by article id, computed once by another {@link ArticleVectors} and kept in a file
 * outside the repository (id, dimension, floats), so that a tuning grid embeds each article once.
 */
final class CachedVectors implements ArticleVectors {

    private final ArticleVectors source;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    CachedVectors(ArticleVectors source) {
        this.source = source;
    }

    @Override
    public float[] of(Article article) {
        return vectors.computeIfAbsent(article.id(), id -> source.of(article));
    }

    /** Computes the missing vectors of these articles; returns how many were computed. */
    int fill(List<Article> articles) {
        int computed = 0;
        for (Article article : articles) {
            if (!vectors.containsKey(article.id())) {
                vectors.put(article.id(), source.of(article));
                computed++;
            }
        }
        return computed;
    }

    void load(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String id = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = in.readFloat();
                }
                vectors.put(id, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(vectors).entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float x : e.getValue()) {
                        out.writeFloat(x);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
