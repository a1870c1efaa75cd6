package dev.perfgate.auth;

import dev.perfgate.auth.StrictJson.JsonException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * A position in JSON input and the lexical rules of RFC 8259 that both readers apply alike:
 * whitespace, literals, the number grammar (no leading zeros), strings (no control characters,
 * only the defined escapes, no unpaired surrogate escape, valid UTF-8) and the nesting limit. {@link StrictJson} builds values
 * on top of it and {@link JsonScanner} only checks them, so the two cannot disagree on a token.
 *
 * <p>Not thread-safe: one instance reads one input once.
 */
abstract class JsonCursor {

    /** Nesting limit: a claim set is an object holding at most arrays of objects, a JWKS too. */
    static final int MAX_DEPTH = 8;

    private static final VarHandle LONGS_LITTLE_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    final byte[] in;
    final int end;
    int pos;

    JsonCursor(byte[] in, int end) {
        this.in = in;
        this.end = end;
    }

    /**
     * Checks the string whose opening quote is under {@code pos} and moves past its closing
     * quote; true when it is ASCII without escapes, so its bytes are its characters.
     */
    final boolean scanString() throws JsonException {
        int start = ++pos;
        byte[] in = this.in;
        int end = this.end;
        int i = start;
        // The common case, printable ASCII up to the closing quote, eight bytes at a time: the
        // lowest flagged byte of a word is the first byte that is a quote, a backslash, a control
        // character or non-ASCII (the flags above it may be false, never the lowest one).
        while (i + 8 <= end) {
            long flags = specialBytes((long) LONGS_LITTLE_ENDIAN.get(in, i));
            if (flags != 0) {
                i += Long.numberOfTrailingZeros(flags) >>> 3;
                if (in[i] == '"') {
                    pos = i + 1;
                    return true;
                }
                pos = i;
                return specialString(start);
            }
            i += 8;
        }
        while (i < end) {
            byte b = in[i];
            if (b == '"') {
                pos = i + 1;
                return true;
            }
            if (b == '\\' || b < 0x20) {
                break;
            }
            i++;
        }
        pos = i;
        return specialString(start);
    }

    /** The high bit of each byte of {@code word} that may be '"', '\\', below 0x20 or above 0x7f. */
    private static long specialBytes(long word) {
        long quotes = word ^ 0x2222222222222222L;
        long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
        return ((quotes - ONES) & ~quotes
                | (backslashes - ONES) & ~backslashes
                | (word - 0x2020202020202020L) & ~word
                | word) & HIGH_BITS;
    }

    /** The rest of a string holding escapes, non-ASCII or forbidden bytes: false, or throws. */
    private boolean specialString(int start) throws JsonException {
        int runStart = start;
        while (pos < end) {
            byte b = in[pos];
            if (b == '"') {
                checkUtf8(in, runStart, pos);
                pos++;
                return false;
            }
            if (b >= 0 && b < 0x20) {
                throw new JsonException("control character in string at byte " + pos);
            }
            if (b != '\\') {
                pos++;
                continue;
            }
            checkUtf8(in, runStart, pos);
            if (pos + 1 >= end) {
                break;
            }
            byte e = in[pos + 1];
            pos += 2;
            switch (e) {
                case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
                    break;
                case 'u':
                    unicodeEscape();
                    break;
                default:
                    throw new JsonException("invalid escape at byte " + (pos - 1));
            }
            runStart = pos;
        }
        throw new JsonException("unterminated string");
    }

    /**
     * The four hex digits of a {@code \\u} escape at {@code pos}, and the low half's escape after a
     * high surrogate. A surrogate escape that is not half of a pair (a high one not followed by
     * an escaped low one, or a low one alone) is no character at all: RFC 8259 §8.2 leaves its
     * meaning open and I-JSON (RFC 7493 §2.1) forbids it, so it is refused rather than handed
     * to the application as a broken String.
     */
    private void unicodeEscape() throws JsonException {
        int value = escapedUnit(pos);
        pos += 4;
        if (Character.isLowSurrogate((char) value)) {
            throw new JsonException("unpaired low surrogate escape at byte " + (pos - 6));
        }
        if (Character.isHighSurrogate((char) value)) {
            if (pos + 2 > end || in[pos] != '\\' || in[pos + 1] != 'u'
                    || !Character.isLowSurrogate((char) escapedUnit(pos + 2))) {
                throw new JsonException("unpaired high surrogate escape at byte " + (pos - 6));
            }
            pos += 6;
        }
    }

    /** The UTF-16 unit of the four hex digits at {@code in[at]}; refuses a truncated or invalid escape. */
    private int escapedUnit(int at) throws JsonException {
        if (at + 4 > end) {
            throw new JsonException("truncated \\u escape");
        }
        int value = hex4(in, at);
        if (value < 0) {
            throw new JsonException("invalid \\u escape at byte " + at);
        }
        return value;
    }

    /** The value of the four hex digits at {@code in[at]}, or -1. */
    static int hex4(byte[] in, int at) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[at + i], 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** Refuses {@code in[from, to)} (string content without escapes) unless it is valid UTF-8. */
    static void checkUtf8(byte[] in, int from, int to) throws JsonException {
        for (int i = from; i < to; i++) {
            if (in[i] < 0) {
                utf8String(in, from, to);
                return;
            }
        }
    }

    /** {@code in[from, to)} decoded as UTF-8; malformed or unmappable input is refused. */
    static String utf8String(byte[] in, int from, int to) throws JsonException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonException("invalid UTF-8 in string at byte " + from);
        }
    }

    /**
     * Checks the number under {@code pos} and moves past it; true when it is an integer of at
     * most 18 digits, which cannot overflow a long.
     */
    final boolean scanNumber() throws JsonException {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
        }
        int intStart = pos;
        skipDigits();
        int intDigits = pos - intStart;
        if (intDigits == 0 || (intDigits > 1 && in[intStart] == '0')) {
            throw new JsonException("invalid number at byte " + start);
        }
        boolean integral = true;
        if (pos < end && in[pos] == '.') {
            pos++;
            integral = false;
            requireDigits(start);
        }
        if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
            pos++;
            integral = false;
            if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            requireDigits(start);
        }
        return integral && intDigits <= 18;
    }

    private void requireDigits(int numberStart) throws JsonException {
        int from = pos;
        skipDigits();
        if (pos == from) {
            throw new JsonException("invalid number at byte " + numberStart);
        }
    }

    private void skipDigits() {
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
    }

    /** Checks that {@code word} (true, false or null) is under {@code pos} and moves past it. */
    final void literal(String word) throws JsonException {
        int length = word.length();
        if (pos + length > end) {
            throw new JsonException("unexpected end of input");
        }
        for (int i = 0; i < length; i++) {
            if (in[pos + i] != word.charAt(i)) {
                throw new JsonException("unexpected character at byte " + (pos + i));
            }
        }
        pos += length;
    }

    static void checkDepth(int depth) throws JsonException {
        if (depth > MAX_DEPTH) {
            throw new JsonException("nested deeper than " + MAX_DEPTH);
        }
    }

    final void skipWhitespace() {
        while (pos < end) {
            byte b = in[pos];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return;
            }
            pos++;
        }
    }

    final byte peek() throws JsonException {
        if (pos >= end) {
            throw new JsonException("unexpected end of input");
        }
        return in[pos];
    }

    final void expect(char c) throws JsonException {
        if (peek() != c) {
            throw new JsonException("expected '" + c + "' at byte " + pos);
        }
        pos++;
    }

    /** After the top-level object: only whitespace may follow. */
    final void expectEnd() throws JsonException {
        skipWhitespace();
        if (pos != end) {
            throw new JsonException("content after the JSON object at byte " + pos);
        }
    }

    /** Before the top-level object: it must be the first thing after whitespace. */
    final void expectObjectStart() throws JsonException {
        skipWhitespace();
        if (pos >= end || in[pos] != '{') {
            throw new JsonException("not a JSON object");
        }
    }
}
