package org.newsbrief.eval.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsbrief.model.Article;

/**
 * Reads the ECB+ documents (CAT XML, {@code ECB+/<topic>/<topic>_<n>ecb.xml} and
 * {@code ..ecbplus.xml}) as articles, tokens joined by spaces, one sentence per line. The gold
 * topic is the folder; the gold event is the topic plus its subtopic ({@code ecb} or
 * {@code ecbplus}): each topic holds two similar events. Stateless.
 */
public final class EcbPlusDocuments {

    private static final Pattern TOKEN = Pattern.compile("<token[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    /**
     * One document with its gold labels.
     *
     * @param article the text as an article
     * @param topic the gold topic
     * @param event the gold event (topic and subtopic)
     */
    public record Labelled(Article article, String topic, String event) {
    }

    private EcbPlusDocuments() {
    }

    public static List<Labelled> read(Path root) throws IOException {
        Path corpus = Files.isDirectory(root.resolve("ECB+")) ? root.resolve("ECB+") : root;
        List<Labelled> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                String name = file.getFileName().toString();
                String topic = file.getParent().getFileName().toString();
                String event = topic + (name.endsWith("ecbplus.xml") ? "_plus" : "_ecb");
                documents.add(new Labelled(new Article(name, "ecb+", null, "", null, text(file), name), topic, event));
            }
        }
        return documents;
    }

    private static String text(Path file) throws IOException {
        Matcher matcher = TOKEN.matcher(Files.readString(file, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        String sentence = null;
        while (matcher.find()) {
            if (sentence != null && !sentence.equals(matcher.group(1))) {
                out.append('\n');
            } else if (sentence != null) {
                out.append(' ');
            }
            sentence = matcher.group(1);
            out.append(matcher.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'"));
        }
        return out.toString();
    }
}
