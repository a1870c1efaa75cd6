package dev.perfgate.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Bad configuration fails when the validator is built, naming the key and the problem. */
class ConfigurationTest {

    @Test
    void hmac_keys_under_256_bits() {
        assertThatThrownBy(() -> TokenValidator.builder().hmacSecret("short", new byte[31]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key 'short'").hasMessageContaining("248 bits")
                .hasMessageContaining("256-bit minimum");
        assertThatThrownBy(() -> TokenValidator.builder().key("k", new SecretKeySpec(new byte[16], "HmacSHA256")))
                .hasMessageContaining("key 'k'").hasMessageContaining("128 bits");
        assertThatThrownBy(() -> TokenValidator.builder().hmacSecret("k", new byte[32], JwsAlgorithm.HS512))
                .hasMessageContaining("too short for HS512");
        assertThatThrownBy(() -> TokenValidator.builder().jwkSet("{\"keys\":[{\"kty\":\"oct\",\"kid\":\"weak\",\"k\":\"AAAA\"}]}"))
                .hasMessageContaining("JWK Set key #0 (kid 'weak')").hasMessageContaining("24 bits");
    }

    @Test
    void rsa_keys_under_2048_bits() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        var weak = generator.generateKeyPair().getPublic();
        assertThatThrownBy(() -> TokenValidator.builder().key("old-rsa", weak))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key 'old-rsa'").hasMessageContaining("1024 bits");
    }

    @Test
    void algorithms_of_another_family() {
        assertThatThrownBy(() -> TokenValidator.builder().key("r", TestTokens.rsa().getPublic(), JwsAlgorithm.HS256))
                .hasMessageContaining("key 'r'").hasMessageContaining("cannot verify HS256");
        assertThatThrownBy(() -> TokenValidator.builder().key("e", TestTokens.ec().getPublic(), JwsAlgorithm.ES384))
                .hasMessageContaining("cannot verify ES384");
    }

    @Test
    void unsupported_keys_and_curves() throws Exception {
        assertThatThrownBy(() -> TokenValidator.builder().key("priv", TestTokens.rsa().getPrivate()))
                .hasMessageContaining("key 'priv'").hasMessageContaining("unsupported key type");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp521r1"));
        var p521 = generator.generateKeyPair().getPublic();
        assertThatThrownBy(() -> TokenValidator.builder().key("p521", p521))
                .hasMessageContaining("not P-256 or P-384");
    }

    @Test
    void malformed_jwk_sets() {
        assertThatThrownBy(() -> TokenValidator.builder().jwkSet("{\"keys\":[}"))
                .hasMessageContaining("JWK Set is not valid JSON");
        assertThatThrownBy(() -> TokenValidator.builder().jwkSet("{\"nokeys\":[]}"))
                .hasMessageContaining("no \"keys\" array");
        assertThatThrownBy(() -> TokenValidator.builder().jwkSet("{\"keys\":[{\"kty\":\"XYZ\",\"kid\":\"a\"}]}"))
                .hasMessageContaining("JWK Set key #0 (kid 'a')").hasMessageContaining("unsupported \"kty\" 'XYZ'");
        assertThatThrownBy(() -> TokenValidator.builder().jwkSet("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"b\",\"e\":\"AQAB\"}]}"))
                .hasMessageContaining("(kid 'b')").hasMessageContaining("\"n\"");
        assertThatThrownBy(() -> TokenValidator.builder().jwkSet("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"c\","
                + "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\"}]}"))
                .hasMessageContaining("(kid 'c')").hasMessageContaining("not on P-256");
        assertThatThrownBy(() -> TokenValidator.builder().jwkSet("{\"keys\":[{\"kty\":\"oct\",\"alg\":\"none\","
                + "\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow\"}]}"))
                .hasMessageContaining("JWK Set key #0").hasMessageContaining("unsupported \"alg\" 'none'");
        assertThatThrownBy(() -> TokenValidator.builder().jwkSet("{\"keys\":[{\"kty\":\"oct\",\"kid\":\"p\","
                + "\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow==\"}]}"))
                .hasMessageContaining("(kid 'p')").hasMessageContaining("not canonical base64url");
    }

    @Test
    void the_rsa_jwk_must_be_2048_bits_too() {
        byte[] modulus = new byte[128];
        java.util.Arrays.fill(modulus, (byte) 0xc5);
        String n1024 = TestTokens.b64(modulus);
        assertThatThrownBy(() -> TokenValidator.builder().jwkSet("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"small\",\"e\":\"AQAB\",\"n\":\""
                + n1024 + "\"}]}"))
                .hasMessageContaining("JWK Set key #0 (kid 'small')").hasMessageContaining("under the 2048-bit minimum");
    }

    @Test
    void duplicate_kids_and_no_keys() {
        assertThatThrownBy(() -> TokenValidator.builder().hmacSecret("a", TestTokens.SECRET)
                .hmacSecret("a", TestTokens.SECRET).build())
                .hasMessageContaining("key 'a' is configured twice");
        assertThatThrownBy(() -> TokenValidator.builder().build()).hasMessageContaining("no verification key");
    }

    @Test
    void encryption_keys_are_left_out_of_a_jwk_set() {
        TokenValidator validator = TokenValidator.builder().jwkSet("{\"keys\":["
                + "{\"kty\":\"oct\",\"use\":\"enc\",\"kid\":\"e\",\"k\":\"AAAA\"},"
                + "{\"kty\":\"oct\",\"use\":\"sig\",\"kid\":\"s\",\"k\":\"" + TestTokens.b64(TestTokens.SECRET) + "\"}]}")
                .clock(TestTokens.CLOCK).build();
        String token = TestTokens.hmac("HmacSHA256", TestTokens.SECRET, "{\"alg\":\"HS256\",\"kid\":\"s\"}", TestTokens.claims(""));
        assertThat(validator.validate(token).issuer()).contains("https://issuer");
    }

    @Test
    void settings_out_of_range() {
        assertThatThrownBy(() -> TokenValidator.builder().leeway(Duration.ofSeconds(-1))).hasMessageContaining("leeway");
        assertThatThrownBy(() -> TokenValidator.builder().maxTokenLength(3)).hasMessageContaining("maxTokenLength");
        assertThatThrownBy(() -> TokenValidator.builder().cache(-1)).hasMessageContaining("cache size");
    }
}
