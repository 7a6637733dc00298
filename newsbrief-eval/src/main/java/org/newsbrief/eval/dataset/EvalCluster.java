package org.newsbrief.eval.dataset;

import java.util.List;
import java.util.Objects;
import org.newsbrief.model.Article;

/**
 * One evaluation cluster: the articles of a story and its human reference summaries.
 *
 * @param id the cluster id (for DUC, the lower-case folder name such as {@code d30001t})
 * @param documents the articles, in the dataset's order
 * @param references reference summaries, each a list of lines (one sentence or clause per line)
 */
public record EvalCluster(String id, List<Article> documents, List<List<String>> references) {

    public EvalCluster {
        Objects.requireNonNull(id, "id");
        documents = List.copyOf(documents);
        references = references.stream().map(List::copyOf).toList();
    }
}
