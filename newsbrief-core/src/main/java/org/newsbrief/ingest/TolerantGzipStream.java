package org.newsbrief.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The decompressed bytes of a gzip file, one member or many, that ends where the compressed data
 * breaks off instead of failing: a download cut short or a damaged tail ends the stream, and
 * {@link #damage()} says what happened. Reading a WARC compressed as a single gzip stream this way
 * keeps the records before the damage; jwarc's own reader fails the whole stream at once. Not
 * thread-safe.
 */
final class TolerantGzipStream extends FilterInputStream {

    private String damage;
    private long delivered;

    TolerantGzipStream(InputStream compressed) throws IOException {
        super(new GZIPInputStream(compressed, 64 * 1024));
    }

    /** Whether a file starts with the gzip magic bytes. */
    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (damage != null) {
            return -1;
        }
        try {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                delivered += n;
            }
            return n;
        } catch (EOFException | ZipException e) {
            damage = "compressed data ends or breaks after " + delivered + " bytes (" + e.getMessage() + ")";
            return -1;
        }
    }

    /** What cut the stream short, or null if it ended normally. */
    String damage() {
        return damage;
    }
}
