package dev.perfgate.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Claims read only the registered claims while validating and build the rest on first use: what
 * they return is the same as a full read, before and after the build, and threads racing to build
 * a shared instance all see equal, complete values.
 */
class ClaimsTest {

    private static final String JSON = "{\"iss\":\"https://issuer\",\"sub\":\"u\\u00e9\",\"aud\":[\"a\",\"b\"],"
            + "\"exp\":1700000060,\"nbf\":1699999999.9,\"scope\":\" read  write \",\"roles\":[\"r1\",\"r2\"],"
            + "\"realm\":{\"roles\":[\"x\"]},\"n\":null,\"tenant\":42,\"ratio\":0.5,\"flag\":true}";

    @Test
    void lazily_built_members_equal_a_full_read() throws Exception {
        Claims claims = ClaimsReader.read(JSON.getBytes(UTF_8));
        assertThat(claims.built()).isFalse();
        assertThat(claims.issuer()).contains("https://issuer");
        assertThat(claims.subject()).contains("u\u00e9");
        assertThat(claims.audience()).containsExactly("a", "b");
        assertThat(claims.expiresAt()).hasValueSatisfying(at -> assertThat(at.getEpochSecond()).isEqualTo(1700000060L));
        assertThat(claims.notBefore()).hasValueSatisfying(at -> assertThat(at.getEpochSecond()).isEqualTo(1699999999L));
        assertThat(claims.scopes()).containsExactly("read", "write");
        assertThat(claims.roles()).containsExactly("r1", "r2");
        assertThat(claims.has("exp")).isTrue();
        assertThat(claims.has("jti")).isFalse();
        assertThat(claims.built()).as("registered claims need no map").isFalse();

        assertThat(claims.has("n")).isTrue();
        assertThat(claims.built()).isTrue();
        assertThat(claims.asMap()).isEqualTo(StrictJson.parseObject(JSON.getBytes(UTF_8)));
        assertThat(claims.get("tenant", Long.class)).contains(42L);
        assertThat(claims.get("realm", Map.class)).contains(Map.of("roles", List.of("x")));
        assertThat(claims.get("n", String.class)).isEmpty();
        assertThatThrownBy(() -> claims.get("ratio", Long.class)).hasMessageContaining("'ratio' is a Double");
        assertThat(claims.toString()).contains("tenant=42");
    }

    @Test
    void threads_racing_to_build_a_shared_instance_all_see_the_same_members() throws Exception {
        Map<String, Object> expected = StrictJson.parseObject(JSON.getBytes(UTF_8));
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 300; round++) {
                Claims shared = ClaimsReader.read(JSON.getBytes(UTF_8));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Object>>> seen = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    seen.add(pool.submit(() -> {
                        start.await();
                        return List.of(shared.roles(), shared.asMap(), shared.has("tenant"), shared.roles());
                    }));
                }
                start.countDown();
                for (Future<List<Object>> future : seen) {
                    List<Object> values = future.get(10, TimeUnit.SECONDS);
                    assertThat(values.get(0)).as("round %d", round).isEqualTo(List.of("r1", "r2"));
                    assertThat(values.get(1)).isEqualTo(expected);
                    assertThat(values.get(2)).isEqualTo(true);
                    assertThat(values.get(3)).isEqualTo(values.get(0));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
