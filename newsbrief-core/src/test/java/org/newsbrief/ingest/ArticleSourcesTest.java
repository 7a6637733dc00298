package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.Article;
import org.newsbrief.model.Issue;
import org.newsbrief.model.IssueLog;

class ArticleSourcesTest {

    @TempDir
    Path dir;

    @Test
    void walksDirectoriesRecursivelyInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.writeString(dir.resolve("b/inner/2.txt"), "Second story text.");
        Files.writeString(dir.resolve("a.txt"), "First story text.");
        Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"Third.\"}\n");
        List<Article> articles = ArticleSources.standard().readAll(List.of(dir), new IssueLog());
        assertThat(articles).extracting(Article::id).containsExactly("a.txt", "b/inner/2.txt", "c.jsonl#1");
    }

    @Test
    void skipsBadFilesWithIssuesAndReadsTheRest() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "A good article about the siege.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 9});
        Files.writeString(dir.resolve("notes.docx"), "not an article type");
        Files.writeString(dir.resolve("huge.txt"), "x".repeat(2_000));
        Files.writeString(dir.resolve("README.md"), "About this folder.");
        Files.writeString(dir.resolve("SOURCE.txt"), "source: example.org/corpus @ 1a2b3c (JSON only; the pickles were not kept)");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden text.");
        Files.writeString(dir.resolve("blank.txt"), "\n  \n");
        Files.writeString(dir.resolve("title-only.txt"), "title: A headline and nothing else\n\n");
        IssueLog issues = new IssueLog();
        List<Article> articles = new ArticleSources(
                List.of(new TextArticleReader(), new JsonArticleReader()), 1_000).readAll(List.of(dir), issues);
        assertThat(articles).extracting(Article::id).containsExactly("good.txt");
        assertThat(issues.issues()).extracting(Issue::source)
                .containsExactlyInAnyOrder("binary.txt", "blank.txt", "empty.txt", "huge.txt", "notes.docx", "title-only.txt");
        assertThat(issues.issues()).allMatch(issue -> issue.severity() == Issue.Severity.SKIPPED);
    }

    @Test
    void missingPathFailsBeforeAnyWork() {
        assertThatThrownBy(() -> ArticleSources.standard().readAll(List.of(dir.resolve("nope")), new IssueLog()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such file or directory");
    }

    @Test
    void unreadableSubfolderIsOneIssueAndTheRestIsRead() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("hidden-away.txt"), "Text nobody may read.");
        Files.writeString(dir.resolve("open.txt"), "An article anyone may read.");
        org.junit.jupiter.api.Assumptions.assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "permissions do not hold for this user (root): an unreadable folder cannot be made");
        try {
            IssueLog issues = new IssueLog();
            List<Article> articles = ArticleSources.standard().readAll(List.of(dir), issues);
            assertThat(articles).extracting(Article::id).containsExactly("open.txt");
            assertThat(issues.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.source()).isEqualTo("locked");
                assertThat(issue.message()).isEqualTo("cannot read: permission denied");
            });
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void linksToFoldersAndBrokenLinksAreListedNotDroppedUnseen() throws Exception {
        Path stories = Files.createDirectories(dir.resolve("stories"));
        Files.writeString(stories.resolve("a.txt"), "An article about the siege.");
        Files.createSymbolicLink(stories.resolve("loop"), stories);
        Files.createSymbolicLink(stories.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        IssueLog issues = new IssueLog();
        List<Article> articles = ArticleSources.standard().readAll(List.of(stories), issues);
        assertThat(articles).extracting(Article::id).containsExactly("a.txt");
        assertThat(issues.issues()).extracting(issue -> issue.source() + ": " + issue.message()).containsExactlyInAnyOrder(
                "loop: link to a folder, not followed; give the folder itself", "gone.txt: broken link");
    }

    @Test
    void folderGivenThroughALinkIsRead() throws Exception {
        Path stories = Files.createDirectories(dir.resolve("stories/inner"));
        Files.writeString(stories.resolve("a.txt"), "An article about the siege.");
        Path link = Files.createSymbolicLink(dir.resolve("latest"), dir.resolve("stories"));
        IssueLog issues = new IssueLog();
        assertThat(ArticleSources.standard().readAll(List.of(link), issues)).extracting(Article::id)
                .containsExactly("inner/a.txt");
        assertThat(issues.issues()).isEmpty();
    }

    @Test
    void deniedAccessIsSaidInWordsNotAsABarePath() {
        assertThat(ArticleSources.reason(new java.nio.file.AccessDeniedException("/data/a.txt"))).isEqualTo("permission denied");
        assertThat(ArticleSources.reason(new java.io.IOException("disk on fire"))).isEqualTo("disk on fire");
    }

    @Test
    void fileNamedTwiceIsReadOnceWithAWarning() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "One article about the siege.");
        IssueLog issues = new IssueLog();
        List<Article> articles = ArticleSources.standard().readAll(List.of(dir, file, dir.resolve("./a.txt")), issues);
        assertThat(articles).extracting(Article::id).containsExactly("a.txt");
        assertThat(issues.issues()).hasSize(2).allSatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(Issue.Severity.WARNING);
            assertThat(issue.message()).contains("listed more than once");
        });
    }

    @Test
    void sameNameUnderTwoInputsGetsDistinctIds() throws Exception {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(one.resolve("a.txt"), "One.");
        Files.writeString(two.resolve("a.txt"), "Two.");
        List<Article> articles = ArticleSources.standard().readAll(List.of(one, two), new IssueLog());
        assertThat(articles).extracting(Article::id).containsExactly("a.txt", "a.txt~2");
    }
}
