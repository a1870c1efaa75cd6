package dev.perfgate.auth;

import static dev.perfgate.auth.Rejections.assertRejected;
import static dev.perfgate.auth.TestTokens.NOW;
import static dev.perfgate.auth.TestTokens.b64;
import static dev.perfgate.auth.TestTokens.claims;
import static dev.perfgate.auth.TestTokens.hmac;
import static dev.perfgate.auth.TestTokens.hs256;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each attack and malformation of the issue, refused with its own reason. */
class RejectionTest {

    private final TokenValidator validator = TestTokens.hs256Validator().build();

    @Test
    void accepts_a_good_token_first() {
        Claims claims = validator.validate(hs256(claims("\"scope\":\"read write\",\"roles\":[\"admin\"]")));
        assertThat(claims.subject()).contains("user-1");
        assertThat(claims.scopes()).containsExactly("read", "write");
        assertThat(claims.roles()).containsExactly("admin");
        assertThat(claims.audience()).containsExactly("api");
    }

    @Test
    void a_remembered_header_never_lets_a_different_header_through() {
        String good = hs256(claims(""));
        assertThat(validator.validate(good).subject()).contains("user-1");
        String goodHeader = good.substring(0, good.indexOf('.'));
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claims("")) + ".";
        assertRejected(validator, none, RejectionReason.UNSUPPORTED_ALGORITHM);
        String crit = hmac("HmacSHA256", TestTokens.SECRET, "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"crit\":[\"typ\"]}", claims(""));
        assertThat(crit).startsWith(goodHeader.substring(0, 20));
        assertRejected(validator, crit, RejectionReason.UNSUPPORTED_CRITICAL);
        assertThat(validator.validate(good).subject()).contains("user-1");
        String truncatedHeader = goodHeader.substring(0, goodHeader.length() - 4) + good.substring(good.indexOf('.'));
        assertRejected(validator, truncatedHeader, RejectionReason.MALFORMED);
        assertThat(validator.validate(good).subject()).contains("user-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
    void alg_none_in_any_case(String none) {
        String token = b64("{\"alg\":\"" + none + "\"}") + "." + b64(claims("")) + ".";
        assertRejected(validator, token, RejectionReason.UNSUPPORTED_ALGORITHM);
        String signed = hmac("HmacSHA256", TestTokens.SECRET, "{\"alg\":\"" + none + "\"}", claims(""));
        assertRejected(validator, signed, RejectionReason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void stripped_or_empty_signature() {
        String token = hs256(claims(""));
        String withoutSignature = token.substring(0, token.lastIndexOf('.') + 1);
        assertRejected(validator, withoutSignature, RejectionReason.BAD_SIGNATURE);
        assertRejected(validator, withoutSignature.substring(0, withoutSignature.length() - 1),
                RejectionReason.MALFORMED);
    }

    @Test
    void tampered_payload_or_signature() {
        String token = hs256(claims(""));
        String[] parts = token.split("\\.");
        String otherPayload = b64(claims("\"admin\":true"));
        assertRejected(validator, parts[0] + "." + otherPayload + "." + parts[2], RejectionReason.BAD_SIGNATURE);
        char last = parts[2].charAt(0);
        String flipped = (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertRejected(validator, parts[0] + "." + parts[1] + "." + flipped, RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void hs256_signed_with_an_rsa_public_key_as_secret() {
        byte[] publicKeyBytes = TestTokens.rsa().getPublic().getEncoded();
        TokenValidator rsaOnly = TokenValidator.builder().key("rsa", TestTokens.rsa().getPublic())
                .clock(TestTokens.CLOCK).build();
        String forged = hmac("HmacSHA256", publicKeyBytes, "{\"alg\":\"HS256\",\"kid\":\"rsa\"}", claims(""));
        assertRejected(rsaOnly, forged, RejectionReason.UNSUPPORTED_ALGORITHM);
        String forgedWithoutKid = hmac("HmacSHA256", publicKeyBytes, "{\"alg\":\"HS256\"}", claims(""));
        assertRejected(rsaOnly, forgedWithoutKid, RejectionReason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void hs256_signed_with_an_ec_public_key_as_secret() {
        byte[] publicKeyBytes = TestTokens.ec().getPublic().getEncoded();
        TokenValidator ecOnly = TokenValidator.builder().key("ec", TestTokens.ec().getPublic())
                .clock(TestTokens.CLOCK).build();
        String forged = hmac("HmacSHA256", publicKeyBytes, "{\"alg\":\"HS256\",\"kid\":\"ec\"}", claims(""));
        assertRejected(ecOnly, forged, RejectionReason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void ecdsa_with_r_or_s_zero_or_at_least_n() {
        TokenValidator ecValidator = TokenValidator.builder().key("ec", TestTokens.ec().getPublic())
                .clock(TestTokens.CLOCK).build();
        String good = TestTokens.signed(JwsAlgorithm.ES256, TestTokens.ec().getPrivate(),
                "{\"alg\":\"ES256\"}", claims(""));
        assertThat(ecValidator.validate(good).subject()).contains("user-1");
        String input = good.substring(0, good.lastIndexOf('.'));
        byte[] n = unsigned32(((ECPublicKey) TestTokens.ec().getPublic()).getParams().getOrder().toByteArray());
        byte[] zeros = new byte[64];
        assertRejected(ecValidator, input + "." + b64(zeros), RejectionReason.BAD_SIGNATURE);
        byte[] rIsN = concat(n, n);
        assertRejected(ecValidator, input + "." + b64(rIsN), RejectionReason.BAD_SIGNATURE);
        byte[] original = java.util.Base64.getUrlDecoder().decode(good.substring(good.lastIndexOf('.') + 1));
        byte[] sZero = Arrays.copyOf(original, 64);
        Arrays.fill(sZero, 32, 64, (byte) 0);
        assertRejected(ecValidator, input + "." + b64(sZero), RejectionReason.BAD_SIGNATURE);
        byte[] ones = new byte[64];
        Arrays.fill(ones, (byte) 0xff);
        assertRejected(ecValidator, input + "." + b64(ones), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void ecdsa_der_signature_where_raw_r_s_is_due() throws Exception {
        TokenValidator ecValidator = TokenValidator.builder().key("ec", TestTokens.ec().getPublic())
                .clock(TestTokens.CLOCK).build();
        String input = b64("{\"alg\":\"ES256\"}") + "." + b64(claims(""));
        java.security.Signature der = java.security.Signature.getInstance("SHA256withECDSA");
        der.initSign(TestTokens.ec().getPrivate());
        der.update(input.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertRejected(ecValidator, input + "." + b64(der.sign()), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void unknown_crit_entries() {
        String token = hmac("HmacSHA256", TestTokens.SECRET,
                "{\"alg\":\"HS256\",\"crit\":[\"exp-ext\"],\"exp-ext\":1}", claims(""));
        assertRejected(validator, token, RejectionReason.UNSUPPORTED_CRITICAL);
        String emptyCrit = hmac("HmacSHA256", TestTokens.SECRET, "{\"alg\":\"HS256\",\"crit\":[]}", claims(""));
        assertRejected(validator, emptyCrit, RejectionReason.MALFORMED);
    }

    @Test
    void duplicate_header_parameter() {
        String token = hmac("HmacSHA256", TestTokens.SECRET, "{\"alg\":\"HS256\",\"alg\":\"HS256\"}", claims(""));
        assertRejected(validator, token, RejectionReason.MALFORMED);
        String escaped = hmac("HmacSHA256", TestTokens.SECRET, "{\"alg\":\"HS256\",\"\\u0061lg\":\"none\"}", claims(""));
        assertRejected(validator, escaped, RejectionReason.MALFORMED);
    }

    @Test
    void duplicate_claim_name() {
        assertRejected(validator, hs256(claims("\"sub\":\"admin\"")), RejectionReason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1700000600\"", "true", "null", "[1700000600]", "{}"})
    void exp_nbf_iat_of_the_wrong_json_type(String value) {
        String base = "{\"iss\":\"https://issuer\",\"aud\":\"api\"";
        assertRejected(validator, hs256(base + ",\"exp\":" + value + "}"), RejectionReason.MALFORMED);
        assertRejected(validator, hs256(base + ",\"exp\":" + (NOW + 60) + ",\"nbf\":" + value + "}"),
                RejectionReason.MALFORMED);
        assertRejected(validator, hs256(base + ",\"exp\":" + (NOW + 60) + ",\"iat\":" + value + "}"),
                RejectionReason.MALFORMED);
    }

    @Test
    void exp_and_nbf_outside_the_leeway() {
        String base = "{\"iss\":\"https://issuer\",\"aud\":\"api\",";
        assertRejected(validator, hs256(base + "\"exp\":" + (NOW - 60) + "}"), RejectionReason.EXPIRED);
        assertThat(validator.validate(hs256(base + "\"exp\":" + (NOW - 59) + "}")).subject()).isEmpty();
        assertRejected(validator, hs256(base + "\"exp\":" + (NOW + 60) + ",\"nbf\":" + (NOW + 61) + "}"),
                RejectionReason.NOT_YET_VALID);
        assertThat(validator.validate(hs256(base + "\"exp\":" + (NOW + 60) + ",\"nbf\":" + (NOW + 60) + "}"))
                .notBefore()).isPresent();
        assertRejected(validator, hs256(base + "\"exp\":" + (NOW + 600) + ",\"iat\":" + (NOW + 61) + "}"),
                RejectionReason.NOT_YET_VALID);
    }

    @Test
    void missing_exp_is_a_missing_claim() {
        assertRejected(validator, hs256("{\"iss\":\"https://issuer\",\"aud\":\"api\"}"), RejectionReason.MISSING_CLAIM);
        TokenValidator requiresJti = TestTokens.hs256Validator().requiredClaims("exp", "jti").build();
        assertRejected(requiresJti, hs256(claims("")), RejectionReason.MISSING_CLAIM);
        assertThat(requiresJti.validate(hs256(claims("\"jti\":\"j1\""))).jwtId()).contains("j1");
    }

    @Test
    void a_required_custom_claim_is_found_however_spelled_without_building_the_claims() {
        TokenValidator requiresTenant = TestTokens.hs256Validator().requiredClaims("exp", "tenant", "t\u00e9").build();
        assertRejected(requiresTenant, hs256(claims("\"t\u00e9\":1")), RejectionReason.MISSING_CLAIM);
        assertRejected(requiresTenant, hs256(claims("\"tenant\":1,\"tenan\":2,\"tenantx\":3")), RejectionReason.MISSING_CLAIM);
        assertRejected(requiresTenant, hs256(claims("\"o\":{\"tenant\":1,\"t\u00e9\":2}")), RejectionReason.MISSING_CLAIM);
        for (String present : new String[] {"\"tenant\":42,\"t\u00e9\":1", "\"\\u0074enant\":null,\"t\\u00e9\":\"x\"",
            "\"t\u00e9\":[],\"tenant\":{}"}) {
            Claims claims = requiresTenant.validate(hs256(claims(present)));
            assertThat(claims.built()).as(present).isFalse();
            assertThat(claims.has("tenant")).isTrue();
            assertThat(claims.has("t\u00e9")).isTrue();
            assertThat(claims.built()).isFalse();
            assertThat(claims.has("other")).isFalse();
            assertThat(claims.built()).isTrue();
        }
    }

    @Test
    void wrong_or_missing_issuer() {
        String base = ",\"aud\":\"api\",\"exp\":" + (NOW + 60) + "}";
        assertRejected(validator, hs256("{\"iss\":\"https://evil\"" + base), RejectionReason.WRONG_ISSUER);
        assertRejected(validator, hs256("{\"sub\":\"x\"" + base), RejectionReason.WRONG_ISSUER);
    }

    @Test
    void wrong_or_missing_audience_as_string_or_array() {
        String base = "{\"iss\":\"https://issuer\",\"exp\":" + (NOW + 60);
        assertRejected(validator, hs256(base + ",\"aud\":\"other\"}"), RejectionReason.WRONG_AUDIENCE);
        assertRejected(validator, hs256(base + ",\"aud\":[\"a\",\"b\"]}"), RejectionReason.WRONG_AUDIENCE);
        assertRejected(validator, hs256(base + "}"), RejectionReason.WRONG_AUDIENCE);
        assertRejected(validator, hs256(base + ",\"aud\":[]}"), RejectionReason.WRONG_AUDIENCE);
        assertRejected(validator, hs256(base + ",\"aud\":[\"api\",1]}"), RejectionReason.MALFORMED);
        // JSON null is not "no audience": a wrong type, even for a validator that checks no audience.
        assertRejected(validator, hs256(base + ",\"aud\":null}"), RejectionReason.MALFORMED);
        TokenValidator anyAudience = TokenValidator.builder().hmacSecret("k", TestTokens.SECRET).clock(TestTokens.CLOCK).build();
        assertRejected(anyAudience, hs256(base + ",\"aud\":null}"), RejectionReason.MALFORMED);
        assertThat(anyAudience.validate(hs256(base + "}")).audience()).isEmpty();
        assertThat(validator.validate(hs256(base + ",\"aud\":[\"other\",\"api\"]}")).audience())
                .containsExactly("other", "api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "a.b", "a.b.c.d", "..", "...", ""})
    void wrong_segment_count(String token) {
        assertRejected(validator, token, RejectionReason.MALFORMED);
    }

    @Test
    void non_canonical_base64url() {
        String token = hs256(claims(""));
        String[] parts = token.split("\\.");
        // Padding, standard-alphabet characters, whitespace, non-ASCII.
        assertRejected(validator, parts[0] + "=." + parts[1] + "." + parts[2], RejectionReason.MALFORMED);
        assertRejected(validator, parts[0] + "." + parts[1] + "." + parts[2] + "=", RejectionReason.MALFORMED);
        // The payload is decoded only after the signature verified: signed with the right key,
        // each bad encoding is refused as such; with the original signature it fails that first.
        String[] badPayloads = {parts[1] + "x+/", parts[1] + "x_/", " " + parts[1], parts[1] + "\u00e9", parts[1] + "=",
            parts[1] + "==", parts[1] + "x=", parts[1] + "xx=", parts[1].substring(0, 4) + "=" + parts[1].substring(4),
            parts[1] + "x", parts[1] + "xyz\n"};
        for (String payload : badPayloads) {
            String input = parts[0] + "." + payload;
            assertRejected(validator, input + "." + b64(TestTokens.mac("HmacSHA256", TestTokens.SECRET, input)),
                    RejectionReason.MALFORMED);
            assertRejected(validator, input + "." + parts[2], RejectionReason.BAD_SIGNATURE);
        }
        String payloadWithSpareBits = payloadEncodedWithSpareBits();
        char last = payloadWithSpareBits.charAt(payloadWithSpareBits.length() - 1);
        String alphabet64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String otherBits = payloadWithSpareBits.substring(0, payloadWithSpareBits.length() - 1)
                + alphabet64.charAt(alphabet64.indexOf(last) | 1);
        String input = parts[0] + "." + otherBits;
        assertRejected(validator, input + "." + b64(TestTokens.mac("HmacSHA256", TestTokens.SECRET, input)),
                RejectionReason.MALFORMED);
        // Non-zero trailing bits: the 43-character HS256 signature has 2 spare bits.
        String signature = parts[2];
        char lastChar = signature.charAt(42);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sameBytesOtherBits = alphabet.charAt(alphabet.indexOf(lastChar) | 1);
        assertThat(sameBytesOtherBits).isNotEqualTo(lastChar);
        assertRejected(validator, parts[0] + "." + parts[1] + "." + signature.substring(0, 42) + sameBytesOtherBits,
                RejectionReason.MALFORMED);
    }

    /** A valid claim set whose base64url text ends in a character with spare bits (length 2 mod 4). */
    private static String payloadEncodedWithSpareBits() {
        for (String padding = ""; ; padding += "x") {
            String encoded = b64(claims("\"p\":\"" + padding + "\""));
            if (encoded.length() % 4 == 2) {
                return encoded;
            }
        }
    }

    @Test
    void json_nested_beyond_the_limit() {
        String deep = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
        assertRejected(validator, hs256(claims("\"x\":" + deep)), RejectionReason.MALFORMED);
        String allowed = "[".repeat(StrictJson.MAX_DEPTH - 1) + "]".repeat(StrictJson.MAX_DEPTH - 1);
        assertThat(validator.validate(hs256(claims("\"x\":" + allowed))).has("x")).isTrue();
    }

    @Test
    void very_deep_nesting_inside_the_size_limit_is_bounded() {
        TokenValidator big = TestTokens.hs256Validator().maxTokenLength(1 << 20).build();
        String deep = "[".repeat(200_000);
        assertRejected(big, hs256(claims("\"x\":" + deep)), RejectionReason.MALFORMED);
        String deepHeader = hmac("HmacSHA256", TestTokens.SECRET, "{\"alg\":\"HS256\",\"x\":" + "{\"a\":".repeat(100_000), "{}");
        assertRejected(big, deepHeader, RejectionReason.MALFORMED);
    }

    @Test
    void tokens_over_the_maximum_length() {
        String token = hs256(claims("\"pad\":\"" + "x".repeat(9000) + "\""));
        assertRejected(validator, token, RejectionReason.TOO_LARGE);
        TokenValidator small = TestTokens.hs256Validator().maxTokenLength(100).build();
        assertRejected(small, hs256(claims("")), RejectionReason.TOO_LARGE);
        assertRejected(validator, "x".repeat(10_000_000), RejectionReason.TOO_LARGE);
    }

    @Test
    void unknown_kid_and_null_token() {
        String token = hmac("HmacSHA256", TestTokens.SECRET, "{\"alg\":\"HS256\",\"kid\":\"nope\"}", claims(""));
        assertRejected(validator, token, RejectionReason.UNKNOWN_KEY);
        assertRejected(validator, null, RejectionReason.MALFORMED);
    }

    @Test
    void registered_claims_of_the_wrong_type() {
        assertRejected(validator, hs256(claims("\"jti\":5")), RejectionReason.MALFORMED);
        assertRejected(validator, hs256(claims("\"roles\":\"admin\"")), RejectionReason.MALFORMED);
        assertRejected(validator, hs256(claims("\"scope\":[\"a\"]")), RejectionReason.MALFORMED);
        String issNumber = "{\"iss\":1,\"aud\":\"api\",\"exp\":" + (NOW + 60) + "}";
        assertRejected(validator, hs256(issNumber), RejectionReason.MALFORMED);
        assertRejected(validator, hs256(issNumber.replace("\"iss\":1", "\"iss\":null")), RejectionReason.MALFORMED);
    }

    private static byte[] unsigned32(byte[] bigEndian) {
        return Arrays.copyOfRange(bigEndian, bigEndian.length - 32, bigEndian.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
