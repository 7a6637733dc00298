package org.newsbrief.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsbrief.model.IssueLog;

/**
 * Reads a news web page ({@code .html}, {@code .htm}) with jsoup: metadata from
 * {@link HtmlMetadata}, main text from {@link HtmlContentExtractor}. The encoding comes from
 * a byte-order mark, a declared {@code charset}, valid UTF-8, or windows-1252, in that order.
 * Stateless and thread-safe.
 */
public final class HtmlArticleReader implements ArticleReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)");
    private static final int CHARSET_SNIFF = 4096;

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public void read(Path file, ReadContext context, Consumer<RawArticle> sink, IssueLog issues) throws IOException {
        String name = context.relativeName(file);
        byte[] bytes = Files.readAllBytes(file);
        parse(bytes, Optional.empty(), name, null, FileNames.stem(file), issues).ifPresent(sink);
    }

    /**
     * Parses one page's bytes.
     *
     * @param declared the charset named by the transport (HTTP header), if any
     * @param origin where the page came from, for issues
     * @param url the page's URL when known (WARC target URI); nullable
     * @param fallbackOutlet the outlet name when neither metadata nor URL give one
     * @return the article, or empty (with an issue recorded) when the page holds no text
     */
    public Optional<RawArticle> parse(byte[] bytes, Optional<Charset> declared, String origin, String url,
            String fallbackOutlet, IssueLog issues) {
        if (TextDecoder.looksBinary(bytes)) {
            issues.skipped(origin, "binary content, not HTML");
            return Optional.empty();
        }
        Optional<Charset> charset = declared.isPresent() ? declared : sniffCharset(bytes);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, charset);
        if (charset.isEmpty() && !decoded.charset().equals(StandardCharsets.UTF_8)) {
            issues.warning(origin, "no valid encoding declared; read as " + decoded.charset().name());
        }
        Document page = Jsoup.parse(decoded.text(), url == null ? "" : url);
        String text = HtmlContentExtractor.mainText(page);
        if (text.isBlank()) {
            issues.skipped(origin, "no article text found in the page");
            return Optional.empty();
        }
        String link = url != null ? url : HtmlMetadata.url(page).orElse(null);
        String outlet = HtmlMetadata.outlet(page)
                .or(() -> FileNames.outletOfUrl(link))
                .orElse(fallbackOutlet);
        return Optional.of(new RawArticle(origin, outlet, link, HtmlMetadata.title(page),
                HtmlMetadata.published(page).orElse(null), text));
    }

    private static Optional<Charset> sniffCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? TextDecoder.charsetNamed(matcher.group(1)) : Optional.empty();
    }
}
