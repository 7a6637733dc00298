package org.newsbrief.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes bytes of unknown encoding: a byte-order mark decides first, then strict UTF-8, then
 * windows-1252, which decodes any byte and is what mislabelled Western news pages usually are.
 * Detects binary content (NUL bytes or many control characters) so that it can be skipped.
 * Stateless and thread-safe.
 */
public final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    /**
     * Text and the encoding it was read with.
     *
     * @param text the decoded text, without byte-order mark
     * @param charset the encoding used
     */
    public record Decoded(String text, Charset charset) {
    }

    /** Whether the bytes look like a binary file rather than text. */
    public static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return false;
        }
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return limit > 0 && control * 10 > limit;
    }

    /** Decodes with the byte-order mark, else UTF-8 when valid, else windows-1252. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, Optional.empty());
    }

    /**
     * Decodes using a declared encoding (from HTTP headers or a meta tag) when the bytes are
     * valid in it; a byte-order mark still wins.
     */
    public static Decoded decode(byte[] bytes, Optional<Charset> declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            Optional<String> text = strictDecode(bytes, declared.get());
            if (text.isPresent() && !isAscii(bytes)) {
                return new Decoded(text.get(), declared.get());
            }
        }
        Optional<String> utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /** Parses a charset name leniently; empty when unknown. */
    public static Optional<Charset> charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            String cleaned = name.strip().replace("\"", "").replace("'", "");
            Charset charset = Charset.forName(cleaned);
            // ISO-8859-1 labels in the wild mean windows-1252 (as the HTML standard says).
            return Optional.of(charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictDecode(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
