package org.newsbrief.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.IssueLog;

/**
 * Reads a plain-text article ({@code .txt}). Leading metadata lines ({@code date 2016-11-27},
 * {@code source: Reuters}, {@code url: ...}, {@code title: ...}) give the metadata; text after
 * a date on the same line stays in the body. The first line that looks like a headline (short,
 * no closing full stop) becomes the title. Stateless and thread-safe.
 */
public final class TextArticleReader implements ArticleReader {

    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*(?:date|published)\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.+Z-]+)?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD_LINE = Pattern.compile(
            "^\\s*(source|outlet|url|title)\\s*[:=]\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    public void read(Path file, ReadContext context, Consumer<RawArticle> sink, IssueLog issues) throws IOException {
        String name = context.relativeName(file);
        byte[] bytes = Files.readAllBytes(file);
        if (TextDecoder.looksBinary(bytes)) {
            issues.skipped(name, "binary content, not text");
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.charset().equals(java.nio.charset.StandardCharsets.UTF_8)) {
            issues.warning(name, "not valid UTF-8; read as " + decoded.charset().name());
        }
        sink.accept(parse(name, decoded.text(), FileNames.stem(file)));
    }

    /** Parses article text with optional metadata lines; {@code fallbackOutlet} names the outlet otherwise. */
    static RawArticle parse(String origin, String text, String fallbackOutlet) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        Metadata metadata = new Metadata();
        int first = 0;
        while (first < lines.size()) {
            String line = lines.get(first);
            if (line.isBlank()) {
                first++;
                continue;
            }
            if (!metadata.accept(line, lines, first)) {
                break;
            }
            if (lines.get(first).isBlank()) {
                first++;
            }
        }
        List<String> body = new ArrayList<>(lines.subList(first, lines.size()));
        String title = metadata.title != null ? metadata.title : takeHeadline(body);
        String outlet = metadata.outlet != null ? metadata.outlet
                : metadata.url != null ? FileNames.outletOfUrl(metadata.url).orElse(fallbackOutlet) : fallbackOutlet;
        return new RawArticle(origin, outlet, metadata.url, title, metadata.date, String.join("\n", body).strip());
    }

    /** Removes and returns the first line when it looks like a headline; else empty. */
    private static String takeHeadline(List<String> body) {
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int words = line.split("\\s+").length;
            if (words < 3) {
                continue; // page furniture such as "Share"; the cleaner drops it
            }
            // A line with no text after it is the article, not its title: taking it would drop the article.
            if (Headlines.looksLikeHeadline(line) && hasTextAfter(body, i)) {
                body.remove(i);
                return line;
            }
            return "";
        }
        return "";
    }

    private static boolean hasTextAfter(List<String> lines, int index) {
        return lines.subList(index + 1, lines.size()).stream().anyMatch(line -> !line.isBlank());
    }

    private static final class Metadata {
        private static final int MAX_OUTLET_WORDS = 8;
        private static final int MAX_TITLE_WORDS = 30;
        private LocalDate date;
        private String outlet;
        private String url;
        private String title;

        /** Takes one metadata line; a date line keeps the text after the date in the body. */
        boolean accept(String line, List<String> lines, int index) {
            Matcher dateLine = DATE_LINE.matcher(line);
            if (date == null && dateLine.matches()) {
                date = DateParsing.parse(dateLine.group(1)).orElse(null);
                lines.set(index, dateLine.group(2));
                return date != null;
            }
            Matcher field = FIELD_LINE.matcher(line);
            if (!field.matches()) {
                return false;
            }
            String value = field.group(2).strip();
            if (!looksLikeValue(field.group(1), value)) {
                return false; // "Source: AP Photo. The mayor said ..." is the article's first line, not its outlet
            }
            switch (field.group(1).toLowerCase(Locale.ROOT)) {
                case "source", "outlet" -> outlet = value;
                case "url" -> url = value;
                default -> title = value;
            }
            lines.set(index, "");
            return true;
        }

        /**
         * Whether a field's value is a value and not prose: a URL has no spaces, an outlet at most
         * {@value #MAX_OUTLET_WORDS} words, a title at most {@value #MAX_TITLE_WORDS}. A one-line scraped
         * article opening with a photo credit ("Source: wikimedia commons 25. Akamai ...") was read as
         * its own outlet and the file skipped as having no text.
         */
        private static boolean looksLikeValue(String name, String value) {
            int words = value.split("\\s+").length;
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "url" -> words == 1;
                case "source", "outlet" -> words <= MAX_OUTLET_WORDS;
                default -> words <= MAX_TITLE_WORDS;
            };
        }
    }
}
