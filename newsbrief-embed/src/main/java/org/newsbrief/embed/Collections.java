package org.newsbrief.embed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.dataset.EcbPlusDocuments;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.eval.dataset.JsonlDatasets;
import org.newsbrief.model.Article;

/** The pooled collections of {@code bench cluster}: articles in reading order with gold story by id. */
final class Collections {

    record Pooled(List<Article> articles, Map<String, String> gold) {
    }

    private Collections() {
    }

    static Pooled duc(Path shared, String name) throws IOException {
        return pool(DucDataset.read(name, shared.resolve("data/" + name)));
    }

    static Pooled multiNews(Path shared) throws IOException {
        return pool(JsonlDatasets.multiNews(shared.resolve("data/multinews/multinews_val.jsonl"), 0));
    }

    static List<EcbPlusDocuments.Labelled> ecb(Path shared) throws IOException {
        return EcbPlusDocuments.read(shared.resolve("data/ecbplus"));
    }

    /** ECB+ documents of topics {@code first..last}, gold by event (topic + subtopic) or topic. */
    static Pooled ecb(List<EcbPlusDocuments.Labelled> labelled, int first, int last, boolean events) {
        List<Article> chosen = new ArrayList<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (EcbPlusDocuments.Labelled l : labelled) {
            int topic = Integer.parseInt(l.topic());
            if (topic >= first && topic <= last) {
                chosen.add(l.article());
                gold.put(l.article().id(), events ? l.event() : l.topic());
            }
        }
        return new Pooled(chosen, gold);
    }

    private static Pooled pool(Dataset dataset) {
        List<Article> articles = new ArrayList<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (EvalCluster cluster : dataset.clusters()) {
            for (Article article : cluster.documents()) {
                if (gold.putIfAbsent(article.id(), cluster.id()) == null) {
                    articles.add(article);
                }
            }
        }
        return new Pooled(articles, gold);
    }
}
