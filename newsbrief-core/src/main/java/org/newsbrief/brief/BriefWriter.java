package org.newsbrief.brief;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Renders a brief in one format. Stateless and thread-safe. */
public interface BriefWriter {

    /** Writes the brief to {@code out}; does not close it. */
    void write(Brief brief, Writer out) throws IOException;

    /** The brief as a string. */
    default String render(Brief brief) {
        StringWriter out = new StringWriter();
        try {
            write(brief, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
