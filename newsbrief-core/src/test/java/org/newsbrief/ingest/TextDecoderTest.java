package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void readsValidUtf8AsUtf8() {
        TextDecoder.Decoded decoded = TextDecoder.decode("Sheikh Maqsoud – café".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("Sheikh Maqsoud – café");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void fallsBackToWindows1252WhenNotUtf8() {
        byte[] bytes = "\u201CQuoted\u201D caf\u00E9".getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo("\u201CQuoted\u201D caf\u00E9");
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void byteOrderMarkWinsAndIsRemoved() {
        byte[] utf16 = "\uFEFFAleppo".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(utf16).text()).isEqualTo("Aleppo");
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', 'b'};
        assertThat(TextDecoder.decode(utf8).text()).isEqualTo("Ab");
    }

    @Test
    void declaredCharsetIsUsedWhenValid() {
        byte[] bytes = "caf\u00E9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(bytes, TextDecoder.charsetNamed("iso-8859-1")).text()).isEqualTo("caf\u00E9");
    }

    @Test
    void unknownCharsetNameIsIgnored() {
        assertThat(TextDecoder.charsetNamed("no-such-charset")).isEqualTo(Optional.empty());
        assertThat(TextDecoder.charsetNamed(null)).isEmpty();
    }

    @Test
    void detectsBinaryContent() {
        assertThat(TextDecoder.looksBinary(new byte[] {'P', 'K', 3, 4, 0, 0, 1})).isTrue();
        assertThat(TextDecoder.looksBinary("plain text\nwith lines\t".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
