package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.IssueLog;

class HtmlArticleReaderTest {

    @TempDir
    Path dir;

    private RawArticle readFixture() throws Exception {
        Path file = dir.resolve("news-page.html");
        try (var in = getClass().getResourceAsStream("/fixtures/news-page.html")) {
            Files.copy(in, file);
        }
        List<RawArticle> read = new ArrayList<>();
        new HtmlArticleReader().read(file, new ReadContext(dir, 1_000_000), read::add, new IssueLog());
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    @Test
    void takesMetadataFromOpenGraphAndArticleTags() throws Exception {
        RawArticle article = readFixture();
        assertThat(article.title()).isEqualTo("Government forces gain ground near Aleppo");
        assertThat(article.outlet()).isEqualTo("Daily Example");
        assertThat(article.published()).isEqualTo(LocalDate.of(2016, 9, 24));
        assertThat(article.url()).isEqualTo("https://www.daily-example.com/world/aleppo-gain");
    }

    @Test
    void keepsArticleParagraphsAndDropsPageFurniture() throws Exception {
        String body = readFixture().body();
        assertThat(body).contains("Syrian government forces seized ground", "could last \"for some time\"",
                "exit points for anyone");
        assertThat(body).doesNotContain("Share on Facebook", "Advertisement", "Related stories", "Aleppo convoy attacked",
                "Celebrity news", "Copyright", "World", "By Jane Reporter", "AFP photo", "tracking");
    }

    @Test
    void fallsBackToJsonLdAndTimeElements() {
        String html = "<html><head><script type=\"application/ld+json\">{\"datePublished\":\"2016-11-27T08:00:00Z\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Wire\"}}</script></head><body><article>"
                + "<p>" + "Rebels lost ground in the north of the city on Sunday morning. ".repeat(5) + "</p>"
                + "</article></body></html>";
        RawArticle article = parse(html, "https://example.org/x").orElseThrow();
        assertThat(article.published()).isEqualTo(LocalDate.of(2016, 11, 27));
        assertThat(article.outlet()).isEqualTo("Wire");

        String timed = "<html><body><time datetime=\"2016-11-26\">Saturday</time><p>Short text of the page.</p></body></html>";
        assertThat(parse(timed, null).orElseThrow().published()).isEqualTo(LocalDate.of(2016, 11, 26));
    }

    @Test
    void outletComesFromUrlHostWithoutSiteName() {
        RawArticle article = parse("<p>Rebels retreated from the district.</p>", "https://www.example-news.com/a").orElseThrow();
        assertThat(article.outlet()).isEqualTo("example-news.com");
    }

    @Test
    void pageWithoutTextIsSkippedWithAnIssue() {
        IssueLog issues = new IssueLog();
        Optional<RawArticle> article = new HtmlArticleReader().parse(
                "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8), Optional.empty(), "empty.html",
                null, "empty", issues);
        assertThat(article).isEmpty();
        assertThat(issues.issues()).singleElement().extracting(i -> i.message()).asString().contains("no article text");
    }

    @Test
    void decodesDeclaredWindows1252Page() {
        byte[] bytes = ("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00E9 \u201Cquoted\u201D text of the"
                + " story.</p></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        RawArticle article = new HtmlArticleReader().parse(bytes, Optional.empty(), "p.html", null, "p", new IssueLog())
                .orElseThrow();
        assertThat(article.body()).contains("Caf\u00E9 \u201Cquoted\u201D");
    }

    private static Optional<RawArticle> parse(String html, String url) {
        return new HtmlArticleReader().parse(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), "page.html", url,
                "page", new IssueLog());
    }
}
