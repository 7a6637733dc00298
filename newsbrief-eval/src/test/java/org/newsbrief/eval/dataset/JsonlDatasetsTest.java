package org.newsbrief.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlDatasetsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheGenericClusterFormat() throws Exception {
        Path file = dir.resolve("clusters.jsonl");
        Files.writeString(file, """
                {"id":"s1","documents":[{"id":"a","title":"T","text":"Rebels fled. Army won.","date":"2016-11-27","source":"X"},"Plain text doc."],"references":["One sentence. Two sentences.",["line one","line two"]]}
                """);
        Dataset dataset = JsonlDatasets.generic(file, 0);
        EvalCluster cluster = dataset.clusters().get(0);
        assertThat(cluster.id()).isEqualTo("s1");
        assertThat(cluster.documents()).hasSize(2);
        assertThat(cluster.documents().get(0).published()).isEqualTo(LocalDate.of(2016, 11, 27));
        assertThat(cluster.documents().get(1).body()).isEqualTo("Plain text doc.");
        assertThat(cluster.references()).containsExactly(List.of("One sentence.", "Two sentences."),
                List.of("line one", "line two"));
    }

    @Test
    void readsMultiNewsAndHonoursTheLimit() throws Exception {
        Path file = dir.resolve("mn.jsonl");
        Files.writeString(file, "{\"id\":\"val-0\",\"documents\":[\"Doc one text.\",\"\",\"Doc two.\"],\"summary\":\"First one. Second one.\"}\n"
                + "{\"id\":\"val-1\",\"documents\":[\"x\"],\"summary\":\"y\"}\n");
        Dataset dataset = JsonlDatasets.multiNews(file, 1);
        assertThat(dataset.clusters()).singleElement().satisfies(c -> {
            assertThat(c.documents()).extracting(a -> a.id()).containsExactly("val-0#1", "val-0#3");
            assertThat(c.references()).containsExactly(List.of("First one.", "Second one."));
        });
    }

    @Test
    void skipLeavesOutTheFirstClustersBeforeTheLimit() throws Exception {
        Path file = dir.resolve("multinews_val.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            lines.append("{\"id\":\"val-").append(i).append("\",\"documents\":[\"Doc.\"],\"summary\":\"S.\"}\n");
        }
        Files.writeString(file, lines);
        assertThat(Datasets.open("multinews", file, 1, 2).clusters()).extracting(EvalCluster::id).containsExactly("val-1", "val-2");
        assertThat(Datasets.open("multinews", file, 3, 0).clusters()).extracting(EvalCluster::id).containsExactly("val-3");
        assertThat(Datasets.open("multinews", file, 0, 0).checksum()).isEqualTo(Datasets.open("multinews", file, 2, 0).checksum());
    }

    @Test
    void brokenLineNamesItsLineNumber() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"ok\",\"documents\":[\"Text.\"],\"references\":[\"Ref.\"]}\n{oops\n");
        assertThatThrownBy(() -> JsonlDatasets.generic(file, 0)).hasMessageContaining("line 2");
    }

    @Test
    void clusterWithoutDocumentsOrReferencesNamesItsLine() throws Exception {
        Path noDocuments = dir.resolve("nodocs.jsonl");
        Files.writeString(noDocuments, "{\"id\":\"a\",\"documents\":[\"Text.\"],\"references\":[\"Ref.\"]}\n"
                + "{\"id\":\"b\",\"documents\":[{\"text\":\" \"}],\"references\":[\"Ref.\"]}\n");
        assertThatThrownBy(() -> JsonlDatasets.generic(noDocuments, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: cluster 'b' has no document with text");
        Path noReferences = dir.resolve("norefs.jsonl");
        Files.writeString(noReferences, "{\"id\":\"c\",\"documents\":[\"Text.\"],\"references\":[]}\n");
        assertThatThrownBy(() -> JsonlDatasets.generic(noReferences, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1: cluster 'c' has no reference summary");
    }
}
