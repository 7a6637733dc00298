package org.newsbrief.brief;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON with stable field names, documented in {@code docs/brief-json.md}: a {@code schema}
 * marker, then the fields of {@link Brief}. Dates are ISO strings; unknown values are null.
 * Stateless and thread-safe.
 */
public final class JsonBriefWriter implements BriefWriter {

    /** Identifies the layout; changes when a field is renamed or removed. */
    public static final String SCHEMA = "newsbrief/brief/1";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(Brief brief, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.setAll((ObjectNode) MAPPER.valueToTree(brief));
        out.write(MAPPER.writeValueAsString(root));
        out.write('\n');
    }
}
