package org.newsbrief.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsbrief.model.IssueLog;

/**
 * Reads the articles held in one file of the type it accepts. Implementations are stateless
 * and thread-safe. Bad records are skipped and recorded in the issue log; only an I/O failure
 * of the file as a whole is thrown, and the caller records it.
 */
public interface ArticleReader {

    /** Whether this reader handles the file, judged by its name (or, for SGML, by its first bytes). */
    boolean accepts(Path file);

    /**
     * Reads every article in {@code file} and hands it to {@code sink}.
     *
     * @param file the file to read
     * @param context where the file came from, naming and limits
     * @param sink receives articles in file order
     * @param issues receives a record of every skipped or repaired part
     */
    void read(Path file, ReadContext context, Consumer<RawArticle> sink, IssueLog issues) throws IOException;
}
