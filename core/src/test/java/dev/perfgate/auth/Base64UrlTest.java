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
    void decoding_into_a_roomy_buffer_round_trips_and_refuses_alike_at_every_length() {
        SplittableRandom random = new SplittableRandom(17);
        for (int length = 0; length < 120; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            byte[] text = Base64.getUrlEncoder().withoutPadding().encode(bytes);
            byte[] out = new byte[length + 16];
            assertThat(Base64Url.decodeInto(text, 0, text.length, out)).isEqualTo(length);
            assertThat(java.util.Arrays.copyOf(out, length)).isEqualTo(bytes);
            for (int position = 0; position < text.length; position++) {
                byte[] bad = text.clone();
                bad[position] = (byte) (position % 2 == 0 ? '=' : 0xc3);
                assertThat(Base64Url.decodeInto(bad, 0, bad.length, out)).as("length %d, position %d", length, position)
                        .isEqualTo(-1);
            }
        }
    }

    @Test
    void the_jdk_backed_decoder_accepts_and_refuses_exactly_what_the_strict_one_does() {
        SplittableRandom random = new SplittableRandom(19);
        byte[] foreign = {'=', '+', '/', ' ', '.', '\n', 0, 0x7f, (byte) 0x80, (byte) 0xc3, (byte) 0xff};
        for (int length = 0; length < 100; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            byte[] segment = Base64.getUrlEncoder().withoutPadding().encode(bytes);
            byte[] text = new byte[segment.length + 4];
            System.arraycopy(segment, 0, text, 2, segment.length);
            assertThat(Base64Url.decodeAuthenticated(text, 2, 2 + segment.length)).isEqualTo(bytes);
            for (int position = 0; position < segment.length; position++) {
                byte[] bad = text.clone();
                bad[2 + position] = foreign[random.nextInt(foreign.length)];
                byte[] strict = Base64Url.decode(bad, 2, 2 + segment.length);
                assertThat(Base64Url.decodeAuthenticated(bad, 2, 2 + segment.length))
                        .as("length %d, byte %d at %d", length, bad[2 + position], position).isEqualTo(strict).isNull();
                byte[] flipped = text.clone();
                flipped[2 + position] ^= 1; // may stay in the alphabet, or leave spare bits set
                assertThat(Base64Url.decodeAuthenticated(flipped, 2, 2 + segment.length))
                        .isEqualTo(Base64Url.decode(flipped, 2, 2 + segment.length));
            }
        }
        for (String bad : new String[] {"QQ==", "QQ=", "Q", "QUJDR", "QR", "QUJ", "QU+D", "QU/D", "QU D", "QUJ\n",
            "QUJD=", "QUJDQQ=A", "QUJDQQ==", "QUI="}) {
            byte[] text = bad.getBytes(US_ASCII);
            assertThat(Base64Url.decodeAuthenticated(text, 0, text.length)).as(bad).isNull();
        }
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

    @org.junit.jupiter.api.Test
    void any_character_outside_base64url_is_refused_at_every_position_of_a_word() {
        String base = "abcdefghijklmnopqrstuvwxyz-_0123";
        for (String odd : new String[] {"\u00e9", "\u0080", "\u00ff", "\u4e00", "?", "\ud800", "\u0100"}) {
            for (int at = 0; at < base.length(); at += 1) {
                // Replacing keeps the length a valid one (32 characters, no trailing bits).
                String text = base.substring(0, at) + odd + base.substring(at + 1);
                byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                org.assertj.core.api.Assertions.assertThat(Base64Url.oneBytePerChar(text, bytes)).as(text).isTrue();
                org.assertj.core.api.Assertions.assertThat(Base64Url.decode(bytes, 0, bytes.length)).as(text).isNull();
                org.assertj.core.api.Assertions.assertThat(Base64Url.decodeAuthenticated(bytes, 0, bytes.length)).as(text).isNull();
            }
        }
        String pair = "ab\ud83d\ude00cd";
        org.assertj.core.api.Assertions.assertThat(Base64Url.oneBytePerChar(pair,
                pair.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isFalse();
    }
}
