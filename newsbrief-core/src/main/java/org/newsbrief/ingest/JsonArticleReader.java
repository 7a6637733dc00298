package org.newsbrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsbrief.model.IssueLog;

/**
 * Reads articles from JSON ({@code .json}: one object, an array of objects, or an object with
 * an {@code articles}/{@code documents}/{@code items} array) and JSON Lines ({@code .jsonl}: one
 * object per line, streamed). Field names as in {@link JsonArticleFields}. A broken line is
 * skipped and recorded; the rest of the file is read. Stateless and thread-safe.
 */
public final class JsonArticleReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LIST_FIELDS = {"articles", "documents", "items", "data", "results"};

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, ReadContext context, Consumer<RawArticle> sink, IssueLog issues) throws IOException {
        String name = context.relativeName(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            readDocument(file, name, context, sink, issues);
        } else {
            readLines(file, name, context, sink, issues);
        }
    }

    private void readDocument(Path file, String name, ReadContext context, Consumer<RawArticle> sink, IssueLog issues)
            throws IOException {
        if (Files.size(file) > context.maxTextBytes()) {
            issues.skipped(name, "JSON file larger than " + context.maxTextBytes()
                    + " bytes; use JSON Lines for large dumps");
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            issues.skipped(name, "not valid JSON: " + firstLine(e.getOriginalMessage()));
            return;
        }
        JsonNode list = root;
        for (String field : LIST_FIELDS) {
            if (root != null && root.isObject() && root.path(field).isArray()) {
                list = root.get(field);
                break;
            }
        }
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                emit(list.get(i), name + "#" + (i + 1), FileNames.stem(file), sink, issues);
            }
        } else {
            emit(root, name, FileNames.stem(file), sink, issues);
        }
    }

    private void readLines(Path file, String name, ReadContext context, Consumer<RawArticle> sink, IssueLog issues)
            throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            BoundedLineReader lines = new BoundedLineReader(in, context.maxTextBytes());
            int number = 0;
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                number++;
                String origin = name + "#" + number;
                if (lines.overflowed()) {
                    issues.skipped(origin, "record longer than " + context.maxTextBytes() + " bytes");
                } else if (!isBlank(line)) {
                    byte[] record = number == 1 ? withoutByteOrderMark(line) : line;
                    parseLine(record, origin, FileNames.stem(file), sink, issues);
                }
            }
        }
    }

    private void parseLine(byte[] line, String origin, String fallbackOutlet, Consumer<RawArticle> sink,
            IssueLog issues) {
        try {
            emit(JSON.readTree(decode(line, origin, issues)), origin, fallbackOutlet, sink, issues);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            issues.skipped(origin, "not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static void emit(JsonNode node, String origin, String fallbackOutlet, Consumer<RawArticle> sink,
            IssueLog issues) {
        JsonArticleFields.toArticle(node, origin, fallbackOutlet).ifPresentOrElse(article -> {
            JsonArticleFields.unreadableDate(node).ifPresent(date -> issues.warning(origin, "date '"
                    + (date.length() > 40 ? date.substring(0, 40) + "..." : date)
                    + "' is not a date; the article is undated (relative dates in it are not resolved)"));
            sink.accept(article);
        }, () -> issues.skipped(origin, JsonArticleFields.whyNoArticle(node)));
    }

    /** Editors on Windows start a UTF-8 file with a byte-order mark, which is not JSON. */
    private static byte[] withoutByteOrderMark(byte[] line) {
        boolean mark = line.length >= 3
                && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
        return mark ? Arrays.copyOfRange(line, 3, line.length) : line;
    }

    /** The line as UTF-8; bytes that are not UTF-8 become U+FFFD and the record gets a warning. */
    private static String decode(byte[] line, String origin, IssueLog issues) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            issues.warning(origin, "not valid UTF-8; undecodable bytes replaced by \uFFFD");
            return new String(line, StandardCharsets.UTF_8);
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
