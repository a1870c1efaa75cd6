package dev.perfgate.peers.jwt;

import java.security.Key;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;

/**
 * jose4j's {@link JwtConsumer} as its documentation's example configures it:
 * {@code setJwsAlgorithmConstraints(PERMIT, alg)}, {@code setRequireExpirationTime},
 * {@code setExpectedIssuer}, {@code setExpectedAudience}, 60 s skew, the verification key.
 * Immutable; thread-safe (a built consumer is documented as reusable across threads).
 */
final class Jose4jAdapter implements JwtValidatorFacade {

    private final JwtConsumer consumer;

    Jose4jAdapter(TokenFixture fixture) {
        Key key = fixture.algorithm().equals("HS256")
                ? new HmacKey(fixture.verificationKey().getEncoded())
                : fixture.verificationKey();
        this.consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, fixture.algorithm())
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(60)
                .setExpectedIssuer(TokenFixture.ISSUER)
                .setExpectedAudience(TokenFixture.AUDIENCE)
                .setVerificationKey(key)
                .build();
    }

    @Override
    public String validate(String token) {
        try {
            JwtClaims claims = consumer.processToClaims(token);
            return claims.getSubject();
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new IllegalArgumentException("jose4j rejected the token: " + e.getMessage(), e);
        }
    }
}
