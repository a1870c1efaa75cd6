package dev.perfgate.peers.jwt;

import java.util.function.Function;

/**
 * The implementations raced in the auth benchmarks, each behind {@link JwtValidatorFacade} and
 * configured in its documented secure way: the algorithm pinned to the fixture's, issuer and
 * audience checked, {@code exp} required, 60 s leeway where the library has one.
 *
 * <p>Not every library supports every algorithm: java-jwt has no EdDSA and nimbus needs Tink for
 * Ed25519. {@link #supports} says so, and benchmark classes only combine supported pairs.
 * Immutable; thread-safe.
 */
public enum JwtImpl {
    perfgate(PerfgateAdapter::new),
    nimbus(NimbusAdapter::new),
    jjwt(JjwtAdapter::new),
    javajwt(JavaJwtAdapter::new),
    jose4j(Jose4jAdapter::new);

    private final Function<TokenFixture, JwtValidatorFacade> factory;

    JwtImpl(Function<TokenFixture, JwtValidatorFacade> factory) {
        this.factory = factory;
    }

    /** A validator for the fixture's algorithm and key. */
    public JwtValidatorFacade create(TokenFixture fixture) {
        if (!supports(fixture.algorithm())) {
            throw new IllegalArgumentException(name() + " does not support " + fixture.algorithm());
        }
        return factory.apply(fixture);
    }

    public boolean supports(String algorithm) {
        if (!algorithm.equals("EdDSA")) {
            return true;
        }
        return this != nimbus && this != javajwt;
    }
}
