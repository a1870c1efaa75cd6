package dev.perfgate.peers.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Set;

/**
 * nimbus-jose-jwt's {@link DefaultJWTProcessor} as its documentation configures it: a
 * {@link SingleKeyJWSKeySelector} pins algorithm and key, a {@link DefaultJWTClaimsVerifier}
 * requires the audience, the exact issuer and the exp/sub claims (60 s default skew).
 * Immutable after construction; thread-safe (the processor is documented as such).
 */
final class NimbusAdapter implements JwtValidatorFacade {

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    NimbusAdapter(TokenFixture fixture) {
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(
                JWSAlgorithm.parse(fixture.algorithm()), fixture.verificationKey()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                TokenFixture.AUDIENCE,
                new JWTClaimsSet.Builder().issuer(TokenFixture.ISSUER).build(),
                Set.of("exp", "sub")));
    }

    @Override
    public String validate(String token) {
        try {
            return processor.process(token, null).getSubject();
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new IllegalArgumentException("nimbus rejected the token: " + e.getMessage(), e);
        }
    }
}
