package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsbrief.model.Issue;
import org.newsbrief.model.IssueLog;

class WarcArticleReaderTest {

    @TempDir
    Path dir;

    static Path writeWarc(Path file, String... pages) throws Exception {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int i = 0; i < pages.length; i++) {
                String uri = "https://www.example-news.com/story/" + i;
                writer.write(new WarcRequest.Builder(uri).date(Instant.parse("2016-11-28T00:00:00Z"))
                        .body(MediaType.HTTP_REQUEST, ("GET /story/" + i + " HTTP/1.1\r\nHost: example-news.com\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII)).build());
                writer.write(response(uri, pages[i].startsWith("%PDF") ? "application/pdf" : "text/html; charset=utf-8",
                        pages[i]));
            }
        }
        return file;
    }

    static WarcResponse response(String uri, String type, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + payload.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + payload.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(payload, 0, http, head.length, payload.length);
        return new WarcResponse.Builder(uri).date(Instant.parse("2016-11-28T00:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http).build();
    }

    static String page(String title, String text) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"2016-11-27\">"
                + "</head><body><article><p>" + text + "</p></article></body></html>";
    }

    @Test
    void readsHtmlResponsesOfAGzippedWarcAndSkipsOtherRecords() throws Exception {
        Path warc = writeWarc(dir.resolve("crawl.warc.gz"),
                page("Aleppo", "Thousands fled east Aleppo on Sunday, monitors said."),
                "%PDF-1.4 binary",
                page("Siege", "Around 250,000 civilians are trapped under siege."));
        List<RawArticle> read = new ArrayList<>();
        IssueLog issues = new IssueLog();
        new WarcArticleReader().read(warc, new ReadContext(dir, 1_000_000), read::add, issues);
        assertThat(read).extracting(RawArticle::title).containsExactly("Aleppo", "Siege");
        assertThat(read).extracting(RawArticle::url)
                .containsExactly("https://www.example-news.com/story/0", "https://www.example-news.com/story/2");
        assertThat(read).extracting(RawArticle::outlet).containsOnly("example-news.com");
        assertThat(read.get(0).published()).isEqualTo(LocalDate.of(2016, 11, 27));
        assertThat(issues.issues()).extracting(Issue::message).containsExactly(
                "1 response record(s) without an HTML page passed over");
    }

    @Test
    void truncatedArchiveKeepsTheRecordsBeforeTheDamage() throws Exception {
        Path whole = writeWarc(dir.resolve("whole.warc"), page("One", "First story text here."),
                page("Two", "Second story text here."));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 120));
        List<RawArticle> read = new ArrayList<>();
        IssueLog issues = new IssueLog();
        new WarcArticleReader().read(cut, new ReadContext(dir, 1_000_000), read::add, issues);
        assertThat(read).extracting(RawArticle::title).contains("One");
        assertThat(issues.total()).isPositive();
    }

    @Test
    void truncatedSingleStreamGzipKeepsTheRecordsBeforeTheDamage() throws Exception {
        // Some tools compress a whole WARC as one gzip stream instead of one member per record; a download cut
        // short then ends mid-stream, and the intact records before the cut must still be read.
        Path plain = dir.resolve("plain.warc");
        try (FileChannel channel = FileChannel.open(plain, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter writer = new WarcWriter(channel, WarcCompression.NONE)) {
            writer.write(response("https://www.example-news.com/story/0", "text/html; charset=utf-8",
                    page("One", "First story text here.")));
            writer.write(response("https://www.example-news.com/story/1", "text/html; charset=utf-8",
                    page("Two", "Second story text here, " + "with a long paragraph. ".repeat(200))));
        }
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(Files.readAllBytes(plain));
        }
        byte[] bytes = zipped.toByteArray();
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        List<RawArticle> read = new ArrayList<>();
        IssueLog issues = new IssueLog();
        new WarcArticleReader().read(cut, new ReadContext(dir, 1_000_000), read::add, issues);
        assertThat(read).extracting(RawArticle::title).containsExactly("One");
        assertThat(issues.issues()).extracting(Issue::message).anyMatch(m -> m.contains("truncated"));
    }
}
