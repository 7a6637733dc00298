package org.newsbrief.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A server on an ephemeral loopback port with a client for tests. */
final class TestServer implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path EXAMPLE = locateExample();

    final NewsbriefServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(ServerConfig config) {
        this.server = NewsbriefServer.start(config.withPort(0));
    }

    static ServerConfig config(Path data) {
        return ServerConfig.defaults(data).withPort(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE());
    }

    HttpResponse<String> json(String method, String path, Object body) {
        try {
            String text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
            return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode body(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The example articles as a create request with files. */
    static Map<String, Object> exampleRequest(String name) throws IOException {
        List<Map<String, String>> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(EXAMPLE)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                files.add(Map.of("name", file.getFileName().toString(), "content", Files.readString(file)));
            }
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", name);
        request.put("files", files);
        return request;
    }

    /** Creates the example collection and returns its id. */
    String createExample(String name) throws IOException {
        HttpResponse<String> created = json("POST", "/api/collections", exampleRequest(name));
        if (created.statusCode() != 201) {
            throw new AssertionError("create failed: " + created.statusCode() + " " + created.body());
        }
        return body(created).get("id").asText();
    }

    private static Path locateExample() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path example = dir.resolve("examples/aleppo-2016");
            if (Files.isDirectory(example)) {
                return example;
            }
        }
        throw new IllegalStateException("examples/aleppo-2016 not found above " + Path.of("").toAbsolutePath());
    }

    @Override
    public void close() {
        server.close();
    }
}
