package org.newsbrief.eval.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsbrief.ingest.RawArticle;
import org.newsbrief.ingest.SgmlArticles;
import org.newsbrief.ingest.TextDecoder;
import org.newsbrief.model.Article;
import org.newsbrief.model.IssueLog;

/**
 * Reads a DUC multi-document task as NIST distributed it: {@code docs/<cluster>/<DOCNO>} files
 * in SGML ({@code <DOC><DOCNO>..<TEXT>..</TEXT></DOC>}) and {@code models/D<NNNNN>.M.100.T.<X>}
 * reference summaries (DUC 2003 names them {@code ....html} but they hold plain text), one
 * sentence or clause per line. Documents are read by core's {@link SgmlArticles}, the reader of
 * {@code newsbrief brief}: date from {@code <DATE_TIME>} or the DOCNO ({@code APW19981016.0240}),
 * outlet from its agency prefix. Stateless.
 */
public final class DucDataset {

    private DucDataset() {
    }

    /** Reads the task under {@code root} (holding {@code docs/} and {@code models/}). */
    public static Dataset read(String name, Path root) throws IOException {
        Path docs = root.resolve("docs");
        Path models = root.resolve("models");
        if (!Files.isDirectory(docs) || !Files.isDirectory(models)) {
            throw new IllegalArgumentException("not a DUC folder (docs/ and models/ expected): " + root);
        }
        List<Path> files = new ArrayList<>();
        List<EvalCluster> clusters = new ArrayList<>();
        for (Path cluster : sorted(docs, Files::isDirectory)) {
            String id = cluster.getFileName().toString().toLowerCase(Locale.ROOT);
            List<Article> articles = new ArrayList<>();
            for (Path doc : sorted(cluster, Files::isRegularFile)) {
                files.add(doc);
                articles.addAll(articles(doc));
            }
            List<List<String>> references = new ArrayList<>();
            for (Path model : modelsOf(models, id)) {
                files.add(model);
                references.add(Files.readAllLines(model, StandardCharsets.ISO_8859_1).stream()
                        .filter(line -> !line.isBlank()).toList());
            }
            clusters.add(new EvalCluster(id, articles, references));
        }
        return new Dataset(name, clusters, Checksums.sha256(root, files));
    }

    /** Model files of a cluster: {@code D30001.M.100.T.*} for cluster {@code d30001t}. */
    static List<Path> modelsOf(Path models, String clusterId) throws IOException {
        String prefix = clusterId.replaceFirst("[a-z]$", "").toUpperCase(Locale.ROOT) + ".M.";
        return sorted(models, path -> path.getFileName().toString().startsWith(prefix));
    }

    /**
     * The documents of one SGML file, read by core's {@link SgmlArticles} as {@code newsbrief brief}
     * reads them. A dataset file that yields no document is a broken copy of the corpus, so it fails.
     */
    static List<Article> articles(Path doc) throws IOException {
        String sgml = TextDecoder.decode(Files.readAllBytes(doc)).text();
        IssueLog issues = new IssueLog();
        List<RawArticle> read = SgmlArticles.parse(sgml, doc.toString(), issues);
        List<Article> articles = new ArrayList<>();
        for (RawArticle raw : read) {
            String outlet = raw.outlet() == null ? "unknown" : raw.outlet();
            articles.add(new Article(raw.origin(), outlet, null, raw.title(), raw.published(), raw.body(), raw.origin()));
        }
        if (articles.isEmpty()) {
            throw new IOException("no document in " + doc + ": " + issues.issues());
        }
        return articles;
    }

    private static List<Path> sorted(Path dir, java.util.function.Predicate<Path> filter) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(filter).sorted().toList();
        }
    }
}
