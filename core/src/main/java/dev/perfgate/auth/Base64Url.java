package dev.perfgate.auth;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Strict base64url decoding (RFC 4648 §5, RFC 7515 §2): the alphabet {@code A-Z a-z 0-9 - _},
 * no padding, no whitespace, and zero trailing bits, so every byte string has exactly one
 * accepted encoding. That uniqueness is what lets the verified-token cache compare token text
 * instead of decoded bytes. {@link Base64}'s decoder accepts padding and ignores non-zero
 * trailing bits, hence this class and the checks it adds around that decoder.
 *
 * <p>Stateless; thread-safe.
 */
final class Base64Url {

    /** Indexed by an unsigned byte, so the lookup needs no range test (non-ASCII maps to -1). */
    private static final byte[] VALUES = new byte[256];

    static {
        Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
    }

    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    /**
     * Decodes {@code text[from, to)} (ASCII bytes); returns null when it is not canonical
     * base64url, so the caller names the segment in its rejection.
     */
    static byte[] decode(byte[] text, int from, int to) {
        int length = decodedLength(to - from);
        if (length < 0) {
            return null;
        }
        byte[] out = new byte[length];
        return decodeInto(text, from, to, out) < 0 ? null : out;
    }

    /**
     * How many bytes {@code encodedLength} base64url characters decode to, or -1 when no
     * canonical encoding has that length.
     */
    static int decodedLength(int encodedLength) {
        int remainder = encodedLength & 3;
        if (remainder == 1) {
            return -1;
        }
        return (encodedLength >> 2) * 3 + (remainder == 0 ? 0 : remainder - 1);
    }

    /**
     * Decodes {@code text[from, to)} into {@code out[0, n)}, which must hold at least
     * {@link #decodedLength} bytes, and returns n; -1 when it is not canonical base64url (then
     * {@code out} holds garbage). {@link #decode} uses it for the untrusted header and signature.
     */
    static int decodeInto(byte[] text, int from, int to, byte[] out) {
        int length = to - from;
        int remainder = length & 3;
        int decoded = decodedLength(length);
        if (decoded < 0) {
            return -1;
        }
        int in = from;
        int o = 0;
        int fullEnd = to - remainder;
        while (in < fullEnd) {
            int bits = at(text, in) << 18 | at(text, in + 1) << 12
                    | at(text, in + 2) << 6 | at(text, in + 3);
            if (bits < 0) {
                return -1;
            }
            out[o] = (byte) (bits >> 16);
            out[o + 1] = (byte) (bits >> 8);
            out[o + 2] = (byte) bits;
            in += 4;
            o += 3;
        }
        if (remainder == 2) {
            int a = at(text, in);
            int b = at(text, in + 1);
            if ((a | b) < 0 || (b & 0x0f) != 0) {
                return -1;
            }
            out[o] = (byte) (a << 2 | b >> 4);
        } else if (remainder == 3) {
            int a = at(text, in);
            int b = at(text, in + 1);
            int c = at(text, in + 2);
            if ((a | b | c) < 0 || (c & 0x03) != 0) {
                return -1;
            }
            out[o] = (byte) (a << 2 | b >> 4);
            out[o + 1] = (byte) (b << 4 | c >> 2);
        }
        return decoded;
    }

    /**
     * Like {@link #decode}, through the JDK's decoder, which the JVM turns into vector code
     * several times faster than {@link #decodeInto} on a long segment; first the checks that
     * decoder leaves out (padding, non-zero trailing bits), so the same inputs are refused. Its
     * refusals throw and fill a stack trace, so it is meant for text that has already been
     * authenticated (a payload whose signature verified), where a refusal is rare.
     */
    static byte[] decodeAuthenticated(byte[] text, int from, int to) {
        int length = to - from;
        int remainder = length & 3;
        if (remainder == 1 || from < 0 || to > text.length || length < 0) {
            return null;
        }
        if (remainder != 0) {
            int last = at(text, to - 1);
            int spareBits = remainder == 2 ? 0x0f : 0x03;
            if (last < 0 || (last & spareBits) != 0) {
                return null;
            }
        } else if (length > 0 && text[to - 1] == '=') {
            // The JDK's decoder accepts padding, and only at the end: refusing a final '=' refuses it all.
            return null;
        }
        try {
            return URL_DECODER.decode(ByteBuffer.wrap(text, from, length)).array();
        } catch (IllegalArgumentException foreignCharacter) {
            return null;
        }
    }

    /**
     * Whether {@code text}, the ISO-8859-1 bytes of {@code token}, has one byte per character,
     * so that an index found on the String is the same index in the bytes. That holds unless the
     * token holds a surrogate pair, which the encoding turns into a single '?'. Every other
     * character outside base64url (non-ASCII, or '?' for one beyond U+00FF) keeps its place and
     * is refused by the decoders ({@link #VALUES} maps it to -1), or fails the signature; so this
     * is all the verifier must check before indexing, and it costs nothing per byte.
     */
    static boolean oneBytePerChar(String token, byte[] text) {
        return text.length == token.length();
    }

    /** The 6-bit value of {@code text[index]}, or a negative number (sign bit survives the shifts above). */
    private static int at(byte[] text, int index) {
        return VALUES[text[index] & 0xff];
    }

    /** Encodes without padding; used by tests and the JWK tooling, never on the hot path. */
    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
