package org.newsbrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Maps the field names common in news dumps onto an article: {@code title}/{@code headline},
 * {@code text}/{@code body}/{@code content}/{@code maintext}/{@code article},
 * {@code url}/{@code link}, {@code date}/{@code published}/{@code publishedAt}/...,
 * {@code source}/{@code outlet}/{@code publisher}/{@code site} (a string or an object with a
 * {@code name}). Stateless.
 */
final class JsonArticleFields {

    private static final String[] TITLE = {"title", "headline"};
    private static final String[] TEXT = {"text", "body", "content", "maintext", "article", "story"};
    private static final String[] URL = {"url", "link", "uri"};
    private static final String[] DATE = {
        "date", "published", "publishedAt", "published_at", "date_publish", "datePublished", "pubDate",
        "publication_date", "dct", "timestamp"};
    private static final String[] SOURCE = {"source", "outlet", "publisher", "site", "source_domain", "site_name"};

    private JsonArticleFields() {
    }

    /** The article in {@code node}, or empty when it has no text field. */
    static Optional<RawArticle> toArticle(JsonNode node, String origin, String fallbackOutlet) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        Optional<String> text = first(node, TEXT);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        String url = first(node, URL).orElse(null);
        String outlet = first(node, SOURCE)
                .or(() -> FileNames.outletOfUrl(url))
                .orElse(fallbackOutlet);
        String title = first(node, TITLE).orElse("");
        return Optional.of(new RawArticle(origin, outlet, url, title,
                first(node, DATE).flatMap(DateParsing::parse).orElse(null), text.get()));
    }

    /**
     * The date field's text when {@code node} has one that is not a date {@link DateParsing} reads
     * ("2024-13-45", an epoch number), so that the article, left undated, is reported.
     */
    static Optional<String> unreadableDate(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        return first(node, DATE).filter(date -> DateParsing.parse(date).isEmpty());
    }

    /** Why {@code node} holds no article, for the issue list: what is there instead of a text. */
    static String whyNoArticle(JsonNode node) {
        if (node == null || !node.isObject()) {
            String type = node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            return "the record is " + (type.equals("array") || type.equals("object") ? "an " : "a ") + type
                    + ", not an object with a text field";
        }
        for (String name : TEXT) {
            JsonNode value = node.get(name);
            if (value != null && (value.isArray() || value.isObject())) {
                return "field '" + name + "' is " + (value.isArray() ? "an array" : "an object") + ", not a string";
            }
            if (value != null && value.isValueNode() && !value.isNull()) {
                return "field '" + name + "' is empty";
            }
        }
        return "no text field (" + String.join(", ", TEXT) + ") in the record";
    }

    private static Optional<String> first(JsonNode node, String[] names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isObject() && value.hasNonNull("name")) {
                value = value.get("name");
            }
            if (value.isValueNode() && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }
}
