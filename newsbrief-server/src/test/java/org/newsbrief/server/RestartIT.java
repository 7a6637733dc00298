package org.newsbrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart on the same data folder loses nothing: collections, articles and computed briefs. */
class RestartIT {

    @Test
    void aRestartedServerServesTheSameCollectionAndBrief(@TempDir Path data) throws IOException {
        String id;
        String brief;
        String collection;
        try (TestServer first = new TestServer(TestServer.config(data))) {
            id = first.createExample("kept");
            brief = first.get("/api/collections/" + id + "/brief?wait=60").body();
            collection = first.get("/api/collections/" + id).body();
        }
        try (TestServer second = new TestServer(TestServer.config(data))) {
            assertThat(second.get("/api/collections/" + id).body()).isEqualTo(collection);
            assertThat(second.get("/api/collections/" + id + "/brief?wait=0").body()).isEqualTo(brief);
        }
    }
}
