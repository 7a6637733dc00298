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

    @Test
    void modelFilesInLatin1OrUtf16AreScoredLikeTheirUtf8Text() throws IOException {
        write("models/D30001.M.100.T.A", "The caf\u00e9 sat on the mat.\n");
        write("peers/d30001t.txt", "The caf\u00e9 sat on the mat.\n");
        CliRun utf8 = CliRun.of("rouge", "--peers", dir.resolve("peers").toString(), "--models",
                dir.resolve("models").toString(), "-n", "1", "-x");
        Files.write(dir.resolve("models/D30001.M.100.T.A"), "The caf\u00e9 sat on the mat.\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun latin1 = CliRun.of("rouge", "--peers", dir.resolve("peers").toString(), "--models",
                dir.resolve("models").toString(), "-n", "1", "-x");
        byte[] utf16 = "The caf\u00e9 sat on the mat.\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] marked = new byte[utf16.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, marked, 2, utf16.length);
        Files.write(dir.resolve("models/D30001.M.100.T.A"), marked);
        CliRun utf16Run = CliRun.of("rouge", "--peers", dir.resolve("peers").toString(), "--models",
                dir.resolve("models").toString(), "-n", "1", "-x");
        assertThat(utf8.exitCode()).isEqualTo(0);
        assertThat(utf8.out()).containsPattern("ROUGE-1\\s+1\\.00000\\s+1\\.00000\\s");
        assertThat(latin1.exitCode()).as(latin1.err()).isEqualTo(0);
        assertThat(latin1.out()).isEqualTo(utf8.out());
        assertThat(utf16Run.exitCode()).as(utf16Run.err()).isEqualTo(0);
        assertThat(utf16Run.out()).isEqualTo(utf8.out());
    }

    @Test
    void badPairsLinesUnknownFormulaAndUnwritableJsonAreBadUsage() throws IOException {
        Path pairs = write("pairs.jsonl", "{\"id\": \"one\", \"peer\": [\"a b\"], \"models\": [[\"a b\"]]}\n{\"id\": \"tw\n");
        CliRun broken = CliRun.of("rouge", "--pairs", pairs.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains(pairs + " line 2: not valid JSON");
        Path good = write("good.jsonl", "{\"id\": \"one\", \"peer\": [\"a b\"], \"models\": [[\"a b\"]]}\n");
        CliRun formula = CliRun.of("rouge", "--pairs", good.toString(), "-f", "C");
        assertThat(formula.exitCode()).isEqualTo(2);
        assertThat(formula.err()).contains("-f must be A (average over models) or B (best model), not 'C'");
        Path json = dir.resolve("missing/scores.json");
        CliRun unwritable = CliRun.of("rouge", "--pairs", good.toString(), "--json", json.toString());
        assertThat(unwritable.exitCode()).isEqualTo(2);
        assertThat(unwritable.out()).isEmpty();
        assertThat(unwritable.err()).contains("no such directory");
        CliRun missing = CliRun.of("rouge", "--pairs", dir.resolve("none.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("none.jsonl: no such file");
    }
}
