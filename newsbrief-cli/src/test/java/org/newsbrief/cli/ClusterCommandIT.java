package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandIT {

    @TempDir
    Path dir;

    @Test
    void outputOntoAFolderIsABadUsage() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A strong earthquake struck Haiti near Port-au-Prince.");
        CliRun run = CliRun.of("cluster", "-q", "-o", dir.toString(), dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("it is a directory");
    }

    @Test
    void groupsTwoStoriesAndListsEveryArticleOnce() throws Exception {
        String[] siege = {"Government forces besieged the rebel districts of east Aleppo and shelled the Masaken Hanano area.",
            "Rebels in east Aleppo said government shelling of Masaken Hanano and the besieged districts went on.",
            "Civilians fled Masaken Hanano in east Aleppo as government forces shelled the besieged rebel districts."};
        String[] quake = {"A strong earthquake struck Haiti near Port-au-Prince, collapsing the presidential palace.",
            "Rescuers in Port-au-Prince searched the rubble after the Haiti earthquake destroyed the palace."};
        for (int i = 0; i < siege.length; i++) {
            Files.writeString(dir.resolve("siege" + i + ".txt"), siege[i]);
        }
        for (int i = 0; i < quake.length; i++) {
            Files.writeString(dir.resolve("quake" + i + ".txt"), quake[i]);
        }
        CliRun run = CliRun.of("cluster", "-q", "--threshold", "0.02", dir.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("schema").asText()).isEqualTo("newsbrief/stories/1");
        List<List<String>> stories = new ArrayList<>();
        for (JsonNode story : root.get("stories")) {
            List<String> ids = new ArrayList<>();
            story.get("articles").forEach(a -> ids.add(a.get("id").asText()));
            assertThat(story.get("size").asInt()).isEqualTo(ids.size());
            stories.add(ids);
        }
        assertThat(stories).containsExactly(List.of("siege0.txt", "siege1.txt", "siege2.txt"),
                List.of("quake0.txt", "quake1.txt"));
    }

    @Test
    void setsAsideAWireCopyAndListsItWithItsStory() throws Exception {
        String text = "Government forces besieged the rebel districts of east Aleppo and shelled the Masaken Hanano area"
                + " on Sunday, killing at least twelve civilians, a monitoring group said.";
        Files.writeString(dir.resolve("agency.txt"), text);
        Files.writeString(dir.resolve("paper.txt"), text.toUpperCase(java.util.Locale.ROOT));
        Files.writeString(dir.resolve("quake.txt"), "A strong earthquake struck Haiti near Port-au-Prince.");

        JsonNode root = new ObjectMapper().readTree(CliRun.of("cluster", "-q", dir.toString()).out());
        List<String> listed = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        for (JsonNode story : root.get("stories")) {
            story.get("articles").forEach(a -> listed.add(a.get("id").asText()));
            story.get("duplicates").forEach(d -> copies.add(d.get("id").asText() + " copy of " + d.get("copyOf").asText()));
        }
        assertThat(listed).containsExactlyInAnyOrder("agency.txt", "quake.txt");
        assertThat(copies).containsExactly("paper.txt copy of agency.txt");

        JsonNode all = new ObjectMapper().readTree(CliRun.of("cluster", "-q", "--no-dedup", dir.toString()).out());
        List<String> every = new ArrayList<>();
        all.get("stories").forEach(s -> s.get("articles").forEach(a -> every.add(a.get("id").asText())));
        assertThat(every).containsExactlyInAnyOrder("agency.txt", "paper.txt", "quake.txt");
        assertThat(CliRun.of("cluster", "--duplicate-threshold", "1.5", dir.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void theOnlineMethodGroupsAStreamAndAnUnknownMethodIsABadInput() throws Exception {
        String siege = "Government forces besieged the rebel districts of east Aleppo and shelled Masaken Hanano, and"
                + " thousands of civilians fled the besieged districts of Aleppo as the offensive went on.";
        String quake = "A strong earthquake struck Haiti near Port-au-Prince and collapsed the presidential palace, and"
                + " rescuers searched the rubble of Port-au-Prince for survivors of the Haiti earthquake.";
        Files.writeString(dir.resolve("siege0.txt"), siege);
        Files.writeString(dir.resolve("siege1.txt"), "Rebels said the shelling of Masaken Hanano went on. " + siege);
        Files.writeString(dir.resolve("quake0.txt"), quake);
        Files.writeString(dir.resolve("quake1.txt"), "Rescuers kept searching the rubble. " + quake);

        CliRun run = CliRun.of("cluster", "-q", "--method", "online", dir.toString());
        assertThat(run.exitCode()).isZero();
        List<List<String>> stories = new ArrayList<>();
        for (JsonNode story : new ObjectMapper().readTree(run.out()).get("stories")) {
            List<String> ids = new ArrayList<>();
            story.get("articles").forEach(a -> ids.add(a.get("id").asText()));
            stories.add(ids);
        }
        assertThat(stories).containsExactlyInAnyOrder(List.of("siege0.txt", "siege1.txt"), List.of("quake0.txt", "quake1.txt"));
        CliRun bad = CliRun.of("cluster", "--method", "psychic", dir.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("valid: batch, online");
    }

    @Test
    void attachingSmallStoriesIsABatchOptionOfZeroOrMore() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A strong earthquake struck Haiti near Port-au-Prince.");
        assertThat(CliRun.of("cluster", "-q", "--attach-size", "3", dir.toString()).exitCode()).isZero();
        CliRun negative = CliRun.of("cluster", "-q", "--attach-size", "-1", dir.toString());
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--attach-size must be 0 or more");
        CliRun online = CliRun.of("cluster", "-q", "--method", "online", "--attach-size", "2", dir.toString());
        assertThat(online.exitCode()).isEqualTo(2);
        assertThat(online.err()).contains("batch only");
    }

    @Test
    void missingInputIsABadInput() {
        assertThat(CliRun.of("cluster", dir.resolve("nope").toString()).exitCode()).isEqualTo(2);
    }
}
