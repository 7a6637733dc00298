package org.newsbrief.server;

import java.time.Instant;
import java.util.Objects;
import org.newsbrief.brief.BriefConfig;

/**
 * A computed brief in every format it is served in, so that serving it never recomputes.
 *
 * @param config the configuration that produced it
 * @param json the brief as JSON ({@code newsbrief/brief/1})
 * @param markdown the brief as Markdown
 * @param html the brief as a self-contained HTML page
 * @param created when it was computed
 */
public record StoredBrief(BriefConfig config, String json, String markdown, String html, Instant created) {

    public StoredBrief {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(created, "created");
    }
}
