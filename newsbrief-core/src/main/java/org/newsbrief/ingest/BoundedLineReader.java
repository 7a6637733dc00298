package org.newsbrief.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads byte lines from a stream without ever holding more than a limit of one line: the rest
 * of an over-long line is skipped and the line reported as such. Not thread-safe.
 */
final class BoundedLineReader {

    private final InputStream in;
    private final long limit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean overflow;

    BoundedLineReader(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line's bytes without its terminator; null at the end of the stream. */
    byte[] next() throws IOException {
        line.reset();
        overflow = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() < limit) {
                line.write(b);
            } else {
                overflow = true;
            }
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, length - 1);
        }
        return bytes;
    }

    /** Whether the last line returned was cut at the limit. */
    boolean overflowed() {
        return overflow;
    }
}
