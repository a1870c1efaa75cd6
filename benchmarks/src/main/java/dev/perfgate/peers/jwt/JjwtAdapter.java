package dev.perfgate.peers.jwt;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.JwtParserBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.SecureDigestAlgorithm;
import java.security.PublicKey;
import javax.crypto.SecretKey;

/**
 * jjwt 0.13's {@link JwtParser} as its README configures it: {@code verifyWith} the key, the
 * accepted signature algorithms narrowed to the fixture's one ({@code sig().clear().add(..)}),
 * {@code requireIssuer}, {@code requireAudience}, 60 s skew; jjwt validates exp when present but
 * cannot require it, so the adapter refuses a token without one, as the README suggests.
 * Immutable; thread-safe.
 */
final class JjwtAdapter implements JwtValidatorFacade {

    private final JwtParser parser;

    JjwtAdapter(TokenFixture fixture) {
        JwtParserBuilder builder = Jwts.parser();
        if (fixture.verificationKey() instanceof SecretKey secret) {
            builder.verifyWith(secret);
        } else {
            builder.verifyWith((PublicKey) fixture.verificationKey());
        }
        this.parser = builder
                .sig().clear().add(algorithm(fixture.algorithm())).and()
                .requireIssuer(TokenFixture.ISSUER)
                .requireAudience(TokenFixture.AUDIENCE)
                .clockSkewSeconds(60)
                .build();
    }

    private static SecureDigestAlgorithm<?, ?> algorithm(String name) {
        return switch (name) {
            case "HS256" -> Jwts.SIG.HS256;
            case "RS256" -> Jwts.SIG.RS256;
            case "ES256" -> Jwts.SIG.ES256;
            case "EdDSA" -> Jwts.SIG.EdDSA;
            default -> throw new IllegalArgumentException("jjwt adapter lacks " + name);
        };
    }

    @Override
    public String validate(String token) {
        Claims claims = parser.parseSignedClaims(token).getPayload();
        if (claims.getExpiration() == null) {
            throw new IllegalArgumentException("jjwt: token has no exp");
        }
        return claims.getSubject();
    }
}
