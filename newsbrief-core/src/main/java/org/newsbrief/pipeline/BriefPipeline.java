package org.newsbrief.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.analysis.TextAnalyzer;
import org.newsbrief.brief.Brief;
import org.newsbrief.brief.BriefBuilder;
import org.newsbrief.brief.BriefCollection;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.brief.BriefSource;
import org.newsbrief.brief.Duplicate;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.Story;
import org.newsbrief.cluster.StoryRegrouping;
import org.newsbrief.cluster.StorySeparation;
import org.newsbrief.dedup.NearDuplicates;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.IssueLog;

/**
 * Reads inputs, analyses every article (in parallel, results in input order) and builds the
 * brief of the story. The configuration is validated on construction, before any work.
 * Thread-safe: each run has its own issue log.
 */
public final class BriefPipeline {

    private final ArticleSources sources;
    private final TextAnalyzer analyzer;
    private final BriefBuilder builder;

    public BriefPipeline(BriefConfig config) {
        this(ArticleSources.standard(), NewsTextAnalyzer.standard(), config);
    }

    public BriefPipeline(ArticleSources sources, TextAnalyzer analyzer, BriefConfig config) {
        this.sources = java.util.Objects.requireNonNull(sources, "sources");
        this.analyzer = java.util.Objects.requireNonNull(analyzer, "analyzer");
        this.builder = new BriefBuilder(config);
    }

    /**
     * Briefs the articles found under {@code inputs}.
     *
     * @throws IllegalArgumentException when an input does not exist
     * @throws NoArticlesException when no readable article was found
     */
    public Brief run(List<Path> inputs, Progress progress) {
        ArticleSources.requireExisting(inputs);
        IssueLog issues = new IssueLog();
        progress.update("read", 0, -1);
        List<Article> articles = sources.readAll(inputs, issues);
        progress.update("read", articles.size(), articles.size());
        if (articles.isEmpty()) {
            throw new NoArticlesException("no readable articles in " + inputs + describe(issues));
        }
        return brief(articles, issues, progress);
    }

    /** How an input is split into stories. */
    public enum Stories {
        /**
         * Cluster inputs of {@link #CLUSTER_FROM} articles or more, then merge the stories that do not
         * stand apart ({@link StoryRegrouping#DEFAULT}; with {@link #AUTO_REGROUPS} off, all or
         * nothing by {@link StorySeparation#DEFAULT}); an input that comes out as one story, and a
         * smaller input, is briefed whole, as {@link #ONE} does.
         */
        AUTO,
        /** Always one story. */
        ONE,
        /** Always cluster first and brief each story the clusterer finds. */
        CLUSTER
    }

    /**
     * Whether {@link Stories#AUTO} regroups the clustering's stories ({@link StoryRegrouping#DEFAULT})
     * rather than deciding all or nothing ({@link StorySeparation#DEFAULT}: the input whole, or the
     * clustering as it is). See bench/stories.md.
     */
    public static final boolean AUTO_REGROUPS = true;

    /** The smallest input that {@link Stories#AUTO} clusters: below it, collection statistics are too thin. */
    public static final int CLUSTER_FROM = 10;

    /** The source of {@link #noStoryWarning}'s issue. */
    public static final String NO_STORY_SOURCE = "stories";

    /**
     * Briefs a possibly mixed input: clusters it into stories (see {@link Stories}) and briefs
     * each story of two or more articles, largest first; single articles are listed. Before
     * clustering, near-identical copies (shingle Jaccard at least
     * {@link NearDuplicates#DEFAULT_THRESHOLD}) are set aside and listed.
     */
    public BriefCollection runStories(List<Path> inputs, Stories mode, Progress progress) {
        return runStories(inputs, mode, NearDuplicates.DEFAULT_THRESHOLD, progress);
    }

    /**
     * As {@link #runStories(List, Stories, Progress)}, with the least shingle Jaccard similarity
     * of near-identical copies; 0 keeps every copy. A single story ({@link Stories#ONE}, or a
     * small input or one whose stories do not stand apart under {@link Stories#AUTO}) keeps its
     * copies: each outlet that ran the text is a source of the brief.
     */
    public BriefCollection runStories(List<Path> inputs, Stories mode, double duplicateThreshold, Progress progress) {
        NearDuplicates near = new NearDuplicates(duplicateThreshold);
        ArticleSources.requireExisting(inputs);
        IssueLog issues = new IssueLog();
        List<Article> articles = sources.readAll(inputs, issues);
        if (articles.isEmpty()) {
            throw new NoArticlesException("no readable articles in " + inputs + describe(issues));
        }
        if (mode == Stories.ONE || (mode == Stories.AUTO && articles.size() < CLUSTER_FROM)) {
            return new BriefCollection(List.of(brief(articles, issues, progress)), List.of(), issues.issues());
        }
        List<Document> analysed = analyze(articles, issues, progress);
        progress.update("dedup", 0, -1);
        java.util.Map<String, String> copies = near.find(analysed);
        List<Document> documents = analysed.stream().filter(d -> !copies.containsKey(d.id())).toList();
        List<Duplicate> duplicates = new java.util.ArrayList<>();
        for (Document copy : analysed) {
            if (copies.containsKey(copy.id())) {
                duplicates.add(new Duplicate(source(duplicates.size() + 1, copy.article()), copies.get(copy.id())));
            }
        }
        AverageLinkageClusterer.Grouping grouping = new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS)
                .grouping(documents);
        if (mode == Stories.AUTO && AUTO_REGROUPS && grouping.groups().size() > 1) {
            grouping = new AverageLinkageClusterer.Grouping(StoryRegrouping.DEFAULT.regroup(grouping), grouping.signatures());
        }
        if (mode == Stories.AUTO && (AUTO_REGROUPS ? grouping.groups().size() == 1 : StorySeparation.DEFAULT.oneStory(grouping))) {
            return new BriefCollection(List.of(builder.build(analysed, issues)), List.of(), issues.issues());
        }
        List<Story> stories = grouping.stories(documents);
        java.util.Map<String, Document> byId = new java.util.HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        List<Brief> briefs = new java.util.ArrayList<>();
        List<BriefSource> singletons = new java.util.ArrayList<>();
        for (Story story : stories) {
            if (story.size() == 1) {
                singletons.add(source(singletons.size() + 1, byId.get(story.articleIds().get(0)).article()));
            } else {
                progress.update("brief", briefs.size() + 1, -1);
                briefs.add(builder.build(story.articleIds().stream().map(byId::get).toList(), new IssueLog()));
            }
        }
        if (briefs.isEmpty()) {
            issues.warning(NO_STORY_SOURCE, noStoryWarning(documents.size()));
            return new BriefCollection(List.of(builder.build(documents, issues)), List.of(), duplicates, issues.issues());
        }
        return new BriefCollection(briefs, singletons, duplicates, issues.issues());
    }

    /**
     * The warning a clustered run records when every article stands alone and all are briefed
     * together as one story instead; the Spark job records the same one, so both runners agree.
     */
    /** The warning for an article that cleaning leaves without a sentence. */
    public static final String NO_TEXT_LEFT = "no article text left once page furniture (widgets, notices, bylines)"
            + " is removed; listed, but it adds nothing to a brief";

    public static String noStoryWarning(int articles) {
        return "no two of the " + articles + " articles formed a story; they are briefed together as one story";
    }

    private static BriefSource source(int number, Article article) {
        return new BriefSource(number, article.id(), article.outlet(), article.title(), article.published(), article.url(),
                article.origin());
    }

    /** Briefs articles already read; the issue log travels into the brief. */
    public Brief brief(List<Article> articles, IssueLog issues, Progress progress) {
        List<Document> story = analyze(articles, issues, progress);
        return builder.build(story, issues);
    }

    /**
     * Analyses articles in parallel, keeping their order; an article that cleaning leaves without a
     * sentence (a page of widget text or an archive's notes) stays, with a warning saying why it adds nothing.
     */
    public List<Document> analyze(List<Article> articles, IssueLog issues, Progress progress) {
        AtomicLong done = new AtomicLong();
        List<Document> documents = articles.parallelStream().map(article -> {
            Document document = analyzer.analyze(article);
            progress.update("analyze", done.incrementAndGet(), articles.size());
            return document;
        }).toList();
        for (Document document : documents) {
            if (document.sentences().isEmpty()) {
                issues.warning(document.article().origin(), NO_TEXT_LEFT);
            }
        }
        return documents;
    }

    private static String describe(IssueLog issues) {
        if (issues.total() == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder(" (");
        issues.issues().stream().limit(3).forEach(issue ->
                out.append(issue.source()).append(": ").append(issue.message()).append("; "));
        if (issues.total() > 3) {
            out.append("and ").append(issues.total() - 3).append(" more; ");
        }
        out.setLength(out.length() - 2);
        return out.append(')').toString();
    }
}
