package dev.perfgate.auth;

import static dev.perfgate.auth.Rejections.assertRejected;
import static dev.perfgate.auth.TestTokens.claims;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every supported algorithm verifies its own signatures and only those of its key family. */
class AlgorithmsTest {

    @ParameterizedTest
    @EnumSource(value = JwsAlgorithm.class, names = {"HS256", "HS384", "HS512"})
    void hmac(JwsAlgorithm algorithm) {
        byte[] secret = "a-secret-of-sixty-four-bytes-for-hs512-a-secret-of-sixty-four-by"
                .getBytes(StandardCharsets.US_ASCII);
        TokenValidator validator = TokenValidator.builder().hmacSecret("h", secret)
                .clock(TestTokens.CLOCK).build();
        String token = TestTokens.hmac(algorithm.jcaName(), secret,
                "{\"alg\":\"" + algorithm + "\",\"kid\":\"h\"}", claims(""));
        assertThat(validator.validate(token).subject()).contains("user-1");
    }

    @ParameterizedTest
    @EnumSource(value = JwsAlgorithm.class, names = {"RS256", "RS384", "RS512", "PS256"})
    void rsa(JwsAlgorithm algorithm) {
        assertRoundTrip(algorithm, TestTokens.rsa());
    }

    @Test
    void es256_es384_and_eddsa() throws Exception {
        assertRoundTrip(JwsAlgorithm.ES256, TestTokens.ec());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        assertRoundTrip(JwsAlgorithm.ES384, generator.generateKeyPair());
        assertRoundTrip(JwsAlgorithm.EdDSA, TestTokens.ed());
    }

    @Test
    void the_key_decides_the_family_the_token_only_selects_within_it() {
        TokenValidator rs256Only = TokenValidator.builder()
                .key("k", TestTokens.rsa().getPublic(), JwsAlgorithm.RS256).clock(TestTokens.CLOCK).build();
        String rs512 = TestTokens.signed(JwsAlgorithm.RS512, TestTokens.rsa().getPrivate(),
                "{\"alg\":\"RS512\",\"kid\":\"k\"}", claims(""));
        assertRejected(rs256Only, rs512, RejectionReason.UNSUPPORTED_ALGORITHM);
        String es256ClaimedOnRsa = TestTokens.signed(JwsAlgorithm.ES256, TestTokens.ec().getPrivate(),
                "{\"alg\":\"ES256\",\"kid\":\"k\"}", claims(""));
        assertRejected(rs256Only, es256ClaimedOnRsa, RejectionReason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void a_signature_by_another_key_of_the_same_family_is_bad() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        KeyPair other = generator.generateKeyPair();
        TokenValidator validator = TokenValidator.builder().key("ed", TestTokens.ed().getPublic())
                .clock(TestTokens.CLOCK).build();
        String token = TestTokens.signed(JwsAlgorithm.EdDSA, other.getPrivate(), "{\"alg\":\"EdDSA\"}", claims(""));
        assertRejected(validator, token, RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void without_kid_each_key_allowing_the_alg_is_tried() {
        byte[] otherSecret = "another-secret-another-secret-32b".getBytes(StandardCharsets.US_ASCII);
        TokenValidator validator = TokenValidator.builder()
                .hmacSecret("one", otherSecret)
                .hmacSecret("two", TestTokens.SECRET)
                .clock(TestTokens.CLOCK).build();
        assertThat(validator.validate(TestTokens.hs256(claims(""))).subject()).contains("user-1");
    }

    private static void assertRoundTrip(JwsAlgorithm algorithm, KeyPair pair) {
        TokenValidator validator = TokenValidator.builder().key("k", pair.getPublic())
                .issuers("https://issuer").audiences("api").clock(TestTokens.CLOCK).build();
        String token = TestTokens.signed(algorithm, pair.getPrivate(),
                "{\"alg\":\"" + algorithm + "\",\"kid\":\"k\"}", claims(""));
        assertThat(validator.validate(token).subject()).contains("user-1");
        int signatureStart = token.lastIndexOf('.') + 1;
        char first = token.charAt(signatureStart);
        String tampered = token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A')
                + token.substring(signatureStart + 1);
        assertRejected(validator, tampered, RejectionReason.BAD_SIGNATURE);
    }
}
