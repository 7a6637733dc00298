package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

/** Sentence pools of small hand-written stories for the summarizer tests: one article per body, ids d0, d1, ... */
final class TestPools {

    private TestPools() {
    }

    static SentencePool of(String... bodies) {
        List<Document> documents = new ArrayList<>();
        for (int d = 0; d < bodies.length; d++) {
            String id = "d" + d;
            documents.add(NewsTextAnalyzer.standard().analyze(new Article(id, id, null, "", null, bodies[d], id)));
        }
        return SentencePool.of(documents);
    }
}
