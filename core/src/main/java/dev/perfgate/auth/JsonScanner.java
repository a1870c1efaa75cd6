package dev.perfgate.auth;

import dev.perfgate.auth.StrictJson.JsonException;

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
final class JsonScanner extends JsonCursor {

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

    private final MemberNames names;
    private int objects;
    /** Set by the value just read: see {@link Members#member}'s {@code plain}. */
    private boolean plain;

    private JsonScanner(byte[] in, int end, MemberNames names) {
        super(in, end);
        this.names = names;
    }

    /** Checks {@code json[0, length)}, which must hold exactly one JSON object, showing its members to {@code members}. */
    static void scan(byte[] json, int length, Members members) throws JsonException {
        JsonScanner scanner = new JsonScanner(json, length, MemberNames.forInput(json, length));
        scanner.expectObjectStart();
        scanner.object(1, members);
        scanner.expectEnd();
        String duplicate = scanner.names.deferredDuplicate();
        if (duplicate != null) {
            throw new JsonException("duplicate member name \"" + duplicate + "\"");
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
                plain = scanString();
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
                    plain = scanNumber();
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
            boolean plainName = scanString();
            int nameTo = pos - 1;
            String decodedName = plainName ? null : StrictJson.stringAt(in, nameFrom - 1, pos);
            skipWhitespace();
            expect(':');
            skipWhitespace();
            int valueFrom = pos;
            Kind kind = value(depth);
            if (!names.add(object, nameFrom, nameTo, decodedName)) {
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
}
