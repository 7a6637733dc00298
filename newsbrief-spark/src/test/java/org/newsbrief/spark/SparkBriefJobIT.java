package org.newsbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.brief.Brief;
import org.newsbrief.brief.BriefCollection;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.brief.BriefSource;
import org.newsbrief.brief.JsonBriefWriter;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.model.Article;
import org.newsbrief.pipeline.BriefPipeline;
import org.newsbrief.pipeline.Progress;

/** The job in Spark local mode against the single-JVM pipeline on the same input, and on bad input. */
class SparkBriefJobIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void storiesAndBriefsEqualThoseOfTheSingleJvm() throws Exception {
        Path duc = TestInputs.sharedData("duc2004").orElse(null);
        assumeTrue(duc != null, "../shared/data/duc2004 not found beside the checkout: Spark/single-JVM equality on DUC 2004 not checked");
        List<Article> pooled = new ArrayList<>();
        for (EvalCluster cluster : DucDataset.read("duc2004", duc).clusters()) {
            pooled.addAll(cluster.documents());
        }
        Path input = Files.createDirectories(dir.resolve("in"));
        TestInputs.jsonl(input.resolve("duc2004.jsonl"), pooled, 0, "");
        TestInputs.warc(input.resolve("crawl.warc.gz"), CrawlPages.siegeStory());
        Path out = dir.resolve("out");

        // both set aside DUC 2004's near-identical wire copies by default
        JobReport report = new BriefJob(spark, JobOptions.parse(input.toString(), "--out", out.toString(),
                "--partitions", "4")).run();
        System.out.println("spark job on pooled DUC 2004: " + report.counts() + " " + report.stageMillis());
        BriefCollection single = new BriefPipeline(BriefConfig.defaults())
                .runStories(List.of(input), BriefPipeline.Stories.CLUSTER, Progress.NONE);

        assertThat(report.count("articlesRead")).isEqualTo(pooled.size() + CrawlPages.siegeStory().size());
        assertThat(report.count("duplicates")).isEqualTo(single.duplicates().size()).isPositive();
        List<JsonNode> sparkBriefs = new ArrayList<>();
        for (String line : lines(out.resolve("stories"))) {
            ObjectNode node = (ObjectNode) JSON.readTree(line);
            assertThat(node.get("story").asText()).isEqualTo("s" + (sparkBriefs.size() + 1));
            node.remove("story");
            sparkBriefs.add(node);
        }
        List<JsonNode> singleBriefs = new ArrayList<>();
        for (Brief brief : single.stories()) {
            StringWriter json = new StringWriter();
            new JsonBriefWriter().write(brief, json);
            singleBriefs.add(JSON.readTree(json.toString()));
        }
        assertThat(sparkBriefs).hasSize(singleBriefs.size());
        for (int i = 0; i < singleBriefs.size(); i++) {
            assertThat(sparkBriefs.get(i)).as("brief of story s%d", i + 1).isEqualTo(singleBriefs.get(i));
        }
        List<String> sparkSingletons = new ArrayList<>();
        java.util.Map<String, String> sparkCopies = new java.util.TreeMap<>();
        for (String line : lines(out.resolve("index"))) {
            JsonNode story = JSON.readTree(line);
            if (story.get("size").asInt() == 1) {
                sparkSingletons.add(story.get("articles").get(0).asText());
            }
            story.get("duplicates").forEach(copy -> sparkCopies.put(copy.asText(), story.get("story").asText()));
        }
        assertThat(sparkSingletons).isEqualTo(single.singletons().stream().map(BriefSource::articleId).toList());
        assertThat(sparkCopies.keySet()).isEqualTo(single.duplicates().stream().map(d -> d.copy().articleId())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        assertThat(JSON.readTree(out.resolve("config.json").toFile()).get("config"))
                .isEqualTo(JSON.valueToTree(BriefConfig.defaults()));
    }

    @Test
    void badRecordsAndFilesLandInIssuesAndTheJobSucceeds() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        List<String[]> records = new ArrayList<>(CrawlPages.siegeStory());
        String[] first = records.get(0);
        records.add(new String[] {first[0] + "?copy", first[1], first[2].replace("<title>", "<title>UPDATE: ")});
        records.add(new String[] {"https://img.example.com/photo.jpg", "image/jpeg", "\u00ff\u00d8\u00ff\u00e0 JFIF binary"});
        records.add(TestInputs.page("https://www.example.com/giant", "Giant", "2016-11-28",
                "word ".repeat(60_000)));
        records.add(TestInputs.page("https://www.example.com/last", "Cut short", "2016-11-28",
                "This record is cut in the middle of its payload by the test."));
        Path warc = TestInputs.warc(input.resolve("crawl.warc.gz"), records);
        byte[] bytes = Files.readAllBytes(warc);
        Files.write(warc, Arrays.copyOf(bytes, bytes.length - 60));
        Files.write(input.resolve("broken.warc.gz"), new byte[] {31, -117, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Files.writeString(input.resolve("notes.jsonl"), "{\"title\": \"ok\", \"text\": \"Short note.\"}\n{not json\n"
                + "{\"title\": \"Widget\", \"text\": \"Tweet with a location you can add location information to your"
                + " tweets, such as your town, from the web. Learn more\"}\n");
        Path out = dir.resolve("out");

        JobReport report = new BriefJob(spark, JobOptions.parse(input.toString(), "--out", out.toString(),
                "--max-text-bytes", "200000", "--partitions", "2")).run();

        List<JsonNode> issues = new ArrayList<>();
        for (String line : lines(out.resolve("issues"))) {
            issues.add(JSON.readTree(line));
        }
        assertThat(issues).extracting(i -> i.get("reason").asText())
                .anySatisfy(r -> assertThat(r).contains("page larger than 200000 bytes"))
                .anySatisfy(r -> assertThat(r).contains("without an HTML page passed over"))
                .anySatisfy(r -> assertThat(r).contains("WARC record"))
                .anySatisfy(r -> assertThat(r).contains("not valid JSON"))
                .anySatisfy(r -> assertThat(r).isEqualTo(BriefPipeline.NO_TEXT_LEFT));
        assertThat(issues).extracting(i -> i.get("file").asText()).anySatisfy(f -> assertThat(f).endsWith("broken.warc.gz"));
        assertThat(report.count("duplicates")).isEqualTo(1);
        JsonNode index = JSON.readTree(lines(out.resolve("index")).get(0));
        assertThat(index.get("duplicates").get(0).asText()).isEqualTo("crawl.warc.gz#" + (CrawlPages.siegeStory().size() + 1));
        assertThat(lines(out.resolve("stories"))).isNotEmpty();
    }

    @Test
    void writesParquetOfTheSameRecords() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        TestInputs.warc(input.resolve("crawl.warc.gz"), CrawlPages.siegeStory());
        Path out = dir.resolve("out");
        new BriefJob(spark, JobOptions.parse(input.toString(), "--out", out.toString(), "--format", "parquet",
                "--partitions", "2")).run();
        assertThat(spark.read().parquet(out.resolve("stories").toString()).count()).isEqualTo(1);
        assertThat(spark.read().parquet(out.resolve("index").toString()).count()).isEqualTo(2);
        assertThat(spark.read().parquet(out.resolve("stories").toString()).first().<String>getAs("brief"))
                .contains("\"schema\":\"newsbrief/brief/1\"");
    }

    @Test
    void articlesThatAllStandAloneAreBriefedTogetherAsTheCliDoes() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        TestInputs.warc(input.resolve("crawl.warc.gz"), List.of(
                TestInputs.page("https://news.example.com/harbour", "Harbour bridge reopens", "2019-03-04",
                        "The harbour bridge in Tallinn reopened to traffic on Monday after eight months of repairs.",
                        "Engineers replaced 40 steel cables and resurfaced the deck, the city council said."),
                TestInputs.page("https://sport.example.org/final", "Rowing club wins the cup", "2019-06-15",
                        "The Oxford rowing club won the national cup on Saturday by two lengths.",
                        "Its coach said the crew had trained every morning since January."),
                TestInputs.page("https://science.example.net/comet", "Telescope spots a new comet", "2019-09-21",
                        "Astronomers in Chile found a comet beyond the orbit of Jupiter with a new telescope.",
                        "The comet will pass closest to the Sun in 2021, the observatory said.")));
        Path out = dir.resolve("out");

        new BriefJob(spark, JobOptions.parse(input.toString(), "--out", out.toString(), "--partitions", "2")).run();
        BriefCollection single = new BriefPipeline(BriefConfig.defaults())
                .runStories(List.of(input), BriefPipeline.Stories.CLUSTER, Progress.NONE);

        assertThat(single.stories()).hasSize(1);
        List<String> briefs = lines(out.resolve("stories"));
        assertThat(briefs).hasSize(1);
        ObjectNode sparkBrief = (ObjectNode) JSON.readTree(briefs.get(0));
        assertThat(sparkBrief.remove("story").asText()).isEqualTo("s1");
        StringWriter cli = new StringWriter();
        new JsonBriefWriter().write(single.stories().get(0), cli);
        assertThat(sparkBrief).isEqualTo(JSON.readTree(cli.toString()));
        assertThat(sparkBrief.get("issues").toString()).contains(BriefPipeline.noStoryWarning(3));
        assertThat(lines(out.resolve("issues"))).anySatisfy(line -> assertThat(line).contains(BriefPipeline.noStoryWarning(3)));
        JsonNode index = JSON.readTree(lines(out.resolve("index")).get(0));
        assertThat(index.get("size").asInt()).isEqualTo(3);
        assertThat(index.get("briefed").asBoolean()).isTrue();
    }

    static List<String> lines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }
}
