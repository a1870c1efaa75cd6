package dev.perfgate.auth;

/**
 * The JWS algorithms (RFC 7518 §3, RFC 8037) this validator verifies, each with the JCA name
 * that implements it and the key family it belongs to.
 *
 * <p>{@code none} is deliberately absent: an unsigned token can never be looked up here.
 * Immutable; thread-safe.
 */
public enum JwsAlgorithm {
    HS256(Family.HMAC, "HmacSHA256", 32),
    HS384(Family.HMAC, "HmacSHA384", 48),
    HS512(Family.HMAC, "HmacSHA512", 64),
    RS256(Family.RSA, "SHA256withRSA", 0),
    RS384(Family.RSA, "SHA384withRSA", 0),
    RS512(Family.RSA, "SHA512withRSA", 0),
    PS256(Family.RSA, "RSASSA-PSS", 0),
    ES256(Family.EC, "SHA256withECDSAinP1363Format", 32),
    ES384(Family.EC, "SHA384withECDSAinP1363Format", 48),
    EdDSA(Family.OKP, "Ed25519", 64);

    /** The key type an algorithm needs; the key, never the token, decides the family. */
    public enum Family { HMAC, RSA, EC, OKP }

    private final Family family;
    private final String jcaName;
    private final int size;

    JwsAlgorithm(Family family, String jcaName, int size) {
        this.family = family;
        this.jcaName = jcaName;
        this.size = size;
    }

    public Family family() {
        return family;
    }

    String jcaName() {
        return jcaName;
    }

    /**
     * HMAC: the MAC (and minimum key) length in bytes; EC: the length of one of R, S;
     * EdDSA: the signature length; RSA: 0 (depends on the modulus).
     */
    int size() {
        return size;
    }

    /**
     * The algorithm named exactly {@code name} (case-sensitive, RFC 7515 §4.1.1), or null.
     * Hand-written so that {@code "none"}, {@code "NONE"} and every unknown name cost one switch.
     */
    static JwsAlgorithm byName(String name) {
        switch (name) {
            case "HS256": return HS256;
            case "HS384": return HS384;
            case "HS512": return HS512;
            case "RS256": return RS256;
            case "RS384": return RS384;
            case "RS512": return RS512;
            case "PS256": return PS256;
            case "ES256": return ES256;
            case "ES384": return ES384;
            case "EdDSA": return EdDSA;
            default: return null;
        }
    }
}
