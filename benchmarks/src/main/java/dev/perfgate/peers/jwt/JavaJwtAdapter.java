package dev.perfgate.peers.jwt;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/**
 * auth0 java-jwt 4.x's {@link JWTVerifier} as its README configures it: the {@link Algorithm}
 * object pins algorithm and key, {@code withIssuer}, {@code withAudience},
 * {@code withClaimPresence("exp")}, 60 s leeway. No EdDSA in this library.
 * Immutable; thread-safe (the verifier is documented as reusable).
 */
final class JavaJwtAdapter implements JwtValidatorFacade {

    private final JWTVerifier verifier;

    JavaJwtAdapter(TokenFixture fixture) {
        Algorithm algorithm = switch (fixture.algorithm()) {
            case "HS256" -> Algorithm.HMAC256(fixture.verificationKey().getEncoded());
            case "RS256" -> Algorithm.RSA256((RSAPublicKey) fixture.verificationKey(), null);
            case "ES256" -> Algorithm.ECDSA256((ECPublicKey) fixture.verificationKey(), null);
            default -> throw new IllegalArgumentException("java-jwt lacks " + fixture.algorithm());
        };
        this.verifier = JWT.require(algorithm)
                .withIssuer(TokenFixture.ISSUER)
                .withAudience(TokenFixture.AUDIENCE)
                .withClaimPresence("exp")
                .acceptLeeway(60)
                .build();
    }

    @Override
    public String validate(String token) {
        return verifier.verify(token).getSubject();
    }
}
