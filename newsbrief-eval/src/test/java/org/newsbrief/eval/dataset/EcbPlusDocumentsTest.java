package org.newsbrief.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusDocumentsTest {

    @TempDir
    Path root;

    @Test
    void readsTokensAsSentenceLinesWithTopicAndEventLabels() throws Exception {
        Path topic = Files.createDirectories(root.resolve("ECB+/3"));
        Files.writeString(topic.resolve("3_1ecbplus.xml"), """
                <Document doc_name="3_1ecbplus.xml">
                <token t_id="1" sentence="0" number="0">Judge</token>
                <token t_id="2" sentence="0" number="1">sentences</token>
                <token t_id="3" sentence="0" number="2">man</token>
                <token t_id="4" sentence="1" number="0">AT&amp;T</token>
                <token t_id="5" sentence="1" number="1">reacts</token>
                <Markables/></Document>
                """);
        Files.writeString(topic.resolve("3_2ecb.xml"), "<Document><token t_id=\"1\" sentence=\"0\">Hi</token></Document>");
        List<EcbPlusDocuments.Labelled> documents = EcbPlusDocuments.read(root);
        assertThat(documents).extracting(d -> d.article().id()).containsExactly("3_1ecbplus.xml", "3_2ecb.xml");
        assertThat(documents.get(0).article().body()).isEqualTo("Judge sentences man\nAT&T reacts");
        assertThat(documents).extracting(EcbPlusDocuments.Labelled::event).containsExactly("3_plus", "3_ecb");
        assertThat(documents).extracting(EcbPlusDocuments.Labelled::topic).containsOnly("3");
    }
}
