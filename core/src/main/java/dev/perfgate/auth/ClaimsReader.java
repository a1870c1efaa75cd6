package dev.perfgate.auth;

import java.util.List;
import java.util.Map;

/**
 * Reads a verified JWT payload into {@link Claims}, type-checking the registered claims
 * (RFC 7519 §4.1): {@code iss}, {@code sub}, {@code jti}, {@code scope} strings; {@code aud} a
 * string or an array of strings; {@code exp}, {@code nbf}, {@code iat} JSON numbers;
 * {@code roles} an array of strings. A wrong type is {@link RejectionReason#MALFORMED}, never a
 * silently absent claim.
 *
 * <p>Stateless; thread-safe.
 */
final class ClaimsReader {

    private ClaimsReader() {
    }

    static Claims read(byte[] payload) {
        return read(payload, payload.length, StrictJson.COMMON);
    }

    /**
     * Reads {@code payload[0, length)}, sharing the members of {@code known} instead of copying
     * them; the claims keep no reference to {@code payload}.
     */
    static Claims read(byte[] payload, int length, StringTable known) {
        Map<String, Object> members = JwsVerifier.json(payload, length, known, "claim set");
        requireString(members, "iss");
        requireString(members, "sub");
        requireString(members, "jti");
        requireString(members, "scope");
        Object roles = members.get("roles");
        if (roles != null && !isStringList(roles)) {
            throw malformed("\"roles\" is not an array of strings");
        }
        return new Claims(members, audience(members.get("aud")),
                numericDate(members, "exp"), numericDate(members, "nbf"), numericDate(members, "iat"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> audience(Object aud) {
        if (aud == null) {
            return List.of();
        }
        if (aud instanceof String single) {
            return List.of(single);
        }
        if (isStringList(aud)) {
            return (List<String>) aud;
        }
        throw malformed("\"aud\" is neither a string nor an array of strings");
    }

    private static boolean isStringList(Object value) {
        if (!(value instanceof List<?> list)) {
            return false;
        }
        for (Object item : list) {
            if (!(item instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 7519 §2 NumericDate: seconds, possibly fractional (floored). */
    private static long numericDate(Map<String, Object> members, String name) {
        Object value = members.get(name);
        if (value == null && !members.containsKey(name)) {
            return Claims.ABSENT;
        }
        long seconds;
        if (value instanceof Long integral) {
            seconds = integral;
        } else if (value instanceof Double fractional) {
            seconds = (long) Math.floor(fractional);
        } else {
            throw malformed("\"" + name + "\" is not a JSON number");
        }
        // The most negative long is the ABSENT marker; a present date must never read as absent.
        return seconds == Claims.ABSENT ? Claims.ABSENT + 1 : seconds;
    }

    private static void requireString(Map<String, Object> members, String name) {
        Object value = members.get(name);
        // get first: the common case (a string, or absent) costs one lookup; JSON null is a wrong type.
        if (value == null ? members.containsKey(name) : !(value instanceof String)) {
            throw malformed("\"" + name + "\" is not a string");
        }
    }

    private static TokenRejectedException malformed(String detail) {
        return JwsVerifier.reject(RejectionReason.MALFORMED, detail);
    }
}
