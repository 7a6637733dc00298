package org.newsbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.brief.Brief;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.model.Issue;
import org.newsbrief.testing.Stories;

class BriefPipelineTest {

    @TempDir
    Path dir;

    private final BriefPipeline pipeline = new BriefPipeline(BriefConfig.defaults());

    @Test
    void briefsTheExampleStory() {
        Brief brief = pipeline.run(List.of(Stories.exampleFolder()), Progress.NONE);
        assertThat(brief.sources()).hasSize(5);
        assertThat(brief.summary()).isNotEmpty();
        assertThat(brief.issues()).isEmpty();
    }

    @Test
    void badFilesBecomeIssuesAndTheRestIsBriefed() throws Exception {
        Files.copy(Stories.exampleFolder().resolve("002_ed614cf42815e3f1.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 0, 3});
        Files.writeString(dir.resolve("broken.jsonl"), "{oops\n");
        Brief brief = pipeline.run(List.of(dir), Progress.NONE);
        assertThat(brief.sources()).hasSize(1);
        assertThat(brief.issues()).extracting(Issue::source).containsExactlyInAnyOrder("binary.txt", "broken.jsonl#1");
    }

    @Test
    void aPageOfWidgetTextIsListedWithAWarningAndAddsNothing() throws Exception {
        Files.copy(Stories.exampleFolder().resolve("002_ed614cf42815e3f1.txt"), dir.resolve("good.txt"));
        Files.writeString(dir.resolve("widget.txt"), "Tweet with a location you can add location information to your"
                + " tweets, such as your town, from the web. You always have the option to delete your tweet location"
                + " history. Learn more");
        Brief brief = pipeline.run(List.of(dir), Progress.NONE);
        assertThat(brief.sources()).hasSize(2);
        assertThat(brief.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.source()).isEqualTo("widget.txt");
            assertThat(issue.message()).isEqualTo(BriefPipeline.NO_TEXT_LEFT);
        });
        assertThat(brief.summary()).allSatisfy(s -> assertThat(s.text()).doesNotContainIgnoringCase("tweet"));
    }

    @Test
    void noReadableArticleIsABadInput() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> pipeline.run(List.of(dir), Progress.NONE)).isInstanceOf(NoArticlesException.class)
                .hasMessageContaining("no readable articles").hasMessageContaining("empty.txt: empty file");
    }

    @Test
    void unknownSummarizerFailsBeforeWork() {
        assertThatThrownBy(() -> new BriefPipeline(new BriefConfig("nope", 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valid:");
    }

    @Test
    void reportsProgressPerArticle() {
        java.util.concurrent.atomic.AtomicLong analysed = new java.util.concurrent.atomic.AtomicLong();
        pipeline.run(List.of(Stories.exampleFolder()), (stage, done, total) -> {
            if (stage.equals("analyze")) {
                analysed.accumulateAndGet(done, Math::max);
            }
        });
        assertThat(analysed.get()).isEqualTo(5);
    }

    @Test
    void clusteredInputWithoutAnyStoryIsBriefedAsOneWithAWarning(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("quake.txt"), "An earthquake struck eastern Turkey on Monday.\n");
        java.nio.file.Files.writeString(dir.resolve("vote.txt"), "The senate passed the budget bill after a long debate.\n");
        java.nio.file.Files.writeString(dir.resolve("stocks.txt"), "Markets in Tokyo closed higher as bank shares rallied.\n");
        var collection = new BriefPipeline(org.newsbrief.brief.BriefConfig.defaults())
                .runStories(List.of(dir), BriefPipeline.Stories.CLUSTER, Progress.NONE);
        assertThat(collection.stories()).singleElement().satisfies(brief -> assertThat(brief.sources()).hasSize(3));
        assertThat(collection.stories().get(0).issues()).extracting(org.newsbrief.model.Issue::message)
                .contains("no two of the 3 articles formed a story; they are briefed together as one story");
    }

    /** Writes six articles of each pool into {@code dir}, one file each. */
    private static void write(Path dir, String prefix, String[] pool) throws Exception {
        List<String> texts = org.newsbrief.testing.StoryTexts.articles(pool);
        for (int a = 0; a < texts.size(); a++) {
            Files.writeString(dir.resolve(prefix + a + ".txt"), texts.get(a) + "\n");
        }
    }

    @Test
    void autoBriefsTwoEpisodesOfOneStoryAsOne(@TempDir Path dir) throws Exception {
        write(dir, "shelling-", org.newsbrief.testing.StoryTexts.SHELLING);
        write(dir, "evacuation-", org.newsbrief.testing.StoryTexts.EVACUATION);

        var auto = pipeline.runStories(List.of(dir), BriefPipeline.Stories.AUTO, Progress.NONE);

        assertThat(auto.stories()).singleElement().satisfies(brief -> assertThat(brief.sources()).hasSize(12));
        assertThat(auto.singletons()).isEmpty();
    }

    @Test
    void autoStillSplitsTwoDistinctStories(@TempDir Path dir) throws Exception {
        write(dir, "shelling-", org.newsbrief.testing.StoryTexts.SHELLING);
        write(dir, "quake-", org.newsbrief.testing.StoryTexts.QUAKE);

        var auto = pipeline.runStories(List.of(dir), BriefPipeline.Stories.AUTO, Progress.NONE);

        assertThat(auto.stories()).hasSize(2);
        assertThat(auto.stories()).allSatisfy(brief -> assertThat(brief.sources()).hasSize(6));
    }
}
