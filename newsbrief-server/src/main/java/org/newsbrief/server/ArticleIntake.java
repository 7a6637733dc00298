package org.newsbrief.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.ingest.FileNames;
import org.newsbrief.model.Article;
import org.newsbrief.model.Issue;
import org.newsbrief.model.IssueLog;

/**
 * Turns uploaded files, pasted texts and fetched pages into articles with the same readers as
 * the command line: each item is written to a private temporary folder and read from there, so
 * a web upload and a file on disk give the same article. Unreadable items become issues, never
 * errors. Thread-safe.
 */
final class ArticleIntake {

    /** Articles read and the issues met. */
    record Result(List<Article> articles, List<Issue> issues) {
    }

    private final ArticleSources sources = ArticleSources.standard();
    private final UrlFetcher fetcher;
    private final int maxUrls;

    ArticleIntake(UrlFetcher fetcher, int maxUrls) {
        this.fetcher = fetcher;
        this.maxUrls = maxUrls;
    }

    Result read(Intake intake) {
        if (intake.urls().size() > maxUrls) {
            throw ApiException.badRequest(intake.urls().size() + " URLs in one request; the limit is " + maxUrls);
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("newsbrief-intake");
            IssueLog issues = new IssueLog();
            List<Article> articles = new ArrayList<>();
            int item = 0;
            for (String text : intake.texts()) {
                if (!text.isBlank()) {
                    articles.addAll(readOne(write(folder, ++item, "pasted-" + item + ".txt",
                            text.getBytes(StandardCharsets.UTF_8)), issues));
                }
            }
            if (intake.articlesJson() != null) {
                articles.addAll(readOne(write(folder, ++item, "pasted.json", intake.articlesJson().getBytes(StandardCharsets.UTF_8)), issues));
            }
            for (Intake.Upload upload : intake.files()) {
                articles.addAll(readOne(write(folder, ++item, safeName(upload.name()), upload.content()), issues));
            }
            for (String url : intake.urls()) {
                if (!url.isBlank()) {
                    articles.addAll(fetch(folder, ++item, url.strip(), issues));
                }
            }
            return new Result(articles, issues.issues());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage uploaded articles: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private List<Article> fetch(Path folder, int item, String url, IssueLog issues) throws IOException {
        UrlFetcher.Fetched page = fetcher.fetch(url);
        if (!page.ok()) {
            issues.skipped(url, page.failure());
            return List.of();
        }
        String extension = page.contentType().startsWith("text/plain") ? ".txt"
                : page.contentType().contains("html") || page.contentType().isEmpty() ? ".html" : null;
        if (extension == null) {
            issues.skipped(url, "not a web page (" + page.contentType() + ")");
            return List.of();
        }
        String host = FileNames.outletOfUrl(page.url()).orElse("web");
        List<Article> read = readOne(write(folder, item, "page" + extension, page.body()), issues);
        List<Article> out = new ArrayList<>();
        for (Article article : read) {
            String outlet = article.outlet().equals("page") ? host : article.outlet();
            String link = article.url() == null ? page.url() : article.url();
            // A page holding several articles (an SGML file of many <DOC>s) gives each its own id.
            String id = read.size() == 1 ? page.url() : page.url() + "#" + article.id();
            out.add(new Article(id, outlet, link, article.title(), article.published(), article.body(), id));
        }
        return out;
    }

    private List<Article> readOne(Path file, IssueLog issues) {
        return sources.readAll(List.of(file), issues);
    }

    private static Path write(Path folder, int item, String name, byte[] content) throws IOException {
        Path dir = Files.createDirectory(folder.resolve(Integer.toString(item)));
        return Files.write(dir.resolve(name), content);
    }

    /** A file name safe on any file system, keeping the extension that picks the reader. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.length() > 120) {
            int dot = base.toLowerCase(Locale.ROOT).endsWith(".warc.gz") ? base.length() - 8 : base.lastIndexOf('.');
            String extension = dot > 0 ? base.substring(dot) : "";
            base = base.substring(0, 120 - extension.length()) + extension;
        }
        return base.isEmpty() ? "upload" : base;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder is harmless; the data was already read.
        }
    }
}
