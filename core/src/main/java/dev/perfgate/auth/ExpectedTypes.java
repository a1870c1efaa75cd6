package dev.perfgate.auth;

import dev.perfgate.auth.TokenValidator.TypePresence;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code typ} header values a validator accepts (RFC 7515 §4.1.9, explicit typing per
 * RFC 8725 §3.11) and whether a token must carry one. {@code typ} is a media type: compared
 * without regard to ASCII case, and "application/" is implied when the value holds no '/', so
 * {@code at+jwt}, {@code AT+JWT} and {@code application/at+jwt} are one type.
 *
 * <p>Immutable; thread-safe.
 */
record ExpectedTypes(Set<String> canonical, TypePresence presence) {

    /** The default: "JWT" (RFC 7519 §5.1) or "at+jwt" (RFC 9068 §4), or no typ at all. */
    static final ExpectedTypes DEFAULT = of(TypePresence.OPTIONAL, "JWT", "at+jwt");

    ExpectedTypes {
        canonical = Set.copyOf(canonical);
        Objects.requireNonNull(presence, "presence");
    }

    /**
     * @throws IllegalArgumentException naming the value when none is given or one is not a
     *     plausible media type (printable ASCII without spaces)
     */
    static ExpectedTypes of(TypePresence presence, String... types) {
        Objects.requireNonNull(presence, "presence");
        if (types.length == 0) {
            throw new IllegalArgumentException("expectedTypes needs at least one type");
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (String type : types) {
            Objects.requireNonNull(type, "type");
            if (type.isEmpty() || !type.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
                throw new IllegalArgumentException("expected type \"" + type
                        + "\" is not a media type: it must be non-empty printable ASCII without spaces");
            }
            canonical.add(canonical(type));
        }
        return new ExpectedTypes(canonical, presence);
    }

    /** Checks the parsed header's {@code typ}: once per distinct header, the verifier remembers it. */
    void check(Map<String, Object> header) {
        Object typ = header.get("typ");
        if (typ == null && !header.containsKey("typ")) {
            if (presence == TypePresence.REQUIRED) {
                throw JwsVerifier.reject(RejectionReason.WRONG_TYPE, "header \"typ\" is required and missing");
            }
            return;
        }
        if (!(typ instanceof String value)) {
            throw JwsVerifier.reject(RejectionReason.MALFORMED, "header \"typ\" is not a string");
        }
        if (!canonical.contains(canonical(value))) {
            throw JwsVerifier.reject(RejectionReason.WRONG_TYPE, "header \"typ\" is not an expected type");
        }
    }

    /**
     * The full media type in lower case. ASCII letters only are folded: {@link String#toLowerCase}
     * and {@code equalsIgnoreCase} would also fold e.g. U+212A (Kelvin sign) to 'k', so a
     * different string would pass as the expected type.
     */
    static String canonical(String type) {
        String full = type.indexOf('/') >= 0 ? type : "application/" + type;
        StringBuilder lower = new StringBuilder(full.length());
        for (int i = 0; i < full.length(); i++) {
            char c = full.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }
}
