package org.newsbrief.eval.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads Timeline17 as stored in {@code shared/data/timeline17}: {@code <topic>_<source>/articles.json}
 * (a list of {@code {uid, dct, dates[], text}}) and {@code *.timeline.json} (a list of
 * {@code {date, text}}). The folders of one topic are merged; every timeline file is one task.
 * Stateless and thread-safe.
 */
public final class Timeline17Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Timeline17Corpus() {
    }

    /** One article: its id (folder/uid), creation date, HeidelTime dates (nulls dropped) and tokenised text. */
    public record Article(String id, LocalDate dct, List<LocalDate> heidelTimeDates, String text) {
        public Article {
            heidelTimeDates = List.copyOf(heidelTimeDates);
        }
    }

    /** One reference timeline: its name and the sentences of each date, dates in order. */
    public record ReferenceTimeline(String name, Map<LocalDate, List<String>> days) {
        public ReferenceTimeline {
            days = java.util.Collections.unmodifiableMap(new TreeMap<>(days));
        }
    }

    /** One topic: the merged articles of its folders and its reference timelines. */
    public record Topic(String name, List<Article> articles, List<ReferenceTimeline> timelines) {
        public Topic {
            articles = List.copyOf(articles);
            timelines = List.copyOf(timelines);
        }
    }

    /** The corpus folder: the first program argument, else the shared data folder's timeline17. */
    static Path root(String[] args) {
        return args.length > 0 ? Path.of(args[0]) : org.newsbrief.eval.dataset.SharedDataFolder.find("timeline17")
                .orElseThrow(() -> new IllegalArgumentException("../shared/data/timeline17 not found; give its path"));
    }

    /** The topics under {@code root}, by name, with their folders merged. */
    public static List<Topic> read(Path root) throws IOException {
        Map<String, List<Article>> articles = new TreeMap<>();
        Map<String, List<ReferenceTimeline>> timelines = new TreeMap<>();
        for (Path folder : folders(root)) {
            String name = folder.getFileName().toString();
            String topic = name.substring(0, name.indexOf('_')).toLowerCase(Locale.ROOT);
            Path articleFile = folder.resolve("articles.json");
            List<Article> topicArticles = articles.computeIfAbsent(topic, k -> new ArrayList<>());
            if (Files.exists(articleFile)) {
                topicArticles.addAll(readArticles(articleFile, name));
            }
            List<ReferenceTimeline> topicTimelines = timelines.computeIfAbsent(topic, k -> new ArrayList<>());
            for (Path file : timelineFiles(folder)) {
                topicTimelines.add(readTimeline(file, name + "/" + file.getFileName()));
            }
        }
        List<Topic> topics = new ArrayList<>();
        articles.forEach((topic, list) -> topics.add(new Topic(topic, list, timelines.get(topic))));
        return topics;
    }

    private static List<Path> folders(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().contains("_")).sorted().toList();
        }
    }

    private static List<Path> timelineFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".timeline.json")).sorted().toList();
        }
    }

    static List<Article> readArticles(Path file, String folder) throws IOException {
        List<Article> result = new ArrayList<>();
        for (JsonNode node : JSON.readTree(file.toFile())) {
            List<LocalDate> dates = new ArrayList<>();
            for (JsonNode date : node.path("dates")) {
                LocalDate parsed = date.isTextual() ? parse(date.asText()) : null;
                if (parsed != null) {
                    dates.add(parsed);
                }
            }
            LocalDate dct = parse(node.path("dct").asText(""));
            if (dct != null) {
                result.add(new Article(folder + "/" + node.path("uid").asText(), dct, dates, node.path("text").asText("")));
            }
        }
        return result;
    }

    static ReferenceTimeline readTimeline(Path file, String name) throws IOException {
        Map<LocalDate, List<String>> days = new TreeMap<>();
        for (JsonNode node : JSON.readTree(file.toFile())) {
            LocalDate date = parse(node.path("date").asText(""));
            if (date != null) {
                days.computeIfAbsent(date, k -> new ArrayList<>()).addAll(sentences(node.path("text").asText("")));
            }
        }
        return new ReferenceTimeline(name, days);
    }

    /** Reference day texts hold several sentences separated by " . " in the tokenised text. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.trim().split("(?<=\\s[.!?])\\s+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    private static LocalDate parse(String text) {
        if (text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
