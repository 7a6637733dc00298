package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.Article;
import org.newsbrief.model.Issue;
import org.newsbrief.model.IssueLog;

class SgmlArticleReaderTest {

    private static final String DOC =
            "\n<DOC>\n<DOCNO> APW19990101.0001 </DOCNO>\n<TEXT>\nThe bridge opened on Friday.\n</TEXT>\n</DOC>\n";

    @TempDir
    Path dir;

    private final SgmlArticleReader reader = new SgmlArticleReader();

    @Test
    void acceptsAFileOpeningWithDocWhateverItsName() throws Exception {
        assertThat(reader.accepts(Files.writeString(dir.resolve("APW19990101.0001"), DOC))).isTrue();
        assertThat(reader.accepts(Files.writeString(dir.resolve("day.txt"), "\uFEFF" + DOC))).isTrue();
        assertThat(reader.accepts(Files.writeString(dir.resolve("plain.txt"), "The bridge opened.\n<DOC>"))).isFalse();
        assertThat(reader.accepts(Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><p>Hi</p>"))).isFalse();
    }

    @Test
    void acceptsSgmlNamesSoThatABrokenOneIsReported() throws Exception {
        Path garbage = Files.write(dir.resolve("broken.sgml"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3});
        assertThat(reader.accepts(garbage)).isTrue();
        IssueLog issues = new IssueLog();
        List<Article> articles = ArticleSources.standard().readAll(List.of(garbage), issues);
        assertThat(articles).isEmpty();
        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Issue.Severity.SKIPPED);
            assertThat(issue.message()).contains("binary");
        });
    }

    @Test
    void folderOfNistFilesIsReadWithDocnoIdsAndOtherFilesBeside() throws Exception {
        Files.writeString(dir.resolve("APW19990101.0001"), DOC);
        Files.writeString(dir.resolve("NYT19990102.0002"), DOC.replace("APW19990101.0001", "NYT19990102.0002")
                + "<DOC>\n<DOCNO> NYT19990102.0003 </DOCNO>\n<TEXT>\nRepairs were finished.");
        Files.writeString(dir.resolve("notes.txt"), "A plain article about the bridge works.");
        IssueLog issues = new IssueLog();
        List<Article> articles = ArticleSources.standard().readAll(List.of(dir), issues);
        assertThat(articles).extracting(Article::id)
                .containsExactly("APW19990101.0001", "NYT19990102.0002", "NYT19990102.0003", "notes.txt");
        assertThat(articles.get(1).outlet()).isEqualTo("New York Times");
        assertThat(articles.get(2).body()).isEqualTo("Repairs were finished.");
        assertThat(issues.issues()).extracting(Issue::source)
                .containsExactlyInAnyOrder("NYT19990102.0003", "NYT19990102.0003");
    }
}
