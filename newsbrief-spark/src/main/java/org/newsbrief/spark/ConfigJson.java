package org.newsbrief.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsbrief.brief.BriefConfig;

/**
 * The brief configuration as JSON: what the driver ships to executors (which build their own
 * pipelines from it) and what the job records in its output. Stateless.
 */
final class ConfigJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigJson() {
    }

    static String write(BriefConfig config) {
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a configuration record always serialises", e);
        }
    }

    static BriefConfig read(String json) {
        try {
            return JSON.readValue(json, BriefConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a brief configuration: " + json, e);
        }
    }
}
