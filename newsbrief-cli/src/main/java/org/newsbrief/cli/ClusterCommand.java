package org.newsbrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsbrief.brief.RunInfo;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.OnlineClusterer;
import org.newsbrief.cluster.Story;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.dedup.NearDuplicates;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.IssueLog;
import org.newsbrief.pipeline.BriefPipeline;
import org.newsbrief.brief.BriefConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief cluster PATH...}: the stories of a mixed collection, as JSON. */
@Command(name = "cluster", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Groups the articles found under PATH into stories and writes them as JSON (schema "
            + "newsbrief/stories/1): id, title, first and last date, size and member articles, largest first; "
            + "single-article stories are listed too.",
            "Near-identical copies of an article are set aside before clustering and listed under the story of "
            + "the article they copy (duplicates)."})
public final class ClusterCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of articles.")
    private List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the stories to FILE instead of stdout.")
    private Path output;

    @Option(names = "--method", defaultValue = "batch", paramLabel = "METHOD",
            description = "batch: average linkage over the whole collection (default); online: articles in date order "
                + "each join the most similar open story or open one, and stories close after "
                + OnlineClusterer.DEFAULT_AGE_DAYS + " days without news (for streams).")
    private String method;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Similarity threshold (default: " + AverageLinkageClusterer.DEFAULT_THRESHOLD + " batch, "
                + OnlineClusterer.DEFAULT_THRESHOLD + " online).")
    private Double threshold;

    @Option(names = "--attach-size", paramLabel = "N",
            description = "Batch only: stories of at most N articles join the closest larger story of their block when "
                + "their centroids' cosine reaches " + AverageLinkageClusterer.DEFAULT_ATTACH_THRESHOLD + ", or "
                + AverageLinkageClusterer.AttachMargin.THRESHOLD + " when that story is "
                + AverageLinkageClusterer.AttachMargin.RATIO + " times as close as the second closest (default: "
                + AverageLinkageClusterer.DEFAULT_ATTACH_SIZE + "; 0 is off). Larger sizes help collections of long "
                + "stories (about 10 articles each: DUC, ECB+) and hurt ones of small stories (Multi-News); see bench/cluster.md.")
    private Integer attachSize;

    @picocli.CommandLine.Mixin
    private DedupOptions dedup;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (output != null) {
            OutputFile.requireWritable(output);
        }
        StoryClusterer clusterer = clusterer(); // options fail before any reading
        double duplicateThreshold = dedup.threshold();
        IssueLog issues = new IssueLog();
        List<Article> articles = ArticleSources.standard().readAll(paths, issues);
        if (articles.isEmpty()) {
            throw new org.newsbrief.pipeline.NoArticlesException("no readable articles in " + paths);
        }
        var progress = quiet ? org.newsbrief.pipeline.Progress.NONE
                : new StderrProgress(spec.commandLine().getErr(), System.console() != null);
        List<Document> analysed = new BriefPipeline(BriefConfig.defaults()).analyze(articles, issues, progress);
        Map<String, String> copies = new NearDuplicates(duplicateThreshold).find(analysed);
        List<Document> documents = analysed.stream().filter(d -> !copies.containsKey(d.id())).toList();
        List<Story> stories = clusterer.cluster(documents);
        String json = json(stories, articles, copies, issues);
        if (output == null) {
            spec.commandLine().getOut().print(json);
        } else {
            OutputFile.write(output, json);
        }
        if (!quiet) {
            spec.commandLine().getErr().printf("%d articles in %d stories (%d with more than one article), %d near-identical copies%n",
                    articles.size(), stories.size(), stories.stream().filter(s -> s.size() > 1).count(), copies.size());
        }
        return 0;
    }

    private StoryClusterer clusterer() {
        if (threshold != null && !(threshold > 0)) {
            throw new IllegalArgumentException("--threshold must be positive: " + threshold);
        }
        if (attachSize != null && attachSize < 0) {
            throw new IllegalArgumentException("--attach-size must be 0 or more: " + attachSize);
        }
        String chosen = method.strip().toLowerCase(java.util.Locale.ROOT);
        if (attachSize != null && !chosen.equals("batch")) {
            throw new IllegalArgumentException("--attach-size applies to --method batch only");
        }
        switch (chosen) {
            case "batch" -> {
                var defaults = AverageLinkageClusterer.Options.DEFAULTS;
                var options = threshold == null ? defaults : defaults.with(threshold, defaults.floorWeight());
                return new AverageLinkageClusterer(attachSize == null ? options
                        : options.withAttach(attachSize, options.attachThreshold()));
            }
            case "online" -> {
                var defaults = OnlineClusterer.Options.DEFAULTS;
                return new OnlineClusterer(threshold == null ? defaults : defaults.withThreshold(threshold));
            }
            default -> throw new IllegalArgumentException("unknown --method '" + method + "'; valid: batch, online");
        }
    }

    private static String json(List<Story> stories, List<Article> articles, Map<String, String> copies, IssueLog issues)
            throws IOException {
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, List<String>> copiesOf = new LinkedHashMap<>();
        copies.forEach((copy, kept) -> copiesOf.computeIfAbsent(kept, k -> new ArrayList<>()).add(copy));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Story story : stories) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", story.id());
            entry.put("title", story.title());
            entry.put("first", story.first());
            entry.put("last", story.last());
            entry.put("size", story.size());
            List<Map<String, Object>> members = new ArrayList<>();
            List<Map<String, Object>> duplicates = new ArrayList<>();
            for (String id : story.articleIds()) {
                members.add(member(byId.get(id)));
                for (String copy : copiesOf.getOrDefault(id, List.of())) {
                    Map<String, Object> duplicate = member(byId.get(copy));
                    duplicate.put("copyOf", id);
                    duplicates.add(duplicate);
                }
            }
            entry.put("articles", members);
            entry.put("duplicates", duplicates);
            out.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "newsbrief/stories/1");
        root.put("version", RunInfo.currentVersion());
        root.put("stories", out);
        root.put("issues", issues.issues());
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(root) + "\n";
    }

    private static Map<String, Object> member(Article article) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("id", article.id());
        member.put("outlet", article.outlet());
        member.put("title", article.title());
        member.put("published", article.published());
        member.put("url", article.url());
        return member;
    }
}
