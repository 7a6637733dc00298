package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.IssueLog;

class TextArticleReaderTest {

    @TempDir
    Path dir;

    @Test
    void leadingDateLineGivesPublicationDateAndKeepsTheRestOfTheLine() {
        RawArticle article = TextArticleReader.parse("a.txt",
                " date 2016-11-27 A tank is seen on a street (AFP photo)\n\nALEPPO — Thousands fled.", "a");
        assertThat(article.published()).isEqualTo(LocalDate.of(2016, 11, 27));
        assertThat(article.body()).startsWith("A tank is seen on a street (AFP photo)");
        assertThat(article.body()).contains("Thousands fled.");
    }

    @Test
    void firstHeadlineLikeLineBecomesTheTitle() {
        RawArticle article = TextArticleReader.parse("b.txt",
                "Share\n\nGovernment forces gain ground near Aleppo\n\nSyrian forces seized ground on Saturday.", "b");
        assertThat(article.title()).isEqualTo("Government forces gain ground near Aleppo");
        assertThat(article.body()).doesNotContain("gain ground near Aleppo").contains("Share");
    }

    @Test
    void onlyLineStaysTheBodyEvenWhenItLooksLikeAHeadline() {
        // Regression: a one-line article ending in a CJK full stop was taken as the title, leaving no body,
        // and the file was skipped as "no article text (only blank lines or metadata)".
        String line = "Der Bürgermeister sagte, dass 12 Menschen bei der Flut am Sonntag starben. 北京今天下雨。";
        RawArticle article = TextArticleReader.parse("g.txt", line + "\n\n", "g");
        assertThat(article.body()).isEqualTo(line);
        assertThat(article.title()).isEmpty();
    }

    @Test
    void sentenceOnFirstLineIsNotATitle() {
        RawArticle article = TextArticleReader.parse("c.txt", "Syrian forces retook six areas on Sunday.\nMore.", "c");
        assertThat(article.title()).isEmpty();
        assertThat(article.body()).startsWith("Syrian forces retook six areas on Sunday.");
    }

    @Test
    void namedMetadataFieldsNeedAColon() {
        RawArticle article = TextArticleReader.parse("d.txt",
                "source: Reuters\nurl: https://www.reuters.com/x\nTitle fight ends in a draw after ten rounds.", "d");
        assertThat(article.outlet()).isEqualTo("Reuters");
        assertThat(article.url()).isEqualTo("https://www.reuters.com/x");
        assertThat(article.body()).startsWith("Title fight ends");
    }

    @Test
    void fieldLineOfProseIsTheArticleNotItsMetadata() {
        String line = "Source: city archive photo. The mayor said on Monday that 12 homes were lost in the fire"
                + " and that the council would meet again next week to discuss the rebuilding plan.";
        RawArticle article = TextArticleReader.parse("h.txt", line, "h");
        assertThat(article.body()).isEqualTo(line);
        assertThat(article.outlet()).isEqualTo("h");
        RawArticle titled = TextArticleReader.parse("i.txt", "url: see the page of the council\nText here.", "i");
        assertThat(titled.url()).isNull();
        assertThat(titled.body()).startsWith("url: see the page");
    }

    @Test
    void outletFallsBackToUrlHostThenFileName() {
        assertThat(TextArticleReader.parse("e.txt", "url: https://www.bbc.co.uk/news/1\nText here.", "e").outlet())
                .isEqualTo("bbc.co.uk");
        assertThat(TextArticleReader.parse("f.txt", "Text here.", "file-stem").outlet()).isEqualTo("file-stem");
    }

    @Test
    void readsWindows1252FileAndWarnsAboutTheEncoding() throws Exception {
        Path file = dir.resolve("legacy.txt");
        Files.write(file, "Caf\u00E9 owners said \u201Cno\u201D to the plan on Monday.".getBytes(Charset.forName("windows-1252")));
        List<RawArticle> read = new ArrayList<>();
        IssueLog issues = new IssueLog();
        new TextArticleReader().read(file, new ReadContext(dir, 1000), read::add, issues);
        assertThat(read).singleElement().extracting(RawArticle::body)
                .isEqualTo("Caf\u00E9 owners said \u201Cno\u201D to the plan on Monday.");
        assertThat(issues.issues()).singleElement().extracting(i -> i.message()).asString().contains("windows-1252");
    }
}
