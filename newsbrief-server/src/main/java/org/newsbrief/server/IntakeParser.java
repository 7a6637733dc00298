package org.newsbrief.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Reads what a create or update request brings: a JSON body ({@code name}, {@code texts},
 * {@code articles}, {@code urls}, {@code files} with {@code content} or {@code base64},
 * {@code remove}) or a multipart form (fields {@code name}, {@code text}, {@code urls} one per
 * line, files {@code files}). Anything else is refused with 415; malformed JSON with 400; a body
 * over the limit with 413. Thread-safe.
 */
final class IntakeParser {

    /** A parsed request. */
    record Parsed(String name, Intake intake, List<String> remove) {
    }

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    IntakeParser(ObjectMapper mapper, long maxBodyBytes) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
    }

    Parsed parse(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return parseJson(readBody(ctx));
        }
        if (type.startsWith("multipart/form-data")) {
            return parseForm(ctx);
        }
        throw new ApiException(415, "send application/json or multipart/form-data, not '" + (type.isEmpty() ? "nothing" : type) + "'");
    }

    private Parsed parseJson(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable body: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        String articlesJson = null;
        JsonNode articles = root.get("articles");
        if (articles != null && !articles.isNull()) {
            if (!articles.isArray()) {
                throw ApiException.badRequest("'articles' must be an array of objects");
            }
            articlesJson = articles.toString();
        }
        List<Intake.Upload> files = new ArrayList<>();
        for (JsonNode file : array(root, "files")) {
            String name = text(file, "name");
            if (name == null || name.isBlank()) {
                throw ApiException.badRequest("every entry of 'files' needs a 'name'");
            }
            files.add(new Intake.Upload(name, content(file, name)));
        }
        Intake intake = new Intake(files, strings(root, "texts"), articlesJson, strings(root, "urls"));
        return new Parsed(text(root, "name"), intake, strings(root, "remove"));
    }

    private Parsed parseForm(Context ctx) {
        List<Intake.Upload> files = new ArrayList<>();
        try {
            for (UploadedFile file : ctx.uploadedFiles("files")) {
                try (InputStream in = file.content()) {
                    files.add(new Intake.Upload(file.filename() == null ? "upload" : file.filename(), in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable upload: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiException.tooLarge("upload larger than the limit of " + maxBodyBytes + " bytes");
        }
        List<String> texts = new ArrayList<>(ctx.formParams("text"));
        List<String> urls = new ArrayList<>();
        for (String field : ctx.formParams("urls")) {
            field.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(urls::add);
        }
        return new Parsed(ctx.formParam("name"), new Intake(files, texts, null, urls), List.of());
    }

    private byte[] readBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out.size() + (long) n > maxBodyBytes) {
                    throw ApiException.tooLarge("request body larger than the limit of " + maxBodyBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable body: " + e.getMessage());
        }
    }

    private static byte[] content(JsonNode file, String name) {
        String base64 = text(file, "base64");
        if (base64 != null) {
            try {
                return Base64.getMimeDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("'base64' of file " + name + " is not base64: " + e.getMessage());
            }
        }
        String content = text(file, "content");
        if (content == null) {
            throw ApiException.badRequest("file " + name + " needs 'content' (text) or 'base64'");
        }
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("'" + field + "' must be an array");
        }
        return node;
    }

    private static List<String> strings(JsonNode root, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(root, field)) {
            if (!item.isTextual()) {
                throw ApiException.badRequest("'" + field + "' must be an array of strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("'" + field + "' must be a string");
        }
        return value.asText();
    }
}
