package org.newsbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsbrief.model.IssueLog;

/**
 * Reads NIST/TREC SGML news files ({@code <DOC><DOCNO>..</DOCNO>..<TEXT>..</TEXT></DOC>}, one or
 * more documents a file), as {@link SgmlArticles} describes. A file is taken by its content,
 * whatever its name: its first non-blank text is a {@code <DOC>} tag (NIST names files by DOCNO,
 * {@code APW19981016.0240}, or by day, {@code LA010189}). Files named {@code .sgml} or {@code .sgm}
 * are taken by name too, so that a broken one gets an issue that says why. Stateless and thread-safe.
 */
public final class SgmlArticleReader implements ArticleReader {

    /** Bytes looked at to recognise the format: room for a byte-order mark and leading blank lines. */
    private static final int SNIFF_BYTES = 1024;

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".sgml") || name.endsWith(".sgm") || opensWithDoc(file);
    }

    @Override
    public void read(Path file, ReadContext context, Consumer<RawArticle> sink, IssueLog issues) throws IOException {
        String name = context.relativeName(file);
        byte[] bytes = Files.readAllBytes(file);
        if (TextDecoder.looksBinary(bytes)) {
            issues.skipped(name, "binary content, not SGML text");
            return;
        }
        // NIST SGML is Latin-1 or ASCII; TextDecoder reads valid UTF-8 as such and the rest as windows-1252.
        SgmlArticles.parse(TextDecoder.decode(bytes).text(), name, issues).forEach(sink);
    }

    private static boolean opensWithDoc(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            String text = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
            return SgmlArticles.startsWithDoc(text);
        } catch (IOException e) {
            return false; // the reader chosen by name, or the caller, reports the unreadable file
        }
    }
}
