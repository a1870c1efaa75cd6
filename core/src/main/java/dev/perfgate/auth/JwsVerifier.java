package dev.perfgate.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies a compact JWS (RFC 7515 §7.1) against the configured keys and returns its payload
 * bytes: exactly three canonical base64url segments, a strict JSON header whose {@code alg} is a
 * supported algorithm (never {@code none}) that the selected key allows, no {@code crit}
 * extension (none is understood), a {@code typ} the {@link ExpectedTypes} allow, and a
 * signature that verifies. The header's {@code kid} only
 * indexes the in-memory key map; {@code jku}, {@code x5u} and {@code jwk} are never followed.
 *
 * <p>Immutable; thread-safe.
 */
final class JwsVerifier {

    /** A header that passed every check, keyed by its exact base64url text. */
    private record CheckedHeader(byte[] text, JwsAlgorithm algorithm, String kid) {
    }

    private final Map<String, VerificationKey> byKid = new HashMap<>();
    private final List<VerificationKey> keys;
    private final ExpectedTypes types;
    /**
     * The last accepted header. An issuer sends the same header on every token, and identical
     * text parses identically, so a byte-equal header skips base64url and JSON. A racy overwrite
     * only costs a re-parse.
     */
    private volatile CheckedHeader lastHeader;

    JwsVerifier(List<VerificationKey> keys) {
        this(keys, ExpectedTypes.DEFAULT);
    }

    JwsVerifier(List<VerificationKey> keys, ExpectedTypes types) {
        this.keys = List.copyOf(keys);
        this.types = types;
        for (VerificationKey key : keys) {
            if (key.kid() != null && byKid.put(key.kid(), key) != null) {
                throw new IllegalArgumentException("key '" + key.kid() + "' is configured twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no verification key configured");
        }
    }

    /**
     * Verifies {@code token} and returns its payload bytes: a new array the caller owns. The
     * payload is decoded only once the signature over its text verified, so nothing an
     * unauthenticated sender wrote past the header is ever decoded or parsed.
     */
    byte[] verify(String token) {
        byte[] text = token.getBytes(StandardCharsets.ISO_8859_1);
        // Before any index found on the String meets the bytes: a surrogate pair would shift them.
        if (!Base64Url.oneBytePerChar(token, text)) {
            throw reject(RejectionReason.MALFORMED, "token holds a non-ASCII character (a surrogate pair), outside base64url");
        }
        int firstDot = token.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
        if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
            throw reject(RejectionReason.MALFORMED, "a compact JWS has exactly three segments");
        }
        CheckedHeader header = lastHeader;
        if (header == null || !Arrays.equals(header.text, 0, header.text.length, text, 0, firstDot)) {
            header = checkHeader(text, firstDot);
            lastHeader = header;
        }
        JwsAlgorithm algorithm = header.algorithm;
        byte[] signature = decode(text, secondDot + 1, text.length, "signature");

        String kid = header.kid;
        if (kid != null) {
            VerificationKey key = byKid.get(kid);
            if (key == null) {
                throw reject(RejectionReason.UNKNOWN_KEY, "no key with the token's kid");
            }
            if (!key.allows(algorithm)) {
                throw reject(RejectionReason.UNSUPPORTED_ALGORITHM, algorithm + " is not allowed for this kid");
            }
            if (!key.verifier().verify(algorithm, text, secondDot, signature)) {
                throw reject(RejectionReason.BAD_SIGNATURE, "signature does not verify");
            }
            return payload(text, firstDot + 1, secondDot);
        }
        boolean anyAllows = false;
        for (VerificationKey key : keys) {
            if (key.allows(algorithm)) {
                anyAllows = true;
                if (key.verifier().verify(algorithm, text, secondDot, signature)) {
                    return payload(text, firstDot + 1, secondDot);
                }
            }
        }
        throw anyAllows
                ? reject(RejectionReason.BAD_SIGNATURE, "signature does not verify with any key allowing " + algorithm)
                : reject(RejectionReason.UNSUPPORTED_ALGORITHM, "no configured key allows " + algorithm);
    }

    /** The payload segment {@code text[from, to)} of a token whose signature verified. */
    private static byte[] payload(byte[] text, int from, int to) {
        byte[] payload = Base64Url.decodeAuthenticated(text, from, to);
        if (payload == null) {
            throw reject(RejectionReason.MALFORMED, "payload is not canonical base64url");
        }
        return payload;
    }

    private CheckedHeader checkHeader(byte[] text, int end) {
        Map<String, Object> header = json(decode(text, 0, end, "header"), "header");
        JwsAlgorithm algorithm = algorithm(header);
        checkCritical(header);
        types.check(header);
        return new CheckedHeader(Arrays.copyOf(text, end), algorithm, kid(header));
    }

    /**
     * RFC 7515 §4.1.4: a kid is a string. A present kid of another type (JSON null included) is
     * malformed, not "no kid": read as absent, it would let the token be tried against every key.
     */
    private static String kid(Map<String, Object> header) {
        Object kid = header.get("kid");
        if (kid == null && !header.containsKey("kid")) {
            return null;
        }
        if (!(kid instanceof String name)) {
            throw reject(RejectionReason.MALFORMED, "header \"kid\" is not a string");
        }
        return name;
    }

    private static JwsAlgorithm algorithm(Map<String, Object> header) {
        Object alg = header.get("alg");
        if (!(alg instanceof String name)) {
            throw reject(RejectionReason.MALFORMED, "header \"alg\" is missing or not a string");
        }
        JwsAlgorithm algorithm = JwsAlgorithm.byName(name);
        if (algorithm == null) {
            throw reject(RejectionReason.UNSUPPORTED_ALGORITHM, "unsupported alg");
        }
        return algorithm;
    }

    /** RFC 7515 §4.1.11: a non-empty array of names present in the header; we understand none. */
    private static void checkCritical(Map<String, Object> header) {
        if (!header.containsKey("crit")) {
            return;
        }
        if (!(header.get("crit") instanceof List<?> names) || names.isEmpty()) {
            throw reject(RejectionReason.MALFORMED, "header \"crit\" must be a non-empty array");
        }
        for (Object name : names) {
            if (!(name instanceof String) || !header.containsKey(name)) {
                throw reject(RejectionReason.MALFORMED, "header \"crit\" names a parameter the header lacks");
            }
        }
        throw reject(RejectionReason.UNSUPPORTED_CRITICAL, "header \"crit\" lists an extension this validator does not understand");
    }

    private static byte[] decode(byte[] text, int from, int to, String segment) {
        byte[] bytes = Base64Url.decode(text, from, to);
        if (bytes == null) {
            throw reject(RejectionReason.MALFORMED, segment + " is not canonical base64url");
        }
        return bytes;
    }

    private static Map<String, Object> json(byte[] bytes, String what) {
        try {
            return StrictJson.parseObject(bytes);
        } catch (StrictJson.JsonException e) {
            throw reject(RejectionReason.MALFORMED, what + " is not strict JSON: " + e.getMessage());
        }
    }

    static TokenRejectedException reject(RejectionReason reason, String detail) {
        return new TokenRejectedException(reason, detail);
    }
}
