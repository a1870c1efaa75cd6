package dev.perfgate.auth;

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
 * <p>Why not Jackson: {@code ClaimsJsonBenchmark} measures it; in short the dedicated reader
 * skips the token and field-name machinery and shares the common names, and a token's JSON is
 * small. Claim sets on the validation path are not built here at all: {@link JsonScanner} checks
 * them by the same rules (the lexical ones live in {@link JsonCursor}), and {@link Claims} calls
 * back here only for what is asked of it.
 *
 * <p>Instances are single-use; the static entry point is thread-safe.
 */
final class StrictJson extends JsonCursor {

    /** Names and values that occur in nearly every header and claim set; returned without allocating. */
    private static final String[] COMMON_NAMES = {
        "alg", "kid", "typ", "crit", "cty", "iss", "sub", "aud", "exp", "nbf", "iat", "jti",
        "scope", "roles", "kty", "use", "crv", "keys", "JWT", "at+jwt", "HS256", "RS256", "ES256", "EdDSA"
    };
    /** {@link #COMMON_NAMES} alone: the table for JSON read without a validator's own strings. */
    static final StringTable COMMON = withCommonNames(List.of());

    private final StringTable known;

    private StrictJson(byte[] in, int end, StringTable known) {
        super(in, end);
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
        reader.expectObjectStart();
        Map<String, Object> result = reader.readObject(1);
        reader.expectEnd();
        return result;
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
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
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
        int from = pos + 1;
        boolean plain = scanString();
        return plain ? asciiString(from, pos - 1) : decodeString(from, pos - 1);
    }

    private String asciiString(int from, int to) {
        String shared = known.find(in, from, to);
        return shared != null ? shared : new String(in, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** The characters of checked string content {@code in[from, to)} that holds escapes or non-ASCII. */
    private String decodeString(int from, int to) throws JsonException {
        StringBuilder out = new StringBuilder(to - from);
        int runStart = from;
        int i = from;
        while (i < to) {
            if (in[i] != '\\') {
                i++;
                continue;
            }
            out.append(utf8String(in, runStart, i));
            byte e = in[i + 1];
            i += 2;
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) hex4(in, i));
                    i += 4;
                }
                default -> out.append((char) e); // '"', '\\' or '/', as scanString allowed
            }
            runStart = i;
        }
        return out.append(utf8String(in, runStart, to)).toString();
    }

    private Object readNumber() throws JsonException {
        int start = pos;
        if (scanNumber()) {
            // At most 18 digits cannot overflow a long: accumulate without a String.
            boolean negative = in[start] == '-';
            long value = 0;
            for (int i = negative ? start + 1 : start; i < pos; i++) {
                value = value * 10 + (in[i] - '0');
            }
            return negative ? -value : value;
        }
        return Double.parseDouble(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
    }

    /** A JSON syntax or strictness violation; cheap (no stack trace), caught by the callers. */
    static final class JsonException extends Exception {
        private static final long serialVersionUID = 1L;

        JsonException(String message) {
            super(message, null, false, false);
        }
    }
}
