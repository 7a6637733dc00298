package org.newsbrief.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsbrief.model.Article;

/** Inputs the Spark tests and the benchmark write for themselves: WARC archives and JSONL pools. */
final class TestInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestInputs() {
    }

    /** A gzipped WARC of response records: {@code {uri, content type, body}} each. */
    static Path warc(Path file, List<String[]> responses) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (String[] response : responses) {
                writer.write(response(response[0], response[1], response[2].getBytes(StandardCharsets.UTF_8)));
            }
        }
        return file;
    }

    static WarcResponse response(String uri, String type, byte[] payload) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + payload.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + payload.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(payload, 0, http, head.length, payload.length);
        return new WarcResponse.Builder(uri).date(Instant.parse("2016-11-28T00:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http).build();
    }

    static String[] page(String uri, String title, String date, String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><head><title>").append(title)
                .append("</title><meta property=\"article:published_time\" content=\"").append(date)
                .append("\"></head><body><article>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return new String[] {uri, "text/html; charset=utf-8", html.append("</article></body></html>").toString()};
    }

    /** Articles as JSON lines, the format the readers take: title, text, url, date, source. */
    static Path jsonl(Path file, List<Article> articles, int shiftDays, String idSuffix) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article article : articles) {
                ObjectNode node = JSON.createObjectNode();
                node.put("title", article.title());
                node.put("text", article.body());
                node.put("url", Optional.ofNullable(article.url()).orElse("https://example.org/" + article.id() + idSuffix));
                LocalDate date = article.published() == null ? LocalDate.of(2000, 1, 1) : article.published();
                node.put("date", date.plusDays(shiftDays).toString());
                node.put("source", article.outlet());
                out.write(JSON.writeValueAsString(node));
                out.write('\n');
            }
        }
        return file;
    }

    /** The shared data folder {@code shared/data/<name>} beside the checkout, when present. */
    static Optional<Path> sharedData(String name) {
        return org.newsbrief.eval.dataset.SharedDataFolder.find(name);
    }
}
