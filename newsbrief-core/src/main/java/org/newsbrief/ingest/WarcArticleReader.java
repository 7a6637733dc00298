package org.newsbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsbrief.model.IssueLog;

/**
 * Reads the HTML response records of a WARC archive ({@code .warc}, {@code .warc.gz}), as in
 * Common Crawl news, with jwarc. Requests, metadata and non-HTML payloads are passed over and
 * counted; a record that cannot be parsed ends the file with an issue naming its position, the
 * articles before it kept. Gzip files, one member per record or one stream for the whole archive, are
 * decompressed by {@link TolerantGzipStream}, so a file cut short keeps its intact records too (positions
 * in issues are then offsets in the decompressed archive). Stateless and thread-safe.
 */
public final class WarcArticleReader implements ArticleReader {

    private final HtmlArticleReader html = new HtmlArticleReader();

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    @Override
    public void read(Path file, ReadContext context, Consumer<RawArticle> sink, IssueLog issues) throws IOException {
        String name = context.relativeName(file);
        int index = 0;
        int nonHtml = 0;
        TolerantGzipStream gzip = null;
        if (TolerantGzipStream.isGzip(head(file))) {
            gzip = new TolerantGzipStream(Files.newInputStream(file));
        }
        try (WarcReader reader = gzip == null ? new WarcReader(file) : new WarcReader(gzip)) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    issues.skipped(name + "@" + reader.position(),
                            "unreadable WARC record, rest of file skipped: " + e.getMessage());
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                if (next.get() instanceof WarcResponse response) {
                    index++;
                    if (!readResponse(response, name + "#" + index, context, sink, issues)) {
                        nonHtml++;
                    }
                }
            }
        }
        if (gzip != null && gzip.damage() != null) {
            issues.skipped(name, "archive truncated or damaged, records after the damage lost: " + gzip.damage());
        }
        if (nonHtml > 0) {
            issues.warning(name, nonHtml + " response record(s) without an HTML page passed over");
        }
    }

    /** The first bytes of a file (gzip files are decompressed by {@link TolerantGzipStream}, not by jwarc). */
    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(2);
        }
    }

    /** Reads one response; false when it holds no HTML page. */
    private boolean readResponse(WarcResponse response, String origin, ReadContext context,
            Consumer<RawArticle> sink, IssueLog issues) {
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType().base();
            if (http.status() != 200 || !isHtml(type)) {
                return false;
            }
            byte[] bytes;
            try (InputStream body = http.bodyDecoded().stream()) {
                bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, context.maxTextBytes() + 1));
            }
            if (bytes.length > context.maxTextBytes()) {
                issues.skipped(origin, "page larger than " + context.maxTextBytes() + " bytes: " + response.target());
                return true;
            }
            Optional<Charset> declared = TextDecoder.charsetNamed(http.contentType().parameters().get("charset"));
            html.parse(bytes, declared, origin, response.target(), FileNames.stem(Path.of(origin.split("#")[0])), issues)
                    .ifPresent(sink);
            return true;
        } catch (IOException | RuntimeException e) {
            issues.skipped(origin, "broken HTTP response in WARC record: " + e.getMessage());
            return true;
        }
    }

    private static boolean isHtml(MediaType type) {
        String subtype = type.subtype().toLowerCase(Locale.ROOT);
        return "text".equalsIgnoreCase(type.type()) && subtype.equals("html")
                || subtype.equals("xhtml+xml");
    }
}
