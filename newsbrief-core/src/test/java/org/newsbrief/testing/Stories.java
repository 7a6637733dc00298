package org.newsbrief.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.IssueLog;

/** Test stories: the example folder, small hand-made stories, and hostile text. */
public final class Stories {

    private static final NewsTextAnalyzer ANALYZER = NewsTextAnalyzer.standard();

    private Stories() {
    }

    /** The project's example folder, found by walking up from the working directory. */
    public static Path exampleFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("examples/aleppo-2016");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("examples/aleppo-2016 not found above " + Path.of("").toAbsolutePath());
    }

    public static List<Document> aleppo() {
        List<Article> articles = ArticleSources.standard().readAll(List.of(exampleFolder()), new IssueLog());
        return articles.stream().map(ANALYZER::analyze).toList();
    }

    public static Document document(String id, LocalDate published, String body) {
        return ANALYZER.analyze(new Article(id, "Outlet " + id, null, "", published, body, id + ".txt"));
    }

    /** Hostile bodies: 1 MB without a full stop, control characters, mixed scripts, seeded random bytes. */
    public static List<Document> hostile(long seed) {
        Random random = new Random(seed);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            noise.append((char) random.nextInt(0x3000));
        }
        List<Document> documents = new ArrayList<>();
        documents.add(document("nostop", null, "word ".repeat(200_000)));
        documents.add(document("control", null, "Rebels\u0000 fled\u0007 the\u001B[31m city on Sunday morning.\u0085 Again."));
        documents.add(document("mixed", null, "Forces took حلب and Алеппо on Sunday. 阿勒颇 fell. Mixed scripts work fine here."));
        documents.add(document("noise", null, noise.toString()));
        documents.add(document("empty", null, ""));
        return documents;
    }
}
