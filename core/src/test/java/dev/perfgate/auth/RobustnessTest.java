package dev.perfgate.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For any input whatsoever only {@link TokenRejectedException} escapes: seeded random mutations
 * of valid tokens (deterministic, so a failure reproduces) and hostile JSON shapes.
 */
class RobustnessTest {

    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ {}[]\":,\\\u00e9\u0000";

    @Test
    void mutated_tokens_are_accepted_unchanged_or_rejected_never_thrown_otherwise() {
        TokenValidator hs = TestTokens.hs256Validator().build();
        TokenValidator ec = TokenValidator.builder().key("k", TestTokens.ec().getPublic())
                .clock(TestTokens.CLOCK).cache(8).build();
        String hsToken = TestTokens.hs256(TestTokens.claims("\"roles\":[\"a\",\"b\"]"));
        String ecToken = TestTokens.signed(JwsAlgorithm.ES256, TestTokens.ec().getPrivate(),
                "{\"alg\":\"ES256\",\"kid\":\"k\"}", TestTokens.claims(""));
        SplittableRandom random = new SplittableRandom(42);
        int accepted = 0;
        for (int i = 0; i < 8_000; i++) {
            boolean useHs = (i & 1) == 0;
            String original = useHs ? hsToken : ecToken;
            String mutated = mutate(original, random);
            Throwable thrown = catchThrowable(() -> (useHs ? hs : ec).validate(mutated));
            if (thrown == null) {
                accepted++;
                assertThat(mutated).isEqualTo(original);
            } else {
                assertThat(thrown).isExactlyInstanceOf(TokenRejectedException.class);
            }
        }
        assertThat(accepted).isLessThan(8_000);
    }

    @Test
    void structurally_valid_but_hostile_json_is_rejected_cleanly() {
        TokenValidator validator = TestTokens.hs256Validator().build();
        String[] payloads = {
            "", "{", "}", "[]", "null", "{\"exp\":1e999999}", "{\"exp\":-0.0e-5}", "{\"exp\":99999999999999999999999}",
            "{\"exp\":01}", "{\"exp\":1.}", "{\"exp\":-}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u12\"}", "{\"a\":tru}",
            "{\"a\":1}x", "{\"a\" 1}", "{\"a\":1,}", "{\"a\":[1,]}", "{\"a\":\"\u0001\"}", "{1:2}",
            "{\"exp\":-9223372036854775808}", "{\"exp\":-9223372036854775809}"
        };
        for (String payload : payloads) {
            Throwable thrown = catchThrowable(() -> validator.validate(TestTokens.hs256(payload)));
            if (thrown != null) {
                assertThat(thrown).as(payload).isExactlyInstanceOf(TokenRejectedException.class);
            }
        }
        byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, '"', '}'};
        String token = TestTokens.b64("{\"alg\":\"HS256\"}") + "." + TestTokens.b64(invalidUtf8);
        token = token + "." + TestTokens.b64(TestTokens.mac("HmacSHA256", TestTokens.SECRET, token));
        Rejections.assertRejected(validator, token, RejectionReason.MALFORMED);
    }

    @Test
    void a_huge_negative_exp_is_present_and_refused_not_absent() {
        // Long.MIN_VALUE is the reader's "absent" marker; a date that large is refused as beyond Instant's range.
        TokenValidator validator = TestTokens.hs256Validator().build();
        String token = TestTokens.hs256("{\"iss\":\"https://issuer\",\"aud\":\"api\",\"exp\":-9223372036854775808}");
        Rejections.assertRejected(validator, token, RejectionReason.MALFORMED);
        String earliest = TestTokens.hs256("{\"iss\":\"https://issuer\",\"aud\":\"api\",\"exp\":" + java.time.Instant.MIN.getEpochSecond() + "}");
        Rejections.assertRejected(validator, earliest, RejectionReason.EXPIRED);
    }

    private static String mutate(String token, SplittableRandom random) {
        StringBuilder out = new StringBuilder(token);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length() + 1);
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, c);
                case 1 -> { if (at < out.length()) out.deleteCharAt(at); }
                default -> { if (at < out.length()) out.setCharAt(at, c); }
            }
        }
        return out.toString();
    }
}
