package dev.perfgate.auth;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * What verified claims must satisfy: times within the leeway of the clock, an expected issuer,
 * an expected audience, and the required claims. An empty issuer or audience set means that
 * claim is not checked.
 *
 * <p>Immutable; thread-safe (given a thread-safe {@link Clock}, as every JDK clock is).
 */
record ClaimsPolicy(Set<String> issuers, Set<String> audiences, Set<String> requiredClaims,
                    long leewaySeconds, Clock clock) {

    ClaimsPolicy {
        issuers = Set.copyOf(issuers);
        audiences = Set.copyOf(audiences);
        requiredClaims = Set.copyOf(requiredClaims);
    }

    long nowSeconds() {
        return Math.floorDiv(clock.millis(), 1000L);
    }

    /** Everything but the times: checked once, when a token is first verified. */
    void checkIdentity(Claims claims) {
        for (String name : requiredClaims) {
            if (!claims.has(name)) {
                throw JwsVerifier.reject(RejectionReason.MISSING_CLAIM, "required claim \"" + name + "\" is absent");
            }
        }
        String issuer = claims.issuerOrNull();
        // Immutable sets throw on contains(null): test absence first.
        if (!issuers.isEmpty() && (issuer == null || !issuers.contains(issuer))) {
            throw JwsVerifier.reject(RejectionReason.WRONG_ISSUER, "issuer is missing or not expected");
        }
        if (!audiences.isEmpty() && !anyExpected(claims.audience())) {
            throw JwsVerifier.reject(RejectionReason.WRONG_AUDIENCE, "audience is missing or not expected");
        }
    }

    private boolean anyExpected(List<String> audience) {
        for (String candidate : audience) {
            if (audiences.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** exp, nbf and iat against {@code now}: checked on every validation, cache hits included. */
    void checkTimes(Claims claims, long now) {
        long exp = claims.expiresAtSeconds();
        if (exp != Claims.ABSENT && now - leewaySeconds >= exp) {
            throw JwsVerifier.reject(RejectionReason.EXPIRED, "token expired");
        }
        long nbf = claims.notBeforeSeconds();
        if (nbf != Claims.ABSENT && now + leewaySeconds < nbf) {
            throw JwsVerifier.reject(RejectionReason.NOT_YET_VALID, "token not valid yet (nbf)");
        }
        long iat = claims.issuedAtSeconds();
        if (iat != Claims.ABSENT && now + leewaySeconds < iat) {
            throw JwsVerifier.reject(RejectionReason.NOT_YET_VALID, "token issued in the future (iat)");
        }
    }
}
