package org.newsbrief.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.newsbrief.model.Article;
import org.newsbrief.model.IssueLog;

/**
 * Reads articles from files and directories. Directories are walked recursively in name order,
 * so a run is repeatable; each file goes to the first reader that accepts it. Hidden files and
 * READMEs, licences and notices met while walking are not articles and are passed over; any
 * other file that cannot be read is skipped with an issue, and the rest is read.
 * Thread-safe: holds only stateless readers.
 */
public final class ArticleSources {

    /** Stems of a folder's own notes, never articles (a corpus's "SOURCE.txt" says where it was downloaded from). */
    private static final Set<String> NOT_ARTICLES = Set.of("readme", "license", "licence", "notice", "changelog",
            "source", "copying");

    private final List<ArticleReader> readers;
    private final long maxTextBytes;

    public ArticleSources(List<ArticleReader> readers, long maxTextBytes) {
        this.readers = List.copyOf(readers);
        if (maxTextBytes < 1) {
            throw new IllegalArgumentException("maxTextBytes must be >= 1: " + maxTextBytes);
        }
        this.maxTextBytes = maxTextBytes;
    }

    /** The readers for NIST/TREC SGML, text, HTML, JSON, JSON Lines and WARC, with the default size limit. */
    public static ArticleSources standard() {
        return new ArticleSources(standardReaders(), ReadContext.DEFAULT_MAX_TEXT_BYTES);
    }

    /**
     * The standard readers in the order they are asked: SGML first, as it is recognised by
     * content (a {@code .txt} file that opens with {@code <DOC>} is SGML), then by file name.
     */
    public static List<ArticleReader> standardReaders() {
        return List.of(new SgmlArticleReader(), new TextArticleReader(), new HtmlArticleReader(),
                new JsonArticleReader(), new WarcArticleReader());
    }

    /** Throws {@link IllegalArgumentException} naming the first input that does not exist. */
    public static void requireExisting(List<Path> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("no such file or directory: " + input);
            }
        }
    }

    /** Reads every article under the inputs into a list, in input then name order. */
    public List<Article> readAll(List<Path> inputs, IssueLog issues) {
        List<Article> articles = new ArrayList<>();
        read(inputs, articles::add, issues);
        return articles;
    }

    /** Reads every article under the inputs and hands each to {@code sink}, with a run-unique id. */
    public void read(List<Path> inputs, Consumer<Article> sink, IssueLog issues) {
        requireExisting(inputs);
        Set<String> ids = new HashSet<>();
        Set<Path> read = new HashSet<>();
        for (Path given : inputs) {
            // A folder given through a link is walked as the folder (links met inside it are not followed).
            Path input = Files.isDirectory(given) && Files.isSymbolicLink(given) ? realPath(given) : given;
            ReadContext context = new ReadContext(Files.isDirectory(input) ? input : parentOf(input), maxTextBytes);
            for (Path file : filesUnder(input, issues)) {
                // A file named twice ("dir dir/a.txt", a link) is one article, not two outlets agreeing.
                if (!read.add(realPath(file))) {
                    issues.warning(context.relativeName(file), "listed more than once; read once");
                    continue;
                }
                readFile(file, context, raw -> sink.accept(toArticle(raw, ids)), issues);
            }
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private List<Path> filesUnder(Path input, IssueLog issues) {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        ReadContext names = new ReadContext(input, maxTextBytes);
        List<Path> files = new ArrayList<>();
        try {
            // An unreadable folder inside the input is one issue; the walk goes on with the rest.
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean hidden = !dir.equals(input) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isPassedOver(input, file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (Files.isRegularFile(file)) {
                        files.add(file);
                    } else if (attributes.isSymbolicLink()) {
                        // Links to folders are not followed (they may loop); say so rather than drop them unseen.
                        issues.skipped(names.relativeName(file), Files.isDirectory(file)
                                ? "link to a folder, not followed; give the folder itself" : "broken link");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    issues.skipped(names.relativeName(file), "cannot read: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            issues.skipped(input.toString(), "cannot list directory: " + reason(e));
        }
        files.sort(null);
        return files;
    }

    /** Why a file could not be read, in words: the exception of a denied file carries only its path. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no longer exists";
        }
        if (e instanceof UncheckedIOException unchecked) {
            return reason(unchecked.getCause());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void readFile(Path file, ReadContext context, Consumer<RawArticle> sink, IssueLog issues) {
        String name = context.relativeName(file);
        Optional<ArticleReader> reader = readers.stream().filter(r -> r.accepts(file)).findFirst();
        if (reader.isEmpty()) {
            issues.skipped(name, "unsupported file type; expected .txt, .html, .htm, .json, .jsonl, .warc, .warc.gz"
                    + " or NIST/TREC SGML (opening with <DOC>)");
            return;
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                issues.skipped(name, "empty file");
                return;
            }
            if (size > maxTextBytes && !isStreamed(file)) {
                issues.skipped(name, "file of " + size + " bytes is larger than the limit of " + maxTextBytes);
                return;
            }
            reader.get().read(file, context, raw -> {
                if (raw.body().isBlank()) {
                    issues.skipped(raw.origin(), "no article text (only blank lines or metadata)");
                } else {
                    sink.accept(raw);
                }
            }, issues);
        } catch (IOException | UncheckedIOException e) {
            issues.skipped(name, "cannot read: " + reason(e));
        } catch (RuntimeException e) {
            issues.skipped(name, "cannot parse: " + e);
        }
    }

    /**
     * Reads one file met under the input {@code root} as {@link #read} does (issues recorded,
     * never thrown), handing each article to {@code sink} with its origin as id: a caller that
     * reads files apart (one per Spark task) makes ids run-unique with {@link #uniqueId} in input order.
     */
    public void readFile(Path root, Path file, Consumer<Article> sink, IssueLog issues) {
        readFile(file, new ReadContext(root, maxTextBytes), raw -> sink.accept(toArticle(raw, raw.origin())), issues);
    }

    /** The run-unique id of an article from {@code origin}, given the ids taken before it (which it joins). */
    public static String uniqueId(String origin, Set<String> taken) {
        String id = origin;
        for (int n = 2; !taken.add(id); n++) {
            id = origin + "~" + n;
        }
        return id;
    }

    /** Whether a file met while walking a directory, named relative to it, is passed over (hidden, README, ...). */
    public static boolean isPassedOver(String relativeName) {
        return isPassedOver(Path.of(""), Path.of(relativeName));
    }

    private Article toArticle(RawArticle raw, Set<String> ids) {
        return toArticle(raw, uniqueId(raw.origin(), ids));
    }

    private static Article toArticle(RawArticle raw, String id) {
        String outlet = raw.outlet() == null || raw.outlet().isBlank() ? "unknown" : raw.outlet().strip();
        return new Article(id, outlet, raw.url(), raw.title().strip(), raw.published(), raw.body(), raw.origin());
    }

    private static boolean isStreamed(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".warc")
                || name.endsWith(".warc.gz");
    }

    private static boolean isPassedOver(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        String stem = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\..*$", "");
        return NOT_ARTICLES.contains(stem);
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }
}
