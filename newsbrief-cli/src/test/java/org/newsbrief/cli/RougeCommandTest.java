package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RougeCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private void ducFolders() throws IOException {
        write("models/D30001.M.100.T.A", "The cat sat on the mat.\n");
        write("models/D30001.M.100.T.B", "The dog ran.\n");
        write("peers/d30001t.txt", "The cat sat on the mat.\n");
        write("peers/d30099t.txt", "Nothing to compare with.\n");
    }

    @Test
    void scoresPeersAgainstTheModelsOfTheirCluster() throws IOException {
        ducFolders();
        CliRun run = CliRun.of("rouge", "--peers", dir.resolve("peers").toString(), "--models",
                dir.resolve("models").toString(), "-n", "1", "-x");
        assertThat(run.exitCode()).isEqualTo(0);
        // model A: 6 of 6 unigrams; model B: "the" once of 3; the peer's 6 unigrams counted once per model
        assertThat(run.out()).containsPattern("ROUGE-1\\s+0\\.77778\\s+0\\.58333\\s");
        assertThat(run.out()).contains("1 summaries");
        assertThat(run.err()).contains("no model summaries for d30099t.txt");
    }

    @Test
    void scoresJsonLinesPairsAndWritesJson() throws IOException {
        Path pairs = write("pairs.jsonl", """
                {"id": "one", "peer": ["police killed the gunman"], "models": [["police killed the gunman"]]}

                {"id": "two", "peer": "the gunman fled", "models": [["police killed the gunman"]]}
                """);
        Path json = dir.resolve("out/scores.json");
        Files.createDirectories(json.getParent());
        CliRun run = CliRun.of("rouge", "--pairs", pairs.toString(), "-n", "2", "--json", json.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("flags").asText()).startsWith("-n 2 ");
        assertThat(root.at("/scores/one/ROUGE-1/recall").asDouble()).isEqualTo(1.0);
        // "the gunman" matches 2 of the model's 4 unigrams and 1 of its 3 bigrams
        assertThat(root.at("/scores/two/ROUGE-1/recall").asDouble()).isEqualTo(0.5);
        assertThat(root.at("/scores/two/ROUGE-2/recall").asDouble()).isEqualTo(0.33333);
        assertThat(root.at("/means/ROUGE-1/0").asDouble()).isEqualTo(0.75);
        assertThat(root.at("/scores/one/ROUGE-L/f").asDouble()).isEqualTo(1.0);
    }

    @Test
    void peersWithoutModelsIsBadInput() throws IOException {
        ducFolders();
        CliRun run = CliRun.of("rouge", "--peers", dir.resolve("peers").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--peers needs --models");
    }

    @Test
    void peersAndPairsTogetherIsAUsageError() throws IOException {
        ducFolders();
        Path pairs = write("pairs.jsonl", "{}\n");
        CliRun run = CliRun.of("rouge", "--peers", dir.resolve("peers").toString(), "--pairs", pairs.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }
}
