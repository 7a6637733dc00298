package org.newsbrief.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.Article;

class DucDatasetTest {

    @TempDir
    Path root;

    @Test
    void readsSgmlDocumentsAndModelsByCluster() throws Exception {
        Path cluster = Files.createDirectories(root.resolve("docs/d30001t"));
        Files.writeString(cluster.resolve("APW19981016.0240"), """
                <DOC>
                <DOCNO> APW19981016.0240 </DOCNO>
                <HEADLINE> Hun Sen rejects talks abroad </HEADLINE>
                <TEXT>
                <P>
                   PHNOM PENH (AP) _ Cambodian leader Hun Sen on Friday rejected
                opposition demands for talks abroad &amp; at home.
                </P>
                </TEXT>
                </DOC>
                """);
        Files.createDirectories(root.resolve("models"));
        Files.writeString(root.resolve("models/D30001.M.100.T.A"), "Hun Sen rejected talks.\n\nOpposition left.\n");
        Files.writeString(root.resolve("models/D30001.M.100.T.B.html"), "Talks were rejected.\n");
        Files.writeString(root.resolve("models/D30002.M.100.T.A"), "Another cluster.\n");
        Dataset dataset = DucDataset.read("duc2004", root);
        assertThat(dataset.clusters()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("d30001t");
            assertThat(c.references()).containsExactly(
                    java.util.List.of("Hun Sen rejected talks.", "Opposition left."), java.util.List.of("Talks were rejected."));
            Article article = c.documents().get(0);
            assertThat(article.id()).isEqualTo("APW19981016.0240");
            assertThat(article.outlet()).isEqualTo("Associated Press");
            assertThat(article.published()).isEqualTo(LocalDate.of(1998, 10, 16));
            assertThat(article.title()).isEqualTo("Hun Sen rejects talks abroad");
            assertThat(article.body()).contains("Cambodian leader Hun Sen", "& at home.").doesNotContain("<P>", "&amp;");
        });
        assertThat(dataset.checksum()).hasSize(64);
    }
}
