package dev.perfgate.auth;

/**
 * Why a token was refused: machine-readable, stable, one value per class of failure.
 *
 * <p>Callers map these to responses (e.g. EXPIRED invites a refresh, BAD_SIGNATURE does not).
 * Immutable; thread-safe.
 */
public enum RejectionReason {
    /** Not a well-formed compact JWS / JWT: segments, base64url, JSON, claim types. */
    MALFORMED,
    /** The {@code alg} is unknown, {@code none}, or not allowed for the selected key. */
    UNSUPPORTED_ALGORITHM,
    /** The signature does not verify (or is not a well-formed signature for the algorithm). */
    BAD_SIGNATURE,
    /** No configured key matches the token's {@code kid} (or no key allows its {@code alg}). */
    UNKNOWN_KEY,
    /** {@code exp} lies in the past beyond the leeway. */
    EXPIRED,
    /** {@code nbf} (or {@code iat}) lies in the future beyond the leeway. */
    NOT_YET_VALID,
    /** {@code iss} is missing or not one of the expected issuers. */
    WRONG_ISSUER,
    /** {@code aud} is missing or names none of the expected audiences. */
    WRONG_AUDIENCE,
    /** A claim the validator requires is absent. */
    MISSING_CLAIM,
    /** The header lists a {@code crit} extension this validator does not understand. */
    UNSUPPORTED_CRITICAL,
    /** The token is longer than the configured maximum. */
    TOO_LARGE,
    /** The header's {@code typ} is not an expected type, or is missing where one is required. */
    WRONG_TYPE
}
