package dev.perfgate.auth;

import static dev.perfgate.auth.Rejections.assertRejected;
import static dev.perfgate.auth.TestTokens.NOW;
import static dev.perfgate.auth.TestTokens.SECRET;
import static dev.perfgate.auth.TestTokens.b64;
import static dev.perfgate.auth.TestTokens.claims;
import static dev.perfgate.auth.TestTokens.hmac;
import static dev.perfgate.auth.TestTokens.hs256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Token-validation edge cases an independent review found (issue 17): NumericDates beyond
 * {@link Instant}, a non-string {@code kid}, lone surrogate escapes, and non-ASCII token text.
 */
class TokenEdgeCasesTest {

    private static final String BASE = "{\"iss\":\"https://issuer\",\"aud\":\"api\"";
    private final TokenValidator validator = TestTokens.hs256Validator().build();

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "31556889864403200", "-31557014167219201", "32000000000000000",
        "999999999999999999", "-999999999999999999", "1e19", "99999999999999999999999", "3.2e16"})
    void numeric_dates_beyond_what_instant_holds_are_malformed(String date) {
        assertRejected(validator, hs256(BASE + ",\"exp\":" + date + "}"), RejectionReason.MALFORMED);
        assertRejected(validator, hs256(BASE + ",\"exp\":" + (NOW + 60) + ",\"nbf\":" + date + "}"),
                RejectionReason.MALFORMED);
        assertRejected(validator, hs256(BASE + ",\"exp\":" + (NOW + 60) + ",\"iat\":" + date + "}"),
                RejectionReason.MALFORMED);
    }

    @Test
    void the_edges_of_instants_range_are_accepted_and_every_accessor_answers() {
        long max = Instant.MAX.getEpochSecond();
        long min = Instant.MIN.getEpochSecond();
        // A fraction is read as a double: 3.1556889864403196e16 is one exactly, 31556889864403199.5 rounds past the range.
        for (String exp : new String[] {Long.toString(max), "3.1556889864403196e16", "31556889864403196.75", "3.1e16"}) {
            Claims claims = validator.validate(hs256(BASE + ",\"exp\":" + exp + ",\"nbf\":" + min + ",\"iat\":" + min + "}"));
            assertThat(claims.expiresAt()).as(exp).isPresent();
            assertThat(claims.notBefore()).contains(Instant.MIN);
            assertThat(claims.issuedAt()).contains(Instant.MIN);
        }
        assertThat(validator.validate(hs256(BASE + ",\"exp\":" + max + "}")).expiresAt())
                .contains(Instant.ofEpochSecond(max));
        assertThat(validator.validate(hs256(BASE + ",\"exp\":" + (NOW + 60) + ",\"nbf\":" + min + ".9}")).notBefore())
                .contains(Instant.MIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "1", "true", "[\"k\"]", "{}"})
    void a_kid_that_is_not_a_string_is_malformed_not_absent(String kid) {
        String token = hmac("HmacSHA256", SECRET, "{\"alg\":\"HS256\",\"kid\":" + kid + "}", claims(""));
        assertRejected(validator, token, RejectionReason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udbff", "\\udc00", "\\udfff", "x\\ud800y", "\\ud800\\u0041", "\\ud800\\ud800",
        "\\udc00\\ud800", "\\ud800\\n", "\\ud83d", "\\ude00\\ud83d", "\\ud83d\\ude00\\ude00"})
    void a_lone_surrogate_escape_is_refused_in_any_string(String escape) {
        String quoted = "\"" + escape + "\"";
        assertRejected(validator, hs256(claims("\"sub2\":" + quoted)), RejectionReason.MALFORMED);
        assertRejected(validator, hs256(BASE + ",\"exp\":" + (NOW + 60) + ",\"sub\":" + quoted + "}"), RejectionReason.MALFORMED);
        assertRejected(validator, hs256(claims("\"x\":{\"deep\":[" + quoted + "]}")), RejectionReason.MALFORMED);
        assertRejected(validator, hs256(claims(quoted + ":1")), RejectionReason.MALFORMED);
        String header = hmac("HmacSHA256", SECRET, "{\"alg\":\"HS256\",\"note\":" + quoted + "}", claims(""));
        assertRejected(validator, header, RejectionReason.MALFORMED);
        String headerName = hmac("HmacSHA256", SECRET, "{\"alg\":\"HS256\"," + quoted + ":1}", claims(""));
        assertRejected(validator, headerName, RejectionReason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udc00", "\\ud800\\u0041", "\\ud83d\\ude00\\ude00"})
    void both_json_readers_refuse_a_lone_surrogate(String escape) {
        byte[] json = ("{\"a\":[\"" + escape + "\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictJson.parseObject(json))
                .isInstanceOf(StrictJson.JsonException.class).hasMessageContaining("surrogate");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonScanner.scan(json, json.length, (in, nf, nt, d, k, vf, vt, p) -> { }))
                .isInstanceOf(StrictJson.JsonException.class).hasMessageContaining("surrogate");
    }

    @Test
    void a_surrogate_encoded_in_utf8_is_refused_too() {
        // CESU-style bytes of U+D800 (ED A0 80): not UTF-8, so the decoder refuses them.
        byte[] payload = ("{\"exp\":" + (NOW + 60) + ",\"a\":\"\u0000\u0000\u0000\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = new String(payload, java.nio.charset.StandardCharsets.UTF_8).indexOf('\u0000');
        payload[at] = (byte) 0xed;
        payload[at + 1] = (byte) 0xa0;
        payload[at + 2] = (byte) 0x80;
        String input = b64("{\"alg\":\"HS256\"}") + "." + b64(payload);
        String token = input + "." + b64(TestTokens.mac("HmacSHA256", SECRET, input));
        TokenValidator any = TokenValidator.builder().hmacSecret(null, SECRET).clock(TestTokens.CLOCK).build();
        assertRejected(any, token, RejectionReason.MALFORMED);
    }

    @Test
    void a_surrogate_pair_escape_is_accepted_as_its_character() {
        Claims claims = validator.validate(hs256(claims("\"emoji\":\"a\\ud83d\\ude00b\",\"\\ud83d\\ude00\":1")));
        assertThat(claims.get("emoji", String.class)).contains("a\ud83d\ude00b");
        assertThat(claims.has("\ud83d\ude00")).isTrue();
        Claims upper = validator.validate(hs256(claims("\"emoji\":\"\\uD83D\\uDE00\"")));
        assertThat(upper.get("emoji", String.class)).contains("\ud83d\ude00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud83d\ude00", "\ud83d\ude00\ud83d\ude00\ud83d\ude00", "\u00e9", "\u4e00", "\ud800", "\u0100", "\u0080", "?"})
    void non_ascii_token_text_is_refused_with_a_proper_reason_never_by_the_safety_net(String character) {
        String good = hs256(claims(""));
        assertThat(validator.validate(good).subject()).contains("user-1");
        int firstDot = good.indexOf('.');
        int lastDot = good.lastIndexOf('.');
        boolean pair = character.codePoints().anyMatch(Character::isSupplementaryCodePoint);
        String inPayload = good.substring(0, firstDot + 1) + character + good.substring(firstDot + 1);
        String[] elsewhere = {
            character + good,
            good.substring(0, 3) + character + good.substring(3),
            good.substring(0, firstDot) + character + good.substring(firstDot),
            good.substring(0, lastDot + 1) + character + good.substring(lastDot + 1),
            good + character,
            character.repeat(20) + good.substring(20),
        };
        for (String token : elsewhere) {
            TokenRejectedException e = rejection(token);
            assertThat(e.reason()).as(token).isEqualTo(RejectionReason.MALFORMED);
            if (pair) {
                assertThat(e.getMessage()).as(token).contains("non-ASCII");
            }
        }
        // In the payload, which is decoded only once the signature verified, the signature fails first.
        assertThat(rejection(inPayload).reason()).isEqualTo(pair ? RejectionReason.MALFORMED : RejectionReason.BAD_SIGNATURE);
        assertThat(validator.validate(good).subject()).contains("user-1");
    }

    /** The rejection of {@code token}, which must not be the safety net's ("unexpected <exception>"). */
    private TokenRejectedException rejection(String token) {
        TokenRejectedException e = catchThrowableOfType(() -> validator.validate(token), TokenRejectedException.class);
        assertThat(e).as(token).isNotNull();
        assertThat(e.getMessage()).as(token).doesNotContain("unexpected");
        return e;
    }

    @Test
    void non_ascii_text_is_refused_by_verify_signature_too() {
        String good = hs256(claims(""));
        TokenRejectedException e = catchThrowableOfType(
                () -> validator.verifySignature("\ud83d\ude00" + good), TokenRejectedException.class);
        assertThat(e.getMessage()).contains("non-ASCII");
        assertThat(b64("x")).isEqualTo("eA");
    }
}
