package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Document;
import org.newsbrief.model.IssueLog;

/** The brief command end to end on the example story. */
class BriefCommandIT {

    @TempDir
    Path dir;

    @Test
    void briefOfTheExampleIsSourcedAndWithinBudget() throws Exception {
        CliRun run = CliRun.of("brief", "--format", "json", "--words", "120", CliRun.example().toString());
        assertThat(run.exitCode()).isZero();
        JsonNode brief = new ObjectMapper().readTree(run.out());

        Map<String, Document> documents = new HashMap<>();
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        ArticleSources.standard().readAll(List.of(CliRun.example()), new IssueLog())
                .forEach(article -> documents.put(article.id(), analyzer.analyze(article)));

        int words = 0;
        Set<Integer> cited = new HashSet<>();
        for (JsonNode sentence : brief.get("summary")) {
            words += sentence.get("text").asText().strip().split("\\s+").length;
            for (JsonNode citation : sentence.get("citations")) {
                int number = citation.get("source").asInt();
                cited.add(number);
                JsonNode source = brief.get("sources").get(number - 1);
                assertThat(source.get("number").asInt()).isEqualTo(number);
                Document document = documents.get(source.get("articleId").asText());
                JsonNode ref = citation.get("sentence");
                assertThat(ref.get("articleId").asText()).isEqualTo(document.id());
                var target = document.sentences().get(ref.get("sentenceIndex").asInt());
                assertThat(target.span().start()).isEqualTo(ref.get("span").get("start").asInt());
                assertThat(target.span().end()).isEqualTo(ref.get("span").get("end").asInt());
            }
            Document own = documents.get(sentence.get("articleId").asText());
            assertThat(own.text()).contains(sentence.get("text").asText());
        }
        assertThat(words).isLessThanOrEqualTo(120);
        assertThat(cited).hasSizeGreaterThanOrEqualTo(3);
        assertThat(run.err()).contains("brief of 5 articles");
    }

    @Test
    void markdownOfTheExampleHasNoBoilerplateLines() {
        CliRun run = CliRun.of("brief", "--quiet", CliRun.example().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("## Summary", "## Sources", "[1]");
        for (String line : run.out().split("\n")) {
            assertThat(line.strip()).isNotIn("Share", "Advertisement", "Other news");
        }
        assertThat(run.out()).doesNotContain("AFP photo");
    }

    @Test
    void mixedInputGetsOneBriefPerStoryAndListsEveryArticleOnce() throws Exception {
        String[] siege = {"Government forces besieged the rebel districts of east Aleppo and shelled Masaken Hanano on Sunday.",
            "Rebels in east Aleppo said government shelling of Masaken Hanano and the besieged districts went on all day.",
            "Civilians fled Masaken Hanano in east Aleppo as government forces shelled the besieged rebel districts again."};
        String[] quake = {"A strong earthquake struck Haiti near Port-au-Prince and collapsed the presidential palace there.",
            "Rescuers in Port-au-Prince searched the rubble after the Haiti earthquake destroyed the presidential palace."};
        for (int i = 0; i < siege.length; i++) {
            Files.writeString(dir.resolve("siege" + i + ".txt"), siege[i]);
        }
        for (int i = 0; i < quake.length; i++) {
            Files.writeString(dir.resolve("quake" + i + ".txt"), quake[i]);
        }
        CliRun run = CliRun.of("brief", "-q", "--stories", "cluster", "--format", "json", dir.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> seen = new java.util.ArrayList<>();
        if (root.has("stories")) {
            assertThat(root.get("schema").asText()).isEqualTo("newsbrief/briefs/1");
            root.get("stories").forEach(b -> b.get("sources").forEach(s -> seen.add(s.get("articleId").asText())));
            root.get("singletons").forEach(s -> seen.add(s.get("articleId").asText()));
        } else {
            root.get("sources").forEach(s -> seen.add(s.get("articleId").asText()));
        }
        assertThat(seen).containsExactlyInAnyOrder("siege0.txt", "siege1.txt", "siege2.txt", "quake0.txt", "quake1.txt");
        assertThat(CliRun.of("brief", "--stories", "many", dir.toString()).err()).contains("valid: auto, one, cluster");
    }

    @Test
    void folderOfNistSgmlFilesIsBriefedWithDocnoDateAndOutletAndItsBadDocumentReported() throws Exception {
        // Written for this test in the shape of NIST newswire files, named by DOCNO without extension.
        String[] texts = {
            "Floods closed the river port of Lorvik on Monday and the harbour master ordered 40 barges to stay moored.",
            "The river port of Lorvik stayed closed on Tuesday as the floods rose, the harbour master said.",
            "Floods at the river port of Lorvik eased on Wednesday and the harbour master let the barges sail."};
        String[] docnos = {"APW19990104.0101", "NYT19990105.0202", "XIE19990106.0303"};
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(dir.resolve(docnos[i]), "<DOC>\n<DOCNO> " + docnos[i] + " </DOCNO>\n<TEXT>\n<P>\n   "
                    + texts[i].replace(" the harbour", "\nthe harbour") + "\n</P>\n</TEXT>\n</DOC>\n");
        }
        Files.writeString(dir.resolve("broken.sgml"),
                "<DOC>\n<DOCNO> APW19990107.0404 </DOCNO>\n<HEADLINE>Only a title</HEADLINE>\n</DOC>\n");
        CliRun run = CliRun.of("brief", "-q", "--stories", "one", "--format", "json", dir.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode brief = new ObjectMapper().readTree(run.out());
        List<String> sources = new java.util.ArrayList<>();
        brief.get("sources").forEach(s -> sources.add(s.get("articleId").asText() + " " + s.get("outlet").asText()
                + " " + s.get("published").asText()));
        assertThat(sources).containsExactly("APW19990104.0101 Associated Press 1999-01-04",
                "NYT19990105.0202 New York Times 1999-01-05", "XIE19990106.0303 Xinhua 1999-01-06");
        assertThat(brief.get("summary").size()).isPositive();
        // Each <P> is one paragraph: a line break inside it must not cut a sentence in two.
        brief.get("summary").forEach(sentence -> assertThat(sentence.get("text").asText()).endsWith("."));
        assertThat(brief.get("issues")).singleElement().satisfies(issue -> {
            assertThat(issue.get("source").asText()).isEqualTo("APW19990107.0404");
            assertThat(issue.get("message").asText()).contains("without <TEXT>");
        });
    }

    @Test
    void aWireCopyIsBriefedOnceAndListedAsACopy() throws Exception {
        String[] siege = {"Government forces besieged the rebel districts of east Aleppo and shelled Masaken Hanano on Sunday.",
            "Rebels in east Aleppo said government shelling of Masaken Hanano and the besieged districts went on all day.",
            "Civilians fled Masaken Hanano in east Aleppo as government forces shelled the besieged rebel districts again."};
        for (int i = 0; i < siege.length; i++) {
            Files.writeString(dir.resolve("siege" + i + ".txt"), siege[i]);
        }
        Files.writeString(dir.resolve("wire.txt"), siege[0]);

        CliRun run = CliRun.of("brief", "-q", "--stories", "cluster", "--format", "json", dir.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> briefed = new java.util.ArrayList<>();
        root.get("stories").forEach(b -> b.get("sources").forEach(s -> briefed.add(s.get("articleId").asText())));
        root.get("singletons").forEach(s -> briefed.add(s.get("articleId").asText()));
        assertThat(briefed).containsExactlyInAnyOrder("siege0.txt", "siege1.txt", "siege2.txt");
        assertThat(root.get("duplicates")).hasSize(1);
        assertThat(root.get("duplicates").get(0).get("copy").get("articleId").asText()).isEqualTo("wire.txt");
        assertThat(root.get("duplicates").get(0).get("copyOf").asText()).isEqualTo("siege0.txt");

        String markdown = CliRun.of("brief", "-q", "--stories", "cluster", dir.toString()).out();
        assertThat(markdown).contains("## Near-identical copies set aside", "(`wire.txt`): copy of `siege0.txt`");
        String kept = CliRun.of("brief", "-q", "--stories", "cluster", "--no-dedup", "--format", "json", dir.toString()).out();
        JsonNode all = new ObjectMapper().readTree(kept);
        List<String> sources = new java.util.ArrayList<>();
        (all.has("stories") ? all.get("stories").get(0) : all).get("sources").forEach(s -> sources.add(s.get("articleId").asText()));
        assertThat(sources).contains("siege0.txt", "wire.txt");
    }

    @Test
    void writesHtmlToAFile() throws Exception {
        Path out = dir.resolve("brief.html");
        CliRun run = CliRun.of("brief", "-q", "-f", "html", "-o", out.toString(), CliRun.example().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("<h2>Summary</h2>");
    }

    @Test
    void missingPathIsAOneLineErrorWithExitCode2() {
        CliRun run = CliRun.of("brief", dir.resolve("missing").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("newsbrief: error: no such file or directory").doesNotContain("\n");
    }

    @Test
    void folderWithoutReadableArticlesExitsWith2() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRun run = CliRun.of("brief", "-q", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no readable articles");
    }

    @Test
    void unknownSummarizerOrFormatExitsWith2ListingValidValues() {
        assertThat(CliRun.of("brief", "--summarizer", "nope", CliRun.example().toString()).err())
                .contains("valid: coverage, centroid-mmr");
        CliRun format = CliRun.of("brief", "--format", "pdf", CliRun.example().toString());
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("valid: md, json, html");
    }

    @Test
    void outputIntoAMissingFolderIsABadUsageNamingTheFolder() {
        Path missing = dir.resolve("no-such-folder").resolve("brief.md");
        CliRun run = CliRun.of("brief", "-q", "-o", missing.toString(), CliRun.example().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write the output to", "no such directory");
    }

    @Test
    void outputOntoAFolderIsABadUsageAndLeavesNoTemporaryFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        CliRun run = CliRun.of("brief", "-q", "-o", folder.toString(), CliRun.example().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("it is a directory");
        try (var left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void outputFileGetsTheBrief() throws Exception {
        Path file = dir.resolve("brief.md");
        assertThat(CliRun.of("brief", "-q", "-o", file.toString(), CliRun.example().toString()).exitCode()).isZero();
        assertThat(Files.readString(file)).contains("## Summary");
    }

    @Test
    void helpIsAvailableEverywhere() {
        assertThat(CliRun.of("--help").exitCode()).isZero();
        CliRun help = CliRun.of("brief", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--words", "--format", "Exit codes");
        assertThat(CliRun.of("--version").out()).startsWith("newsbrief ");
    }

    @Test
    void topLevelHelpSummarisesEveryCommandInACompleteSentence() {
        // Regression: the list showed each command's first description line, cut mid-sentence
        // ("... (files or directories,").
        String help = CliRun.of("--help").out();
        String commands = help.substring(help.indexOf("Commands:") + "Commands:".length(), help.indexOf("Exit codes"));
        for (String entry : commands.strip().split("\\n(?=  \\S)")) {
            assertThat(entry.strip()).as(entry).endsWith(".");
        }
        assertThat(commands).contains("brief", "serve", "eval", "rouge", "bench", "train-scorer");
    }

    @Test
    void noCommandOrBadOptionIsAUsageError() {
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
        assertThat(CliRun.of("brief", "--words", "many", "x").exitCode()).isEqualTo(2);
    }
}
