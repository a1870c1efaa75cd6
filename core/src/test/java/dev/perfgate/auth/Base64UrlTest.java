package dev.perfgate.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Strict base64url: agrees with the JDK on canonical input, refuses everything else. */
class Base64UrlTest {

    @Test
    void round_trips_every_length() {
        SplittableRandom random = new SplittableRandom(7);
        for (int length = 0; length < 200; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            byte[] text = Base64.getUrlEncoder().withoutPadding().encode(bytes);
            assertThat(Base64Url.decode(text, 0, text.length)).isEqualTo(bytes);
        }
    }

    @Test
    void refuses_padding_foreign_characters_bad_lengths_and_trailing_bits() {
        for (String bad : new String[] {"QQ==", "QQ=", "Q", "QUJDR", "QR", "QUJ", "QU+D", "QU/D", "QU D", "QUJ\n"}) {
            byte[] text = bad.getBytes(US_ASCII);
            assertThat(Base64Url.decode(text, 0, text.length)).as(bad).isNull();
        }
        byte[] canonical = "QQ".getBytes(US_ASCII);
        assertThat(Base64Url.decode(canonical, 0, 2)).containsExactly('A');
        byte[] canonical3 = "QUI".getBytes(US_ASCII);
        assertThat(Base64Url.decode(canonical3, 0, 3)).containsExactly('A', 'B');
    }

    @Test
    void every_byte_outside_the_alphabet_is_refused_in_every_position() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int b = 0; b < 256; b++) {
            if (b < 128 && alphabet.indexOf(b) >= 0) {
                continue;
            }
            for (int position = 0; position < 4; position++) {
                byte[] text = "QUJD".getBytes(US_ASCII);
                text[position] = (byte) b;
                assertThat(Base64Url.decode(text, 0, 4)).as("byte %d at %d", b, position).isNull();
                assertThat(Base64Url.decodeInto(text, 0, 4, new byte[3])).isEqualTo(-1);
            }
        }
    }

    @Test
    void a_foreign_byte_anywhere_in_a_long_segment_is_refused() {
        // Long enough for the eight-character steps, the four-character tail and the remainder.
        byte[] bytes = new byte[47];
        new SplittableRandom(11).nextBytes(bytes);
        byte[] canonical = Base64.getUrlEncoder().withoutPadding().encode(bytes);
        for (int position = 0; position < canonical.length; position++) {
            for (int b : new int[] {'=', '+', '/', ' ', '.', 0, 0x7f, 0x80, 0xc3, 0xff}) {
                byte[] text = canonical.clone();
                text[position] = (byte) b;
                assertThat(Base64Url.decode(text, 0, text.length)).as("byte %d at %d", b, position).isNull();
            }
        }
        assertThat(Base64Url.decode(canonical, 0, canonical.length)).isEqualTo(bytes);
    }

    @Test
    void decodes_a_segment_inside_a_larger_text_at_every_offset() {
        byte[] bytes = new byte[30];
        new SplittableRandom(13).nextBytes(bytes);
        byte[] segment = Base64.getUrlEncoder().withoutPadding().encode(bytes);
        for (int offset = 0; offset < 9; offset++) {
            byte[] text = new byte[offset + segment.length + 5];
            java.util.Arrays.fill(text, (byte) '.');
            System.arraycopy(segment, 0, text, offset, segment.length);
            byte[] out = new byte[bytes.length + 7];
            assertThat(Base64Url.decodeInto(text, offset, offset + segment.length, out)).isEqualTo(bytes.length);
            assertThat(java.util.Arrays.copyOf(out, bytes.length)).isEqualTo(bytes);
        }
    }
}
