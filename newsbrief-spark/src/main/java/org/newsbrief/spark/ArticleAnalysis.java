package org.newsbrief.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.Issue;
import org.newsbrief.pipeline.BriefPipeline;
import scala.Tuple2;

/**
 * Analyses the articles of one partition with the project's analyser, built once per partition
 * (the same {@code NewsTextAnalyzer.standard()} as the CLI), after giving each article its
 * run-unique id. An article whose analysis throws becomes an issue, not a failed task; one left without a
 * sentence by cleaning (a page of widget text) is kept with a warning.
 */
final class ArticleAnalysis implements FlatMapFunction<Iterator<Tuple2<Long, Article>>, Analyzed> {

    private static final long serialVersionUID = 1L;

    /** Ids that differ from the article's origin (origins met twice), by key. */
    private final Broadcast<Map<Long, String>> renamed;

    ArticleAnalysis(Broadcast<Map<Long, String>> renamed) {
        this.renamed = renamed;
    }

    @Override
    public Iterator<Analyzed> call(Iterator<Tuple2<Long, Article>> articles) {
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        Map<Long, String> ids = renamed.value();
        List<Analyzed> out = new ArrayList<>();
        while (articles.hasNext()) {
            Tuple2<Long, Article> next = articles.next();
            Article article = withId(next._2(), ids.get(next._1()));
            try {
                Document document = analyzer.analyze(article);
                // as BriefPipeline.analyze: an article that cleaning leaves without a sentence stays, with a warning
                Issue noText = document.sentences().isEmpty() ? Issue.warning(article.origin(), BriefPipeline.NO_TEXT_LEFT) : null;
                out.add(new Analyzed(next._1(), document, noText));
            } catch (RuntimeException | StackOverflowError e) {
                out.add(new Analyzed(next._1(), null, Issue.skipped(article.origin(), "cannot analyse: " + e)));
            }
        }
        return out.iterator();
    }

    private static Article withId(Article article, String id) {
        return id == null ? article : new Article(id, article.outlet(), article.url(), article.title(),
                article.published(), article.body(), article.origin());
    }
}
