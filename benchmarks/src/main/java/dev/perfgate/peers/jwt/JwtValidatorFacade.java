package dev.perfgate.peers.jwt;

/**
 * The one operation every JWT library is raced on: validate a signed access token (signature with
 * a pinned algorithm, exp required, iss and aud checked) and return its subject. Returning the
 * subject makes each library decode the claims, as a real caller would.
 *
 * <p>Implementations are immutable after construction and thread-safe, as each library documents
 * its configured validator to be.
 */
@FunctionalInterface
public interface JwtValidatorFacade {

    /**
     * @return the token's {@code sub}
     * @throws RuntimeException (library-specific) when the token is not valid
     */
    String validate(String token);
}
