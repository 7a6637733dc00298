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

    /** The index of the pool's first sentence that starts with {@code opening}. */
    static int sentenceStarting(SentencePool pool, String opening) {
        for (int i = 0; i < pool.size(); i++) {
            if (pool.sentence(i).text().startsWith(opening)) {
                return i;
            }
        }
        throw new AssertionError("no sentence starts with " + opening);
    }

    /** The index of the highest score (the first of equals). */
    static int best(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            best = scores[i] > scores[best] ? i : best;
        }
        return best;
    }
}
