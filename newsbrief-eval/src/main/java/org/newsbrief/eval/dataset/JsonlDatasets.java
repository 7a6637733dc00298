package org.newsbrief.eval.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsbrief.analysis.OpenNlpSentenceSplitter;
import org.newsbrief.ingest.DateParsing;
import org.newsbrief.model.Article;

/**
 * Reads clusters from JSON Lines: Multi-News ({@code {id, documents:[text], summary}}) and the
 * generic cluster format ({@code {id, documents:[{id,title,text,date,source}], references:[...]}},
 * a reference being a string or a list of lines; see docs/datasets.md). A reference given as one
 * string is split into sentence lines. A cluster without a document text or without a reference
 * fails the read (exit code 2 in the CLI), naming its line. Stateless; the splitter is thread-safe.
 */
public final class JsonlDatasets {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenNlpSentenceSplitter SPLITTER = new OpenNlpSentenceSplitter();

    private JsonlDatasets() {
    }

    /** Multi-News: at most {@code limit} clusters (0 for all). */
    public static Dataset multiNews(Path file, int limit) throws IOException {
        return read("multinews", file, limit, JsonlDatasets::multiNewsCluster);
    }

    /** The generic cluster format: at most {@code limit} clusters (0 for all). */
    public static Dataset generic(Path file, int limit) throws IOException {
        return read("jsonl", file, limit, JsonlDatasets::genericCluster);
    }

    private static Dataset read(String name, Path file, int limit, ClusterParser parser) throws IOException {
        List<EvalCluster> clusters = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null && (limit == 0 || clusters.size() < limit);
                    line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": not valid JSON: " + e.getOriginalMessage());
                }
                EvalCluster cluster = parser.parse(node, "line" + number);
                if (cluster.documents().stream().allMatch(document -> document.body().isBlank())) {
                    throw new IllegalArgumentException(file + " line " + number + ": cluster '" + cluster.id()
                            + "' has no document with text");
                }
                if (cluster.references().isEmpty()) {
                    throw new IllegalArgumentException(file + " line " + number + ": cluster '" + cluster.id()
                            + "' has no reference summary");
                }
                clusters.add(cluster);
            }
        }
        return new Dataset(name, clusters, Checksums.sha256(file.toAbsolutePath().getParent(), List.of(file.toAbsolutePath())));
    }

    private static EvalCluster multiNewsCluster(JsonNode node, String fallbackId) {
        String id = node.path("id").asText(fallbackId);
        List<Article> articles = new ArrayList<>();
        int n = 0;
        for (JsonNode document : node.path("documents")) {
            n++;
            String text = document.asText();
            if (!text.isBlank()) {
                articles.add(new Article(id + "#" + n, "source" + n, null, "", null, text, id + "#" + n));
            }
        }
        return new EvalCluster(id, articles, List.of(sentences(node.path("summary").asText())));
    }

    private static EvalCluster genericCluster(JsonNode node, String fallbackId) {
        String id = node.path("id").asText(fallbackId);
        List<Article> articles = new ArrayList<>();
        int n = 0;
        for (JsonNode document : node.path("documents")) {
            n++;
            String docId = document.path("id").asText(id + "#" + n);
            String text = document.isTextual() ? document.asText() : document.path("text").asText("");
            articles.add(new Article(docId, document.path("source").asText("unknown"), document.path("url").asText(null),
                    document.path("title").asText(""), DateParsing.parse(document.path("date").asText(null)).orElse(null),
                    text, docId));
        }
        List<List<String>> references = new ArrayList<>();
        for (JsonNode reference : node.path("references")) {
            if (reference.isArray()) {
                List<String> lines = new ArrayList<>();
                reference.forEach(line -> lines.add(line.asText()));
                references.add(lines);
            } else {
                references.add(sentences(reference.asText()));
            }
        }
        return new EvalCluster(id, articles, references);
    }

    /** A reference text as sentence lines. */
    static List<String> sentences(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            SPLITTER.split(paragraph).forEach(span -> lines.add(span.of(paragraph)));
        }
        return lines;
    }

    @FunctionalInterface
    private interface ClusterParser {
        EvalCluster parse(JsonNode node, String fallbackId);
    }
}
