package org.newsbrief.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.brief.BriefFormat;
import org.newsbrief.model.Article;
import org.newsbrief.model.Issue;
import org.newsbrief.summarize.Summarizers;

/**
 * The handlers of the collection API. Every answer is JSON except a brief asked for as Markdown
 * or HTML. Thread-safe.
 */
final class CollectionApi {

    private static final int MAX_WAIT_SECONDS = 60;
    private static final int MAX_REMOVE_ISSUES = 100;

    private final CollectionStore store;
    private final BriefService briefs;
    private final ArticleIntake intake;
    private final IntakeParser parser;
    private final ObjectMapper mapper;
    private final ServerConfig config;
    private final Excerpts excerpts = new Excerpts();

    CollectionApi(CollectionStore store, BriefService briefs, ArticleIntake intake, ObjectMapper mapper, ServerConfig config) {
        this.store = store;
        this.briefs = briefs;
        this.intake = intake;
        this.mapper = mapper;
        this.config = config;
        this.parser = new IntakeParser(mapper, config.maxBodyBytes());
    }

    void create(Context ctx) {
        IntakeParser.Parsed request = parser.parse(ctx);
        if (request.intake().isEmpty()) {
            throw ApiException.badRequest("nothing to add: send files, texts, articles or urls");
        }
        ArticleIntake.Result read = intake.read(request.intake());
        if (read.articles().isEmpty()) {
            json(ctx.status(400), error(400, "no readable articles in the request", read.issues()));
            return;
        }
        requireRoom(0, read.articles().size());
        String name = request.name() == null || request.name().isBlank() ? defaultName(read.articles()) : clip(request.name());
        StoredCollection created = store.create(name, read.articles(), read.issues());
        ctx.header("Location", "/api/collections/" + created.id());
        Map<String, Object> body = collection(created);
        body.put("added", read.articles().size());
        body.put("issues", read.issues());
        json(ctx.status(201), body);
    }

    void list(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        store.list().forEach(c -> out.add(collection(c)));
        json(ctx, Map.of("collections", out));
    }

    void get(Context ctx) {
        StoredCollection collection = found(ctx.pathParam("id"));
        Map<String, Object> body = collection(collection);
        List<Map<String, Object>> articles = new ArrayList<>();
        for (Article article : store.articles(collection.id())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", article.id());
            item.put("title", article.title());
            item.put("outlet", article.outlet());
            item.put("published", article.published() == null ? null : article.published().toString());
            item.put("url", article.url());
            item.put("origin", article.origin());
            item.put("characters", article.body().length());
            articles.add(item);
        }
        body.put("articleList", articles);
        body.put("issues", store.issues(collection.id()));
        json(ctx, body);
    }

    void update(Context ctx) {
        StoredCollection current = found(ctx.pathParam("id"));
        IntakeParser.Parsed request = parser.parse(ctx);
        ArticleIntake.Result read = request.intake().isEmpty() ? new ArticleIntake.Result(List.of(), List.of())
                : intake.read(request.intake());
        List<Issue> issues = new ArrayList<>(read.issues());
        List<String> remove = removable(current.id(), request.remove(), issues);
        requireRoom(current.articles() - remove.size(), read.articles().size());
        String name = request.name() == null || request.name().isBlank() ? null : clip(request.name());
        CollectionChange change = new CollectionChange(name, read.articles(), read.issues(), remove);
        StoredCollection updated = store.update(current.id(), change).orElseThrow(() -> notFound(current.id()));
        if (change.changesArticles()) {
            briefs.forget(current.id());
        }
        Map<String, Object> body = collection(updated);
        body.put("added", read.articles().size());
        body.put("removed", remove.size());
        body.put("issues", issues);
        json(ctx, body);
    }

    /**
     * The distinct ids to remove that the collection holds: only those may make room for new
     * articles (else naming made-up ids would lift --max-articles); the others are answered as issues.
     */
    private List<String> removable(String id, List<String> requested, List<Issue> issues) {
        if (requested.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> held = store.articleIds(id);
        List<String> remove = new ArrayList<>();
        for (String articleId : new java.util.LinkedHashSet<>(requested)) {
            if (held.contains(articleId)) {
                remove.add(articleId);
            } else if (issues.size() < MAX_REMOVE_ISSUES) {
                issues.add(Issue.skipped(articleId, "no such article in the collection; nothing removed"));
            }
        }
        return remove;
    }

    void delete(Context ctx) {
        String id = ctx.pathParam("id");
        if (!store.delete(id)) {
            throw notFound(id);
        }
        briefs.forget(id);
        ctx.status(204);
    }

    void brief(Context ctx) throws InterruptedException {
        String id = ctx.pathParam("id");
        found(id);
        BriefConfig briefConfig = BriefService.config(
                Optional.ofNullable(ctx.queryParam("summarizer")).orElse(Summarizers.DEFAULT),
                intParam(ctx, "words", BriefConfig.DEFAULT_WORDS));
        BriefFormat format = format(Optional.ofNullable(ctx.queryParam("format")).orElse("json"));
        int wait = Math.min(MAX_WAIT_SECONDS, Math.max(0, intParam(ctx, "wait", 30)));
        Object answer = briefs.briefOrJob(id, briefConfig);
        if (answer instanceof BriefService.Job job) {
            try {
                answer = job.result.get(wait, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                Map<String, Object> progress = new LinkedHashMap<>();
                progress.put("status", "running");
                progress.put("stage", job.stage);
                progress.put("done", job.done);
                progress.put("total", job.total);
                ctx.header("Retry-After", "1");
                json(ctx.status(202), progress);
                return;
            } catch (ExecutionException e) {
                throw e.getCause() instanceof ApiException api ? api
                        : new ApiException(500, "the brief could not be computed: " + e.getCause().getMessage());
            }
        }
        StoredBrief brief = (StoredBrief) answer;
        if (ctx.queryParam("download") != null) {
            ctx.header("Content-Disposition", "attachment; filename=\"brief-" + id + "." + format.name().toLowerCase(java.util.Locale.ROOT) + "\"");
        }
        switch (format) {
            case MD -> ctx.contentType("text/markdown; charset=utf-8").result(brief.markdown());
            case HTML -> ctx.header("Content-Security-Policy", SecurityHeaders.STANDALONE_PAGE_POLICY)
                    .contentType("text/html; charset=utf-8").result(brief.html());
            case JSON -> ctx.contentType("application/json").result(brief.json());
        }
    }

    void excerpt(Context ctx) {
        String id = ctx.pathParam("id");
        found(id);
        String articleId = ctx.queryParam("article");
        Article article = store.article(id, articleId == null ? "" : articleId).orElseThrow(() -> ApiException.notFound("no article '" + articleId + "' in collection " + id));
        json(ctx, excerpts.excerpt(article, intParam(ctx, "start", -1), intParam(ctx, "end", -1)));
    }

    void summarizers(Context ctx) {
        List<Map<String, String>> out = new ArrayList<>();
        Summarizers.entries().forEach(entry -> out.add(Map.of("name", entry.name(), "description", entry.description())));
        json(ctx, Map.of("default", Summarizers.DEFAULT, "summarizers", out));
    }

    void health(Context ctx) {
        Runtime runtime = Runtime.getRuntime();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("version", org.newsbrief.brief.RunInfo.currentVersion());
        body.put("collections", store.list().size());
        body.put("heapUsedBytes", runtime.totalMemory() - runtime.freeMemory());
        body.put("heapMaxBytes", runtime.maxMemory());
        json(ctx, body);
    }

    Map<String, Object> error(int status, String message, List<Issue> issues) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        if (!issues.isEmpty()) {
            body.put("issues", issues);
        }
        return body;
    }

    /** The core's format names (json, md or markdown, html); an unknown one is the client's error. */
    private static BriefFormat format(String name) {
        try {
            return BriefFormat.named(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private void requireRoom(int kept, int added) {
        if (kept + added > config.maxArticles()) {
            throw ApiException.tooLarge("the collection would hold " + (kept + added) + " articles; the limit is "
                    + config.maxArticles() + " (serve --max-articles)");
        }
    }

    private StoredCollection found(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("no collection '" + id + "'");
    }

    private static Map<String, Object> collection(StoredCollection c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("name", c.name());
        out.put("created", c.created().toString());
        out.put("updated", c.updated().toString());
        out.put("articles", c.articles());
        out.put("brief", "/api/collections/" + c.id() + "/brief");
        out.put("page", "/collections/" + c.id());
        return out;
    }

    private static String defaultName(List<Article> articles) {
        String title = articles.get(0).title();
        return clip(title.isBlank() ? "Untitled collection" : title);
    }

    private static String clip(String name) {
        String stripped = name.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number: " + value);
        }
    }

    void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(mapper.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
