package org.newsbrief.eval.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsbrief.model.Article;

/**
 * Reads a DUC multi-document task as NIST distributed it: {@code docs/<cluster>/<DOCNO>} files
 * in SGML ({@code <DOC><DOCNO>..<TEXT>..</TEXT></DOC>}) and {@code models/D<NNNNN>.M.100.T.<X>}
 * reference summaries (DUC 2003 names them {@code ....html} but they hold plain text), one
 * sentence or clause per line. The publication date comes from the DOCNO
 * ({@code APW19981016.0240}), the outlet from its agency prefix. Stateless.
 */
public final class DucDataset {

    private static final Pattern DOCNO = Pattern.compile("<DOCNO>\\s*(.*?)\\s*</DOCNO>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern HEADLINE = Pattern.compile("<HEADLINE>(.*?)</HEADLINE>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&[A-Za-z0-9#]+;");
    private static final Pattern DOCNO_DATE = Pattern.compile("^([A-Z]+)(\\d{4})(\\d{2})(\\d{2})");

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
                articles.add(article(doc));
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

    static Article article(Path doc) throws IOException {
        String sgml = new String(Files.readAllBytes(doc), StandardCharsets.ISO_8859_1);
        String docno = first(DOCNO, sgml).orElse(doc.getFileName().toString());
        String text = first(TEXT, sgml).map(DucDataset::plain).orElse("");
        String headline = first(HEADLINE, sgml).map(DucDataset::plain).map(h -> h.replaceAll("\\s+", " ").strip()).orElse("");
        Matcher date = DOCNO_DATE.matcher(docno);
        LocalDate published = null;
        String outlet = "unknown";
        if (date.find()) {
            outlet = date.group(1);
            published = LocalDate.of(Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)),
                    Integer.parseInt(date.group(4)));
        }
        return new Article(docno, outlet, null, headline, published, text, docno);
    }

    /** Tags become paragraph breaks, SGML entities are decoded or dropped. */
    private static String plain(String sgml) {
        String text = TAG.matcher(sgml).replaceAll("\n\n");
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        return ENTITY.matcher(text).replaceAll(" ");
    }

    private static java.util.Optional<String> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    private static List<Path> sorted(Path dir, java.util.function.Predicate<Path> filter) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(filter).sorted().toList();
        }
    }
}
