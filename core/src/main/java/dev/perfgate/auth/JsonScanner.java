package dev.perfgate.auth;

import dev.perfgate.auth.StrictJson.JsonException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes hold exactly one JSON object by {@link StrictJson}'s rules (duplicate names
 * at every level, depth, UTF-8, escapes, number grammar, no trailing content) without building
 * it, and shows each top-level member to a {@link Members} visitor as a name and a value span.
 *
 * <p>Why: a rich claim set is mostly values nobody reads during validation (roles, groups,
 * custom claims). Building them all was half the cost of validating such a token; checking them
 * costs a fraction of that, and {@link Claims} builds the full map only when asked. The two
 * readers must accept exactly the same inputs; {@code JsonScannerTest} holds them to that.
 *
 * <p>Single-use and not thread-safe; {@link #scan} is the thread-safe entry point.
 */
final class JsonScanner {

    /** What a value is; {@link Members#member} gets one per top-level member. */
    enum Kind { STRING, NUMBER, OBJECT, ARRAY, LITERAL }

    /** Receives the top-level members in input order, after each value has been checked. */
    interface Members {
        /**
         * A top-level member. Its name is {@code in[nameFrom, nameTo)} (between the quotes) when
         * {@code decodedName} is null, else {@code decodedName} (a name with escapes or non-ASCII
         * characters). The value spans {@code in[valueFrom, valueTo)}, quotes and brackets
         * included. {@code plain} means: a string of ASCII without escapes, an integer of at most
         * 18 digits, or an array holding only strings.
         */
        void member(byte[] in, int nameFrom, int nameTo, String decodedName,
                    Kind kind, int valueFrom, int valueTo, boolean plain) throws JsonException;
    }

    private static final VarHandle LONGS_LITTLE_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] in;
    private final int end;
    private final MemberNames names;
    private int pos;
    private int objects;
    /** Set by the value just read: see {@link Members#member}'s {@code plain}. */
    private boolean plain;

    private JsonScanner(byte[] in, int end, MemberNames names) {
        this.in = in;
        this.end = end;
        this.names = names;
    }

    /** Checks {@code json[0, length)}, which must hold exactly one JSON object, showing its members to {@code members}. */
    static void scan(byte[] json, int length, Members members) throws JsonException {
        JsonScanner scanner = new JsonScanner(json, length, MemberNames.forInput(length));
        scanner.skipWhitespace();
        if (scanner.pos >= length || json[scanner.pos] != '{') {
            throw new JsonException("not a JSON object");
        }
        scanner.object(1, members);
        scanner.skipWhitespace();
        if (scanner.pos != length) {
            throw new JsonException("content after the JSON object at byte " + scanner.pos);
        }
    }

    private Kind value(int depth) throws JsonException {
        skipWhitespace();
        byte b = peek();
        plain = false;
        switch (b) {
            case '{':
                object(depth + 1, null);
                plain = false;
                return Kind.OBJECT;
            case '[':
                array(depth + 1);
                return Kind.ARRAY;
            case '"':
                plain = string();
                return Kind.STRING;
            case 't':
                literal("true");
                return Kind.LITERAL;
            case 'f':
                literal("false");
                return Kind.LITERAL;
            case 'n':
                literal("null");
                return Kind.LITERAL;
            default:
                if (b == '-' || (b >= '0' && b <= '9')) {
                    plain = number();
                    return Kind.NUMBER;
                }
                throw new JsonException("unexpected character at byte " + pos);
        }
    }

    /** An object; {@code members} is the visitor for the top level, null below it. */
    private void object(int depth, Members members) throws JsonException {
        checkDepth(depth);
        int object = objects++;
        pos++; // '{'
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new JsonException("expected a member name at byte " + pos);
            }
            int nameFrom = pos + 1;
            boolean plainName = string();
            int nameTo = pos - 1;
            String decodedName = plainName ? null : StrictJson.stringAt(in, nameFrom - 1, pos);
            skipWhitespace();
            expect(':');
            skipWhitespace();
            int valueFrom = pos;
            Kind kind = value(depth);
            if (!names.add(object, in, nameFrom, nameTo, decodedName)) {
                throw new JsonException("duplicate member name \""
                        + (decodedName != null ? decodedName : StrictJson.stringAt(in, nameFrom - 1, nameTo + 1)) + "\"");
            }
            if (members != null) {
                members.member(in, nameFrom, nameTo, decodedName, kind, valueFrom, pos, plain);
            }
            skipWhitespace();
            byte next = peek();
            pos++;
            if (next == '}') {
                return;
            }
            if (next != ',') {
                throw new JsonException("expected ',' or '}' at byte " + (pos - 1));
            }
        }
    }

    private void array(int depth) throws JsonException {
        checkDepth(depth);
        pos++; // '['
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            plain = true;
            return;
        }
        boolean onlyStrings = true;
        while (true) {
            onlyStrings &= value(depth) == Kind.STRING;
            skipWhitespace();
            byte next = peek();
            pos++;
            if (next == ']') {
                plain = onlyStrings;
                return;
            }
            if (next != ',') {
                throw new JsonException("expected ',' or ']' at byte " + (pos - 1));
            }
        }
    }

    /**
     * Checks a string starting at the quote under {@code pos} and moves past its closing quote;
     * true when it is ASCII without escapes.
     */
    private boolean string() throws JsonException {
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

    /** The rest of a string that holds escapes, non-ASCII or forbidden bytes; always false or throws. */
    private boolean specialString(int start) throws JsonException {
        int runStart = start;
        while (pos < end) {
            byte b = in[pos];
            if (b == '"') {
                StrictJson.checkUtf8(in, runStart, pos);
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
            StrictJson.checkUtf8(in, runStart, pos);
            if (pos + 1 >= end) {
                break;
            }
            byte e = in[pos + 1];
            pos += 2;
            switch (e) {
                case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
                    break;
                case 'u':
                    hex4();
                    break;
                default:
                    throw new JsonException("invalid escape at byte " + (pos - 1));
            }
            runStart = pos;
        }
        throw new JsonException("unterminated string");
    }

    private void hex4() throws JsonException {
        if (pos + 4 > end) {
            throw new JsonException("truncated \\u escape");
        }
        for (int i = 0; i < 4; i++) {
            if (Character.digit(in[pos + i], 16) < 0) {
                throw new JsonException("invalid \\u escape at byte " + pos);
            }
        }
        pos += 4;
    }

    /** Checks a number; true when it is an integer of at most 18 digits (so it fits a long). */
    private boolean number() throws JsonException {
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

    private void literal(String word) throws JsonException {
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

    private void checkDepth(int depth) throws JsonException {
        if (depth > StrictJson.MAX_DEPTH) {
            throw new JsonException("nested deeper than " + StrictJson.MAX_DEPTH);
        }
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte b = in[pos];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return;
            }
            pos++;
        }
    }

    private byte peek() throws JsonException {
        if (pos >= end) {
            throw new JsonException("unexpected end of input");
        }
        return in[pos];
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw new JsonException("expected '" + c + "' at byte " + pos);
        }
        pos++;
    }
}
