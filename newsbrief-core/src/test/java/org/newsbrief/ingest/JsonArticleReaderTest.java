package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.Issue;
import org.newsbrief.model.IssueLog;

class JsonArticleReaderTest {

    @TempDir
    Path dir;

    private final List<RawArticle> read = new ArrayList<>();
    private final IssueLog issues = new IssueLog();

    private void read(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        new JsonArticleReader().read(file, new ReadContext(dir, 10_000), read::add, issues);
    }

    @Test
    void readsOneArticlePerLineWithCommonFieldNames() throws Exception {
        read("dump.jsonl", """
                {"title":"A","text":"Rebels retreated.","url":"https://www.a-news.com/1","date":"2016-11-27"}
                {"headline":"B","body":"Army advanced.","published":"2016-11-26T10:00:00Z","source":{"name":"B Times"}}

                {"title":"C","content":"Civilians fled.","publishedAt":"Nov 25, 2016","outlet":"C Post"}
                """);
        assertThat(read).extracting(RawArticle::title).containsExactly("A", "B", "C");
        assertThat(read).extracting(RawArticle::outlet).containsExactly("a-news.com", "B Times", "C Post");
        assertThat(read).extracting(RawArticle::published).containsExactly(
                LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 26), LocalDate.of(2016, 11, 25));
        assertThat(read).extracting(RawArticle::origin).containsExactly("dump.jsonl#1", "dump.jsonl#2", "dump.jsonl#4");
        assertThat(issues.total()).isZero();
    }

    @Test
    void skipsBrokenLinesAndRecordsWithoutTextButReadsTheRest() throws Exception {
        read("dump.jsonl", "{\"text\":\"First.\"}\n{broken json\n{\"title\":\"no text\"}\n{\"text\":\"Last.\"}\n");
        assertThat(read).extracting(RawArticle::body).containsExactly("First.", "Last.");
        assertThat(issues.issues()).extracting(Issue::source).containsExactly("dump.jsonl#2", "dump.jsonl#3");
    }

    @Test
    void anUnreadableDateLeavesTheArticleUndatedWithAWarning() throws Exception {
        read("dated.jsonl", "{\"text\":\"Bad month.\",\"date\":\"2024-13-45\"}\n"
                + "{\"text\":\"Epoch.\",\"timestamp\":1480000000}\n{\"text\":\"Fine.\",\"date\":\"1850-01-01\"}\n"
                + "{\"text\":\"None.\"}\n");
        assertThat(read).extracting(RawArticle::body).containsExactly("Bad month.", "Epoch.", "Fine.", "None.");
        assertThat(read).extracting(RawArticle::published).containsExactly(null, null, LocalDate.of(1850, 1, 1), null);
        assertThat(issues.issues()).extracting(Issue::source).containsExactly("dated.jsonl#1", "dated.jsonl#2");
        assertThat(issues.issues()).extracting(Issue::message).containsExactly(
                "date '2024-13-45' is not a date; the article is undated (relative dates in it are not resolved)",
                "date '1480000000' is not a date; the article is undated (relative dates in it are not resolved)");
    }

    @Test
    void skipsOverlongRecordWithoutReadingItWhole() throws Exception {
        read("dump.jsonl", "{\"text\":\"" + "x".repeat(20_000) + "\"}\n{\"text\":\"Kept.\"}\n");
        assertThat(read).extracting(RawArticle::body).containsExactly("Kept.");
        assertThat(issues.issues()).singleElement().extracting(Issue::message).asString().contains("longer than");
    }

    @Test
    void readsJsonArraysAndWrappedLists() throws Exception {
        read("list.json", "[{\"text\":\"One.\"},{\"text\":\"Two.\"}]");
        read("wrapped.json", "{\"articles\":[{\"text\":\"Three.\"}]}");
        read("single.json", "{\"text\":\"Four.\",\"title\":\"Solo\"}");
        assertThat(read).extracting(RawArticle::body).containsExactly("One.", "Two.", "Three.", "Four.");
        assertThat(read.get(3).origin()).isEqualTo("single.json");
    }

    @Test
    void byteOrderMarkBeforeTheFirstLineIsNotABrokenRecord() throws Exception {
        Path file = dir.resolve("bom.jsonl");
        Files.write(file, "\uFEFF{\"text\":\"First.\"}\n{\"text\":\"Second.\"}\n".getBytes(StandardCharsets.UTF_8));
        new JsonArticleReader().read(file, new ReadContext(dir, 10_000), read::add, issues);
        assertThat(read).extracting(RawArticle::body).containsExactly("First.", "Second.");
        assertThat(issues.issues()).isEmpty();
    }

    @Test
    void recordWithBytesThatAreNotUtf8IsReadWithAWarning() throws Exception {
        Path file = dir.resolve("latin.jsonl");
        byte[] start = "{\"text\":\"Caf".getBytes(StandardCharsets.US_ASCII);
        byte[] end = ".\"}\n".getBytes(StandardCharsets.US_ASCII);
        byte[] line = java.util.Arrays.copyOf(start, start.length + 1 + end.length);
        line[start.length] = (byte) 0xE9; // e acute in windows-1252, not UTF-8
        System.arraycopy(end, 0, line, start.length + 1, end.length);
        Files.write(file, line);
        new JsonArticleReader().read(file, new ReadContext(dir, 10_000), read::add, issues);
        assertThat(read).extracting(RawArticle::body).containsExactly("Caf\uFFFD.");
        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.source()).isEqualTo("latin.jsonl#1");
            assertThat(issue.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void recordWithoutUsableTextSaysWhatIsThereInstead() throws Exception {
        // Regression: all four were "no text field (text, body or content) in the record".
        read("odd.jsonl", "{\"text\":[\"a\",\"b\"]}\n{\"body\":\"  \"}\n[1,2]\n{\"title\":\"no text\"}\n");
        assertThat(read).isEmpty();
        assertThat(issues.issues()).extracting(Issue::message).containsExactly(
                "field 'text' is an array, not a string",
                "field 'body' is empty",
                "the record is an array, not an object with a text field",
                "no text field (text, body, content, maintext, article, story) in the record");
    }

    @Test
    void invalidJsonFileIsAnIssue() throws Exception {
        read("bad.json", "{not json");
        assertThat(read).isEmpty();
        assertThat(issues.issues()).singleElement().extracting(Issue::message).asString().startsWith("not valid JSON");
    }
}
