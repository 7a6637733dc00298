package org.newsbrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the API on a real server, including the refusals. */
class CollectionApiIT {

    @TempDir
    static Path data;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.defaults(data).withLimits(256 * 1024, 8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthAnswersOk() {
        HttpResponse<String> health = server.get("/api/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(TestServer.body(health).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void createsListsReadsAndDeletesACollection() throws IOException {
        HttpResponse<String> created = server.json("POST", "/api/collections", TestServer.exampleRequest("Aleppo"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = TestServer.body(created);
        String id = body.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/collections/" + id);
        assertThat(body.get("articles").asInt()).isEqualTo(5);

        assertThat(server.get("/api/collections").body()).contains(id, "Aleppo");
        JsonNode one = TestServer.body(server.get("/api/collections/" + id));
        assertThat(one.get("articleList")).hasSize(5);

        assertThat(server.delete("/api/collections/" + id).statusCode()).isEqualTo(204);
        assertThat(server.get("/api/collections/" + id).statusCode()).isEqualTo(404);
        assertThat(server.delete("/api/collections/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void servesTheBriefInEveryFormat() throws IOException {
        String id = server.createExample("formats");
        HttpResponse<String> json = server.get("/api/collections/" + id + "/brief?format=json&wait=60");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode brief = TestServer.body(json);
        assertThat(brief.get("schema").asText()).isEqualTo("newsbrief/brief/1");
        assertThat(brief.get("summary").size()).isPositive();
        assertThat(brief.get("figures").size()).isPositive();
        assertThat(brief.get("timeline").size()).isPositive();

        HttpResponse<String> md = server.get("/api/collections/" + id + "/brief?format=md&download=1");
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".md");
        assertThat(md.body()).contains("## Summary");

        HttpResponse<String> html = server.get("/api/collections/" + id + "/brief?format=html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
    }

    @Test
    void briefOptionsAreValidated() throws IOException {
        String id = server.createExample("options");
        assertError(server.get("/api/collections/" + id + "/brief?summarizer=nope"), 400, "unknown summarizer");
        assertError(server.get("/api/collections/" + id + "/brief?words=abc"), 400, "whole number");
        assertError(server.get("/api/collections/" + id + "/brief?words=5"), 400, "words");
        assertError(server.get("/api/collections/" + id + "/brief?format=pdf"), 400, "unknown format");
        HttpResponse<String> lead = server.get("/api/collections/" + id + "/brief?summarizer=lead&words=60&wait=60");
        assertThat(TestServer.body(lead).get("run").get("config").get("summarizer").asText()).isEqualTo("lead");
    }

    @Test
    void anUnfinishedBriefAnswers202WithProgressUntilItIsReady() throws IOException, InterruptedException {
        String id = server.createExample("progress");
        HttpResponse<String> first = server.get("/api/collections/" + id + "/brief?wait=0&words=90");
        assertThat(first.statusCode()).isIn(200, 202);
        if (first.statusCode() == 202) {
            assertThat(TestServer.body(first).get("status").asText()).isEqualTo("running");
            assertThat(first.headers().firstValue("Retry-After")).isPresent();
        }
        assertThat(server.get("/api/collections/" + id + "/brief?wait=60&words=90").statusCode()).isEqualTo(200);
    }

    @Test
    void updateRenamesAddsAndRemovesArticlesAndDropsStaleBriefs() throws IOException {
        String id = server.createExample("before");
        String before = server.get("/api/collections/" + id + "/brief?wait=60").body();
        String firstArticle = TestServer.body(server.get("/api/collections/" + id)).get("articleList").get(0).get("id").asText();
        HttpResponse<String> updated = server.json("PATCH", "/api/collections/" + id, Map.of("name", "after",
                "remove", List.of(firstArticle),
                "texts", List.of("Aid convoy reaches Aleppo\ndate 2016-11-28\nA United Nations aid convoy reached east Aleppo on Monday.")));
        assertThat(updated.statusCode()).isEqualTo(200);
        JsonNode body = TestServer.body(updated);
        assertThat(body.get("name").asText()).isEqualTo("after");
        assertThat(body.get("articles").asInt()).isEqualTo(5);
        String after = server.get("/api/collections/" + id + "/brief?wait=60").body();
        assertThat(after).isNotEqualTo(before).doesNotContain("\"articleId\":\"" + firstArticle + "\"");
    }

    @Test
    void removingIdsTheCollectionDoesNotHoldMakesNoRoomAndIsAnswered() throws IOException {
        String id = server.createExample("full"); // 5 of the 8 allowed articles
        List<String> four = java.util.Collections.nCopies(4, "Headline\nSome words about the siege of Aleppo.");
        assertError(server.json("PATCH", "/api/collections/" + id, Map.of("remove", List.of("made-up-1", "made-up-2"),
                "texts", four)), 413, "limit is 8");
        HttpResponse<String> noop = server.json("PATCH", "/api/collections/" + id, Map.of("remove", List.of("made-up-1")));
        assertThat(noop.statusCode()).isEqualTo(200);
        JsonNode body = TestServer.body(noop);
        assertThat(body.get("articles").asInt()).isEqualTo(5);
        assertThat(body.get("removed").asInt()).isZero();
        assertThat(body.get("issues").toString()).contains("made-up-1", "no such article");
    }

    @Test
    void createsFromAMultipartForm() {
        String boundary = "----newsbrief-test";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nform\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nConvoy reaches Aleppo\ndate 2016-11-28\nA convoy reached east Aleppo on Monday.\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"report.html\"\r\nContent-Type: text/html\r\n\r\n"
                + "<html><head><title>Rebels retreat</title></head><body><article><p>Rebels retreated from Sakhour on Monday, residents said.</p></article></body></html>\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> created = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/collections")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(TestServer.body(created).get("articles").asInt()).isEqualTo(2);
    }

    @Test
    void refusesMalformedJsonWrongTypesAndEmptyRequests() {
        assertError(server.json("POST", "/api/collections", "{not json"), 400, "malformed JSON");
        assertError(server.json("POST", "/api/collections", "[1,2]"), 400, "JSON object");
        assertError(server.json("POST", "/api/collections", Map.of("texts", "not a list")), 400, "'texts' must be an array");
        assertError(server.json("POST", "/api/collections", Map.of()), 400, "nothing to add");
        assertError(server.json("POST", "/api/collections", Map.of("files", List.of(Map.of("name", "x.bin", "content", "zz")))),
                400, "no readable articles");
        assertError(server.send(HttpRequest.newBuilder(URI.create(server.url("/api/collections")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello"))), 415, "application/json");
    }

    @Test
    void refusesOversizedBodiesAndTooManyArticles() {
        String big = "x".repeat(300 * 1024);
        assertError(server.json("POST", "/api/collections", Map.of("texts", List.of(big))), 413, "limit");
        byte[] chunked = ("{\"texts\": [\"" + big + "\"]}").getBytes(StandardCharsets.UTF_8);
        assertError(server.send(HttpRequest.newBuilder(URI.create(server.url("/api/collections")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunked)))), 413, "limit");
        List<String> nine = java.util.Collections.nCopies(9, "Headline\nSome words about the siege of Aleppo.");
        assertError(server.json("POST", "/api/collections", Map.of("texts", nine)), 413, "limit is 8");
    }

    @Test
    void unknownIdsAndPathsAnswer404AsJson() {
        assertError(server.get("/api/collections/nope"), 404, "no collection");
        assertError(server.get("/api/collections/nope/brief"), 404, "no collection");
        assertError(server.json("PATCH", "/api/collections/nope", Map.of("name", "x")), 404, "no collection");
        assertError(server.get("/api/nothing-here"), 404, "not found");
    }

    @Test
    void aKnownPathWithTheWrongMethodAnswers405AsJson() {
        assertError(server.delete("/api/health"), 405, "method DELETE is not allowed on /api/health");
        assertError(server.json("POST", "/api/collections/nope/brief", Map.of()), 405, "not allowed");
    }

    @Test
    void excerptShowsTheCitedSentenceInItsParagraph() throws IOException {
        String id = server.createExample("excerpt");
        JsonNode brief = TestServer.body(server.get("/api/collections/" + id + "/brief?wait=60"));
        JsonNode sentence = brief.get("summary").get(0);
        JsonNode excerpt = TestServer.body(server.get("/api/collections/" + id + "/excerpt?article="
                + java.net.URLEncoder.encode(sentence.get("articleId").asText(), StandardCharsets.UTF_8)
                + "&start=" + sentence.get("span").get("start") + "&end=" + sentence.get("span").get("end")));
        assertThat(excerpt.get("sentence").asText()).isEqualTo(sentence.get("text").asText());
        assertError(server.get("/api/collections/" + id + "/excerpt?article=" + sentence.get("articleId").asText() + "&start=0&end=99999999"),
                400, "outside");
    }

    @Test
    void refusesUrlsToLoopbackAndOtherSchemes() {
        HttpResponse<String> response = server.json("POST", "/api/collections",
                Map.of("urls", List.of("http://127.0.0.1:" + server.server.port() + "/api/health", "file:///etc/passwd")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("loopback or private address", "only http and https");
    }

    @Test
    void fetchesUrlsWhenPrivateAddressesAreAllowed(@TempDir Path other) throws IOException {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<html><head><title>Civilians flee Aleppo</title><meta property=\"og:site_name\" content=\"Test News\"></head>"
                + "<body><article><p>Thousands of civilians fled east Aleppo on Sunday as government forces advanced.</p>"
                + "<p>The United Nations said 250,000 people remain besieged.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        site.createContext("/story", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/story");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        site.start();
        try (TestServer permissive = new TestServer(TestServer.config(other).withAllowPrivateUrls(true))) {
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            HttpResponse<String> created = permissive.json("POST", "/api/collections",
                    Map.of("urls", List.of(base + "/moved", base + "/missing")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode body = TestServer.body(created);
            assertThat(body.get("articles").asInt()).isEqualTo(1);
            assertThat(body.get("issues").toString()).contains("/missing", "404");
            JsonNode article = TestServer.body(permissive.get("/api/collections/" + body.get("id").asText())).get("articleList").get(0);
            assertThat(article.get("url").asText()).isEqualTo(base + "/story");
            assertThat(article.get("outlet").asText()).isEqualTo("Test News");
        } finally {
            site.stop(0);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(server.get("/api/nothing").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = TestServer.body(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).containsIgnoringCase(message);
        assertThat(response.body()).doesNotContain("at org.", "Exception:");
    }
}
