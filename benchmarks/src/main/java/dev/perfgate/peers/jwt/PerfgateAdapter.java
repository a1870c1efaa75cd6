package dev.perfgate.peers.jwt;

import dev.perfgate.auth.JwsAlgorithm;
import dev.perfgate.auth.TokenValidator;

/**
 * perfgate's {@link TokenValidator}: the key pinned to the fixture's algorithm, issuer and
 * audience expected, exp required (its default), no cache. Immutable; thread-safe.
 */
final class PerfgateAdapter implements JwtValidatorFacade {

    private final TokenValidator validator;

    PerfgateAdapter(TokenFixture fixture) {
        this(fixture, 0);
    }

    PerfgateAdapter(TokenFixture fixture, int cacheSize) {
        this.validator = TokenValidator.builder()
                .key(null, fixture.verificationKey(), JwsAlgorithm.valueOf(fixture.algorithm()))
                .issuers(TokenFixture.ISSUER)
                .audiences(TokenFixture.AUDIENCE)
                .cache(cacheSize)
                .build();
    }

    /** perfgate with its verified-token cache of {@code cacheSize} entries. */
    public static JwtValidatorFacade cached(TokenFixture fixture, int cacheSize) {
        return new PerfgateAdapter(fixture, cacheSize);
    }

    @Override
    public String validate(String token) {
        return validator.validate(token).subject().orElseThrow();
    }
}
