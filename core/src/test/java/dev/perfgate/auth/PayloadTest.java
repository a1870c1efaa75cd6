package dev.perfgate.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Payload decoding and reading: decoding into a larger buffer agrees with the allocating decoder,
 * parsing a buffer prefix ignores what lies beyond it, tokens of very different sizes each see
 * only their own claims (the claims keep their payload, read lazily), and threads never see each
 * other's claims.
 */
class PayloadTest {

    @Test
    void decoding_into_a_dirty_larger_buffer_agrees_with_the_allocating_decoder() {
        SplittableRandom random = new SplittableRandom(11);
        byte[] buffer = new byte[300];
        for (int length = 0; length < 200; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            Arrays.fill(buffer, (byte) 0x5a);
            byte[] text = ("xx." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + ".yy")
                    .getBytes(US_ASCII);
            int decoded = Base64Url.decodeInto(text, 3, text.length - 3, buffer);
            assertThat(decoded).isEqualTo(length).isEqualTo(Base64Url.decodedLength(text.length - 6));
            assertThat(Arrays.copyOf(buffer, decoded)).isEqualTo(bytes);
        }
    }

    @Test
    void decoding_into_a_buffer_refuses_what_the_allocating_decoder_refuses() {
        for (String bad : new String[] {"QQ==", "Q", "QR", "QU+D", "QUJ\n", "QUJDR"}) {
            byte[] text = bad.getBytes(US_ASCII);
            assertThat(Base64Url.decodeInto(text, 0, text.length, new byte[16])).as(bad).isEqualTo(-1);
        }
        assertThat(Base64Url.decodedLength(5)).isEqualTo(-1);
    }

    @Test
    void parsing_a_prefix_ignores_the_rest_of_the_buffer_but_stays_strict_inside_it() throws Exception {
        byte[] buffer = "{\"a\":1}{\"junk\":".getBytes(UTF_8);
        assertThat(StrictJson.parseObject(buffer, 7)).containsEntry("a", 1L).hasSize(1);
        assertThatThrownBy(() -> StrictJson.parseObject(buffer, 6)).isInstanceOf(StrictJson.JsonException.class);
        assertThatThrownBy(() -> StrictJson.parseObject(buffer, 8)).hasMessageContaining("content after");
        byte[] duplicate = "{\"a\":1,\"a\":2}   ".getBytes(UTF_8);
        assertThatThrownBy(() -> StrictJson.parseObject(duplicate, 13)).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> StrictJson.parseObject(buffer, buffer.length + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_small_token_after_a_large_one_sees_only_its_own_claims() {
        TokenValidator validator = TestTokens.hs256Validator().maxTokenLength(64 * 1024).build();
        for (int size : new int[] {10, 5_000, 30_000, 10}) {
            String padding = "x".repeat(size);
            Claims claims = validator.validate(TestTokens.hs256(TestTokens.claims("\"pad\":\"" + padding + "\"")));
            assertThat(claims.get("pad", String.class)).contains(padding);
            assertThat(claims.asMap()).hasSize(6);
        }
        Claims plain = validator.validate(TestTokens.hs256(TestTokens.claims("")));
        assertThat(plain.asMap()).hasSize(5).doesNotContainKey("pad");
        assertThat(plain.subject()).contains("user-1");
    }

    @Test
    void a_rejected_token_leaves_no_trace_for_the_next_one() {
        TokenValidator validator = TestTokens.hs256Validator().build();
        String forged = TestTokens.hmac("HmacSHA256", "another-secret-of-32-bytes-long!".getBytes(US_ASCII),
                "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", TestTokens.claims("\"admin\":true"));
        Rejections.assertRejected(validator, forged, RejectionReason.BAD_SIGNATURE);
        assertThat(validator.validate(TestTokens.hs256(TestTokens.claims(""))).has("admin")).isFalse();
    }

    @Test
    void concurrent_threads_each_read_their_own_payload() throws Exception {
        TokenValidator validator = TestTokens.hs256Validator().build();
        int threads = 4;
        String[] tokens = new String[threads];
        for (int t = 0; t < threads; t++) {
            tokens[t] = TestTokens.hs256(TestTokens.claims("\"jti\":\"thread-" + t + "\",\"pad\":\"" + "p".repeat(t * 700) + "\""));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int checked = 0;
                    for (int i = 0; i < 5_000; i++) {
                        Claims claims = validator.validate(tokens[id]);
                        if (!claims.jwtId().orElseThrow().equals("thread-" + id)
                                || claims.get("pad", String.class).orElseThrow().length() != id * 700) {
                            throw new AssertionError("thread " + id + " read another thread's claims");
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(5_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
