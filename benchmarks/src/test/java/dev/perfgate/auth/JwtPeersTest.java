package dev.perfgate.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.peers.jwt.JwtImpl;
import dev.perfgate.peers.jwt.JwtValidatorFacade;
import dev.perfgate.peers.jwt.PerfgateCache;
import dev.perfgate.peers.jwt.TokenFixture;
import dev.perfgate.peers.jwt.TokenShape;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The race is fair only if every adapter really validates: each accepts its fixture and refuses a
 * forged signature, another algorithm, a wrong issuer, a wrong audience, a missing or past exp.
 * Every (impl, alg) pair the benchmarks combine is covered, so no combination can fail at run time.
 */
class JwtPeersTest {

    static Stream<Arguments> pairs() {
        return Stream.of("HS256", "RS256", "ES256", "EdDSA")
                .flatMap(alg -> Stream.of(JwtImpl.values()).filter(impl -> impl.supports(alg))
                        .map(impl -> Arguments.of(impl, alg)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pairs")
    void accepts_its_fixture_and_refuses_what_a_secure_configuration_refuses(JwtImpl impl, String alg) {
        TokenFixture fixture = TokenFixture.create(alg, TokenShape.RICH);
        JwtValidatorFacade validator = impl.create(fixture);
        assertThat(validator.validate(fixture.token())).isEqualTo(TokenFixture.SUBJECT);
        assertThat(validator.validate(TokenFixture.create(alg, TokenShape.SMALL).token())).isEqualTo(TokenFixture.SUBJECT);

        String token = fixture.token();
        int signatureStart = token.lastIndexOf('.') + 1;
        String forged = token.substring(0, signatureStart) + (token.charAt(signatureStart) == 'A' ? 'B' : 'A')
                + token.substring(signatureStart + 1);
        assertRefused(validator, forged);

        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"" + alg + "\"}";
        assertRefused(validator, sign(alg, claims("https://evil", TokenFixture.AUDIENCE, ",\"exp\":" + (now + 600)), header));
        assertRefused(validator, sign(alg, claims(TokenFixture.ISSUER, "other-api", ",\"exp\":" + (now + 600)), header));
        assertRefused(validator, sign(alg, claims(TokenFixture.ISSUER, TokenFixture.AUDIENCE, ""), header));
        assertRefused(validator, sign(alg, claims(TokenFixture.ISSUER, TokenFixture.AUDIENCE, ",\"exp\":" + (now - 3600)), header));
    }

    @Test
    void an_hs256_token_cannot_pass_an_rs256_validator() {
        TokenFixture rsa = TokenFixture.create("RS256", TokenShape.SMALL);
        String hs256 = TokenFixture.create("HS256", TokenShape.SMALL).token();
        for (JwtImpl impl : JwtImpl.values()) {
            assertRefused(impl.create(rsa), hs256);
        }
    }

    @Test
    void unsupported_pairs_are_refused_at_construction_not_during_a_run() {
        TokenFixture ed = TokenFixture.create("EdDSA", TokenShape.SMALL);
        assertThat(JwtImpl.javajwt.supports("EdDSA")).isFalse();
        assertThat(JwtImpl.nimbus.supports("EdDSA")).isFalse();
        assertThatThrownBy(() -> JwtImpl.javajwt.create(ed)).hasMessageContaining("does not support EdDSA");
    }

    @Test
    void the_cached_perfgate_and_the_distinct_tokens_validate() {
        JwtValidatorFacade cached = PerfgateCache.create(TokenFixture.create("HS256", TokenShape.SMALL), 16);
        String[] tokens = PerfgateCache.distinctTokens("HS256", 64);
        assertThat(tokens).doesNotHaveDuplicates();
        for (int round = 0; round < 2; round++) {
            for (String token : tokens) {
                assertThat(cached.validate(token)).isEqualTo(TokenFixture.SUBJECT);
            }
        }
    }

    @Test
    void the_floor_verifies_good_tokens_only() {
        for (String alg : new String[] {"HS256", "RS256", "ES256", "EdDSA"}) {
            TokenFixture fixture = TokenFixture.create(alg, TokenShape.SMALL);
            JcaFloor floor = new JcaFloor(alg, fixture.verificationKey());
            assertThat(floor.verify(fixture.token())).as(alg).isTrue();
            String other = TokenFixture.create(alg, TokenShape.RICH).token();
            String spliced = other.substring(0, other.lastIndexOf('.')) + fixture.token().substring(fixture.token().lastIndexOf('.'));
            assertThat(floor.verify(spliced)).as(alg).isFalse();
        }
    }

    private static String claims(String issuer, String audience, String exp) {
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"" + TokenFixture.SUBJECT + "\",\"aud\":\"" + audience + "\"" + exp + "}";
    }

    private static String sign(String alg, String claims, String header) {
        return TokenFixture.create(alg, claims, header).token();
    }

    private static void assertRefused(JwtValidatorFacade validator, String token) {
        assertThatThrownBy(() -> validator.validate(token)).isInstanceOf(RuntimeException.class);
    }
}
