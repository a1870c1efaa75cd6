package dev.perfgate.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON (RFC 8259) reader for JOSE headers, claim sets and JWK Sets.
 *
 * <p>Strict where JOSE needs it: duplicate member names are an error at every level (RFC 7515
 * §5.2, RFC 7519 §4), nesting deeper than {@link #MAX_DEPTH} is an error (so recursion is
 * bounded and no StackOverflowError is possible), invalid UTF-8, leading zeros, control
 * characters and trailing content are errors. Objects become unmodifiable maps, arrays
 * unmodifiable lists, integers {@link Long} when they fit, other numbers {@link Double},
 * and JSON null Java null. Linear time in the input.
 *
 * <p>Why not Jackson: see the auth note; in short the dedicated reader skips the token and
 * field-name machinery and interns the registered claim names, and a token's JSON is tiny.
 *
 * <p>Instances are single-use; the static entry point is thread-safe.
 */
final class StrictJson {

    /** Nesting limit: a claim set is an object holding at most arrays of objects, a JWKS too. */
    static final int MAX_DEPTH = 8;

    /** Names and values that occur in nearly every header and claim set; returned without allocating. */
    private static final String[] COMMON_NAMES = {
        "alg", "kid", "typ", "crit", "cty", "iss", "sub", "aud", "exp", "nbf", "iat", "jti",
        "scope", "roles", "kty", "use", "crv", "keys", "JWT", "at+jwt", "HS256", "RS256", "ES256", "EdDSA"
    };
    /** {@link #COMMON_NAMES} alone: the table for JSON read without a validator's own strings. */
    static final StringTable COMMON = withCommonNames(List.of());

    private final byte[] in;
    private final int end;
    private final StringTable known;
    private int pos;

    private StrictJson(byte[] in, int end, StringTable known) {
        this.in = in;
        this.end = end;
        this.known = known;
    }

    /**
     * A table of the common JOSE names and values plus {@code more} (e.g. a validator's issuers
     * and audiences), for {@link #parseObject(byte[], int, StringTable)}: one table, so each
     * parsed string costs one lookup.
     */
    static StringTable withCommonNames(Collection<String> more) {
        List<String> all = new ArrayList<>(List.of(COMMON_NAMES));
        all.addAll(more);
        return new StringTable(all);
    }

    /** Parses {@code json}, which must hold exactly one JSON object. */
    static Map<String, Object> parseObject(byte[] json) throws JsonException {
        return parseObject(json, json.length);
    }

    /**
     * Parses {@code json[0, length)}, which must hold exactly one JSON object; the result shares
     * nothing with {@code json}, so a reused buffer may be overwritten afterwards.
     */
    static Map<String, Object> parseObject(byte[] json, int length) throws JsonException {
        return parseObject(json, length, COMMON);
    }

    /**
     * Like {@link #parseObject(byte[], int)}, returning the members of {@code known} (made by
     * {@link #withCommonNames}) as shared instances where the input spells them plainly.
     */
    static Map<String, Object> parseObject(byte[] json, int length, StringTable known) throws JsonException {
        if (length < 0 || length > json.length) {
            throw new IllegalArgumentException("length " + length + " outside a buffer of " + json.length);
        }
        StrictJson reader = new StrictJson(json, length, known);
        reader.skipWhitespace();
        if (reader.pos >= reader.end || json[reader.pos] != '{') {
            throw new JsonException("not a JSON object");
        }
        Map<String, Object> result = reader.readObject(1);
        reader.skipWhitespace();
        if (reader.pos != reader.end) {
            throw new JsonException("content after the JSON object at byte " + reader.pos);
        }
        return result;
    }

    private Object readValue(int depth) throws JsonException {
        skipWhitespace();
        if (pos >= end) {
            throw new JsonException("unexpected end of input");
        }
        byte b = in[pos];
        switch (b) {
            case '{': return readObject(depth + 1);
            case '[': return readArray(depth + 1);
            case '"': return readString();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default:
                if (b == '-' || (b >= '0' && b <= '9')) {
                    return readNumber();
                }
                throw new JsonException("unexpected character at byte " + pos);
        }
    }

    private Map<String, Object> readObject(int depth) throws JsonException {
        checkDepth(depth);
        pos++; // '{'
        Map<String, Object> members = new HashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new JsonException("expected a member name at byte " + pos);
            }
            String name = readString();
            skipWhitespace();
            expect(':');
            Object value = readValue(depth);
            int before = members.size();
            members.put(name, value);
            // One hash lookup: a put that does not grow the map replaced a member (null values too).
            if (members.size() == before) {
                throw new JsonException("duplicate member name \"" + name + "\"");
            }
            skipWhitespace();
            byte next = peek();
            pos++;
            if (next == '}') {
                return Collections.unmodifiableMap(members);
            }
            if (next != ',') {
                throw new JsonException("expected ',' or '}' at byte " + (pos - 1));
            }
        }
    }

    private List<Object> readArray(int depth) throws JsonException {
        checkDepth(depth);
        pos++; // '['
        List<Object> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            items.add(readValue(depth));
            skipWhitespace();
            byte next = peek();
            pos++;
            if (next == ']') {
                return Collections.unmodifiableList(items);
            }
            if (next != ',') {
                throw new JsonException("expected ',' or ']' at byte " + (pos - 1));
            }
        }
    }

    private String readString() throws JsonException {
        int start = ++pos; // after '"'
        boolean ascii = true;
        while (pos < end) {
            byte b = in[pos];
            if (b == '"') {
                pos++;
                return ascii ? asciiString(start, pos - 1) : utf8String(start, pos - 1);
            }
            if (b == '\\') {
                return readEscapedString(start);
            }
            if (b >= 0 && b < 0x20) {
                throw new JsonException("control character in string at byte " + pos);
            }
            ascii &= b >= 0;
            pos++;
        }
        throw new JsonException("unterminated string");
    }

    private String asciiString(int from, int to) {
        String shared = known.find(in, from, to);
        return shared != null ? shared : new String(in, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private String utf8String(int from, int to) throws JsonException {
        return utf8String(in, from, to);
    }

    private static String utf8String(byte[] in, int from, int to) throws JsonException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(in, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonException("invalid UTF-8 in string at byte " + from);
        }
    }

    /** Refuses {@code in[from, to)} (string content without escapes) unless it is valid UTF-8, as a read would. */
    static void checkUtf8(byte[] in, int from, int to) throws JsonException {
        for (int i = from; i < to; i++) {
            if (in[i] < 0) {
                utf8String(in, from, to);
                return;
            }
        }
    }

    /** The JSON string {@code in[from, to)} (both quotes included) as a read returns it. */
    static String stringAt(byte[] in, int from, int to) throws JsonException {
        StrictJson reader = new StrictJson(in, to, COMMON);
        reader.pos = from;
        String value = reader.readString();
        if (reader.pos != to) {
            throw new JsonException("not one JSON string at byte " + from);
        }
        return value;
    }

    /**
     * The one JSON value {@code in[from, to)} of a top-level member, as {@link #parseObject}
     * reads it, sharing the members of {@code known}: for a value a {@link JsonScanner} pass has
     * already checked.
     */
    static Object valueAt(byte[] in, int from, int to, StringTable known) throws JsonException {
        StrictJson reader = new StrictJson(in, to, known);
        reader.pos = from;
        Object value = reader.readValue(1);
        if (reader.pos != to) {
            throw new JsonException("not one JSON value at byte " + from);
        }
        return value;
    }

    /** The rare path: a string with escapes, decoded from its start again. */
    private String readEscapedString(int start) throws JsonException {
        StringBuilder out = new StringBuilder();
        int runStart = start;
        pos = start;
        while (pos < end) {
            byte b = in[pos];
            if (b == '"') {
                out.append(utf8String(runStart, pos));
                pos++;
                return out.toString();
            }
            if (b >= 0 && b < 0x20) {
                throw new JsonException("control character in string at byte " + pos);
            }
            if (b != '\\') {
                pos++;
                continue;
            }
            out.append(utf8String(runStart, pos));
            if (pos + 1 >= end) {
                break;
            }
            byte e = in[pos + 1];
            pos += 2;
            switch (e) {
                case '"': out.append('"'); break;
                case '\\': out.append('\\'); break;
                case '/': out.append('/'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u': out.append(hex4()); break;
                default: throw new JsonException("invalid escape at byte " + (pos - 1));
            }
            runStart = pos;
        }
        throw new JsonException("unterminated string");
    }

    private char hex4() throws JsonException {
        if (pos + 4 > end) {
            throw new JsonException("truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[pos + i], 16);
            if (digit < 0) {
                throw new JsonException("invalid \\u escape at byte " + pos);
            }
            value = value << 4 | digit;
        }
        pos += 4;
        return (char) value;
    }

    private Object readNumber() throws JsonException {
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
        if (integral && intDigits <= 18) {
            // At most 18 digits cannot overflow a long: accumulate without a String.
            long value = 0;
            for (int i = intStart; i < pos; i++) {
                value = value * 10 + (in[i] - '0');
            }
            return in[start] == '-' ? -value : value;
        }
        return Double.parseDouble(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
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

    private Object literal(String word, Object value) throws JsonException {
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
        return value;
    }

    private void checkDepth(int depth) throws JsonException {
        if (depth > MAX_DEPTH) {
            throw new JsonException("nested deeper than " + MAX_DEPTH);
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

    /** A JSON syntax or strictness violation; cheap (no stack trace), caught by the callers. */
    static final class JsonException extends Exception {
        private static final long serialVersionUID = 1L;

        JsonException(String message) {
            super(message, null, false, false);
        }
    }
}
