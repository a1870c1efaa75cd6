package dev.perfgate.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Accepts the published JWS examples, with a clock injected before their 2011 expiry. */
class RfcVectorsTest {

    /** One minute before the examples' exp of 1300819380. */
    private static final Clock BEFORE_EXPIRY = Clock.fixed(Instant.ofEpochSecond(1300819320L), ZoneOffset.UTC);
    private static final String EXAMPLE_PAYLOAD =
            "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";

    @Test
    void rfc7515_a1_hs256() {
        String token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9." + EXAMPLE_PAYLOAD
                + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertJoeClaims(validator("rfc7515-a1-hs256.jwks.json").validate(token));
    }

    @Test
    void rfc7515_a2_rs256() {
        String token = "eyJhbGciOiJSUzI1NiJ9." + EXAMPLE_PAYLOAD + "."
                + "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7"
                + "AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4"
                + "BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K"
                + "0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqv"
                + "hJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrB"
                + "p0igcN_IoypGlUPQGe77Rw";
        assertJoeClaims(validator("rfc7515-a2-rs256.jwks.json").validate(token));
    }

    @Test
    void rfc7515_a3_es256() {
        String token = "eyJhbGciOiJFUzI1NiJ9." + EXAMPLE_PAYLOAD + "."
                + "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSA"
                + "pmWQxfKTUJqPP3-Kg6NU1Q";
        assertJoeClaims(validator("rfc7515-a3-es256.jwks.json").validate(token));
    }

    @Test
    void rfc7515_examples_expire_after_their_exp() {
        String token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9." + EXAMPLE_PAYLOAD
                + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        TokenValidator systemClock = TokenValidator.builder()
                .jwkSet(TestTokens.resource("rfc7515-a1-hs256.jwks.json")).build();
        assertThatThrownBy(() -> systemClock.validate(token))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.EXPIRED));
    }

    @Test
    void rfc7520_4_4_hs256_with_kid_over_a_plain_text_payload() {
        String token = "eyJhbGciOiJIUzI1NiIsImtpZCI6IjAxOGMwYWU1LTRkOWItNDcxYi1iZmQ2LWVlZjMxNGJjNzAzNyJ9."
                + "SXTigJlzIGEgZGFuZ2Vyb3VzIGJ1c2luZXNzLCBGcm9kbywgZ29pbmcgb3V0IHlvdXIgZG9vci4gWW91IHN0ZXAgb250byB0aGUgcm9hZCwgYW5kIGlmIHlvdSBkb24ndCBrZWVwIHlvdXIgZmVldCwgdGhlcmXigJlzIG5vIGtub3dpbmcgd2hlcmUgeW91IG1pZ2h0IGJlIHN3ZXB0IG9mZiB0by4"
                + ".s0h6KThzkfBBBkLspW1h84VsJZFTsPPqMDA7g1Md7p0";
        byte[] payload = validator("rfc7520-4.4-hs256.jwks.json").verifySignature(token);
        assertThat(new String(payload, StandardCharsets.UTF_8))
                .startsWith("It\u2019s a dangerous business, Frodo, going out your door.")
                .endsWith("there\u2019s no knowing where you might be swept off to.");
        // The same JWS is no JWT: validate() refuses its plain-text payload.
        assertThatThrownBy(() -> validator("rfc7520-4.4-hs256.jwks.json").validate(token))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.MALFORMED));
    }

    @Test
    void rfc8037_a4_ed25519() {
        String token = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
                + "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
        byte[] payload = validator("rfc8037-a-ed25519.jwks.json").verifySignature(token);
        assertThat(new String(payload, StandardCharsets.US_ASCII)).isEqualTo("Example of Ed25519 signing");
    }

    private static TokenValidator validator(String jwks) {
        return TokenValidator.builder()
                .jwkSet(TestTokens.resource(jwks))
                .issuers("joe")
                .clock(BEFORE_EXPIRY)
                .build();
    }

    private static void assertJoeClaims(Claims claims) {
        assertThat(claims.issuer()).contains("joe");
        assertThat(claims.expiresAt()).contains(Instant.ofEpochSecond(1300819380L));
        assertThat(claims.get("http://example.com/is_root", Boolean.class)).contains(true);
        assertThat(claims.audience()).isEmpty();
    }
}
