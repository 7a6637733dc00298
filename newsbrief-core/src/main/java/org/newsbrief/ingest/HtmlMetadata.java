package org.newsbrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, publication date, outlet and canonical URL from the metadata news pages carry:
 * Open Graph and article meta tags, JSON-LD ({@code datePublished}, {@code publisher.name}),
 * {@code <time datetime>}, and the page title. Stateless and thread-safe.
 */
final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=sailthru.date]",
        "meta[property=og:published_time]"};

    private HtmlMetadata() {
    }

    static String title(Document page) {
        String og = meta(page, "meta[property=og:title]");
        if (!og.isBlank()) {
            return og;
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return page.title().strip();
    }

    static Optional<LocalDate> published(Document page) {
        for (String selector : DATE_META) {
            Optional<LocalDate> date = DateParsing.parse(meta(page, selector));
            if (date.isPresent()) {
                return date;
            }
        }
        Optional<LocalDate> fromJsonLd = jsonLd(page, "datePublished").flatMap(DateParsing::parse);
        if (fromJsonLd.isPresent()) {
            return fromJsonLd;
        }
        for (Element time : page.select("time[datetime]")) {
            Optional<LocalDate> date = DateParsing.parse(time.attr("datetime"));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    static Optional<String> outlet(Document page) {
        String site = meta(page, "meta[property=og:site_name]");
        if (!site.isBlank()) {
            return Optional.of(site);
        }
        return jsonLd(page, "publisher").filter(name -> !name.isBlank());
    }

    static Optional<String> url(Document page) {
        String og = meta(page, "meta[property=og:url]");
        if (!og.isBlank()) {
            return Optional.of(og);
        }
        Element canonical = page.selectFirst("link[rel=canonical]");
        return canonical == null || canonical.attr("href").isBlank()
                ? Optional.empty() : Optional.of(canonical.absUrl("href").isBlank() ? canonical.attr("href") : canonical.absUrl("href"));
    }

    private static String meta(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? "" : element.attr("content").strip();
    }

    /** The first value of {@code field} in any JSON-LD block; for an object, its {@code name}. */
    private static Optional<String> jsonLd(Document page, String field) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = JSON.readTree(script.data()).findValue(field);
                if (found != null) {
                    JsonNode value = found.isArray() && found.size() > 0 ? found.get(0) : found;
                    if (value.isTextual()) {
                        return Optional.of(value.asText());
                    }
                    if (value.hasNonNull("name")) {
                        return Optional.of(value.get("name").asText());
                    }
                }
            } catch (java.io.IOException e) {
                // Broken JSON-LD is common; other metadata still applies.
            }
        }
        return Optional.empty();
    }
}
