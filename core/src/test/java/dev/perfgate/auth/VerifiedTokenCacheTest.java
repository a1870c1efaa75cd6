package dev.perfgate.auth;

import static dev.perfgate.auth.Rejections.assertRejected;
import static dev.perfgate.auth.TestTokens.NOW;
import static dev.perfgate.auth.TestTokens.claims;
import static dev.perfgate.auth.TestTokens.hs256;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The verified-token cache: hits, time re-checks, expiry, bound, keying, contention. */
class VerifiedTokenCacheTest {

    private final MutableClock clock = new MutableClock(NOW);

    private TokenValidator cached(int size) {
        return TestTokens.hs256Validator().clock(clock).cache(size).build();
    }

    @Test
    void a_hit_returns_the_same_verified_claims() {
        TokenValidator validator = cached(10);
        String token = hs256(claims(""));
        Claims first = validator.validate(token);
        assertThat(validator.validate(token)).isSameAs(first);
    }

    @Test
    void without_a_cache_every_call_verifies_again() {
        TokenValidator validator = TestTokens.hs256Validator().clock(clock).build();
        String token = hs256(claims(""));
        assertThat(validator.validate(token)).isNotSameAs(validator.validate(token));
    }

    @Test
    void a_hit_still_rechecks_exp_against_the_clock() {
        TokenValidator validator = TestTokens.hs256Validator().clock(clock).cache(10)
                .leeway(java.time.Duration.ZERO).build();
        String token = hs256("{\"iss\":\"https://issuer\",\"aud\":\"api\",\"exp\":" + (NOW + 30) + "}");
        validator.validate(token);
        clock.advanceSeconds(29);
        assertThat(validator.validate(token).expiresAt()).isPresent();
        clock.advanceSeconds(1);
        assertRejected(validator, token, RejectionReason.EXPIRED);
    }

    @Test
    void a_hit_rechecks_exp_with_the_leeway_and_the_entry_dies_at_exp() {
        TokenValidator validator = cached(10);
        String token = hs256("{\"iss\":\"https://issuer\",\"aud\":\"api\",\"exp\":" + (NOW + 30) + "}");
        Claims first = validator.validate(token);
        clock.advanceSeconds(45);
        // Past exp but within the 60 s leeway: still valid, but re-verified (the entry died at exp).
        Claims second = validator.validate(token);
        assertThat(second).isNotSameAs(first);
        assertThat(validator.validate(token)).isNotSameAs(second);
        clock.advanceSeconds(60);
        assertRejected(validator, token, RejectionReason.EXPIRED);
    }

    @Test
    void a_hit_rechecks_nbf_against_the_clock_when_the_clock_goes_back() {
        TokenValidator validator = cached(10);
        String token = hs256(claims("\"nbf\":" + NOW));
        validator.validate(token);
        clock.advanceSeconds(-61);
        assertRejected(validator, token, RejectionReason.NOT_YET_VALID);
    }

    @Test
    void a_rejected_token_is_never_cached_and_a_variant_never_hits() {
        TokenValidator validator = cached(10);
        String token = hs256(claims(""));
        validator.validate(token);
        String[] parts = token.split("\\.");
        String otherPayload = TestTokens.b64(claims("\"admin\":true"));
        String spliced = parts[0] + "." + otherPayload + "." + parts[2];
        assertRejected(validator, spliced, RejectionReason.BAD_SIGNATURE);
        assertRejected(validator, spliced, RejectionReason.BAD_SIGNATURE);
        assertRejected(validator, token + "=", RejectionReason.MALFORMED);
        assertRejected(validator, " " + token, RejectionReason.MALFORMED);
    }

    @Test
    void tokens_without_exp_are_not_cached() {
        TokenValidator validator = TestTokens.hs256Validator().clock(clock).cache(10).requiredClaims().build();
        String token = hs256("{\"iss\":\"https://issuer\",\"aud\":\"api\"}");
        assertThat(validator.validate(token)).isNotSameAs(validator.validate(token));
    }

    @Test
    void the_size_is_bounded() {
        VerifiedTokenCache cache = new VerifiedTokenCache(16);
        Claims claims = ClaimsReader.read(claims("").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < 1000; i++) {
            cache.put("token-" + i, claims, NOW);
            assertThat(cache.size()).isLessThanOrEqualTo(16);
        }
        assertThat(cache.get("token-999", NOW)).isSameAs(claims);
        assertThat(cache.get("token-999", NOW + 600)).isNull();
        assertThat(cache.size()).isLessThanOrEqualTo(15);
    }

    @Test
    void the_signature_only_finds_the_entry_a_hit_needs_the_whole_token() {
        VerifiedTokenCache cache = new VerifiedTokenCache(4);
        Claims claims = ClaimsReader.read(claims("").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String token = hs256(claims(""));
        cache.put(token, claims, NOW);
        String sameSignatureOtherHeader = "x" + token.substring(1);
        String sameSignatureShorter = token.substring(1);
        assertThat(cache.get(sameSignatureOtherHeader, NOW)).isNull();
        assertThat(cache.get(sameSignatureShorter, NOW)).isNull();
        assertThat(cache.get(new String(token.toCharArray()), NOW)).isSameAs(claims);
        for (int length = 0; length < 10; length++) {
            assertThat(cache.get(token.substring(token.length() - length), NOW)).as("last %d characters", length).isNull();
        }
    }

    @Test
    void with_one_slot_the_newest_verified_token_takes_it() {
        VerifiedTokenCache cache = new VerifiedTokenCache(1);
        Claims shortLived = ClaimsReader.read(("{\"exp\":" + (NOW + 10) + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Claims longLived = ClaimsReader.read(("{\"exp\":" + (NOW + 1000) + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        cache.put("long-lived-token", longLived, NOW);
        cache.put("short-lived-token", shortLived, NOW);
        assertThat(cache.get("short-lived-token", NOW)).isSameAs(shortLived);
        assertThat(cache.get("long-lived-token", NOW)).isNull();
        cache.put("long-lived-token", longLived, NOW + 10);
        assertThat(cache.get("long-lived-token", NOW + 10)).isSameAs(longLived);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void concurrent_validations_agree_and_stay_bounded() throws Exception {
        TokenValidator validator = cached(64);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(hs256(claims("\"jti\":\"t" + i + "\"")));
        }
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < tokens.size(); i++) {
                            String token = tokens.get((i * 7 + offset + round) % tokens.size());
                            Claims claims = validator.validate(token);
                            if (claims.jwtId().orElseThrow().equals("t" + tokens.indexOf(token))) {
                                ok++;
                            }
                        }
                    }
                    return ok;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(20 * tokens.size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(validator.cachedTokens()).isBetween(1, 64);
    }
}
