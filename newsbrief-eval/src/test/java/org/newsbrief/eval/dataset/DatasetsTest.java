package org.newsbrief.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {

    @TempDir
    Path root;

    /** Three DUC clusters d30001t..d30003t of one document and one model each. */
    private Path threeDucClusters() throws IOException {
        Files.createDirectories(root.resolve("models"));
        for (int i = 1; i <= 3; i++) {
            Path cluster = Files.createDirectories(root.resolve("docs/d3000" + i + "t"));
            Files.writeString(cluster.resolve("APW19981016.000" + i), "<DOC><DOCNO> APW19981016.000" + i
                    + " </DOCNO><TEXT><P>The council met on Friday in cluster " + i + ".</P></TEXT></DOC>\n");
            Files.writeString(root.resolve("models/D3000" + i + ".M.100.T.A"), "The council met.\n");
        }
        return root;
    }

    @Test
    void limitAndSkipApplyToDucFoldersToo() throws IOException {
        Path duc = threeDucClusters();
        assertThat(Datasets.open("duc2004", duc, 0, 2).clusters()).extracting(EvalCluster::id)
                .containsExactly("d30001t", "d30002t");
        assertThat(Datasets.open("duc2003", duc, 1, 1).clusters()).extracting(EvalCluster::id)
                .containsExactly("d30002t");
        assertThat(Datasets.open("duc2004", duc, 2, 0).clusters()).extracting(EvalCluster::id)
                .containsExactly("d30003t");
    }

    @Test
    void skipPastTheLastClusterNamesHowManyThereAre() throws IOException {
        Path duc = threeDucClusters();
        assertThatThrownBy(() -> Datasets.open("duc2004", duc, 3, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--skip 3 leaves no clusters in " + duc + ": there are 3");
    }

    @Test
    void negativeCountsNameBothOptions() {
        assertThatThrownBy(() -> Datasets.open("duc2004", root, 0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--skip and --limit must not be negative: --skip 0, --limit -1");
    }
}
