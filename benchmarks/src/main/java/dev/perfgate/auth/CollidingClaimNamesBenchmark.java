package dev.perfgate.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A signed claim set of many member names, all distinct or all with one
 * {@link String#hashCode()} (every concatenation of "Aa" and "BB" collides): the workload that
 * made duplicate-name detection quadratic (issue 17). Time per validation should grow about
 * linearly with the name count for both kinds, colliding ones a constant factor slower (they
 * are sorted instead of hashed).
 *
 * <p>AverageTime in microseconds: one validation of a 50-250 KB token takes hundreds of µs.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CollidingClaimNamesBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@Measurement(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(1)
@State(Scope.Benchmark)
public class CollidingClaimNamesBenchmark {

    /** How the claim names relate to each other's hash. */
    public enum Names { COLLIDING, DISTINCT }

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final long NOW = 1_700_000_000L;

    @Param({"2048", "4096", "8192"})
    public int count;

    @Param({"COLLIDING", "DISTINCT"})
    public Names names;

    private TokenValidator validator;
    private String token;

    @Setup
    public void setUp() throws Exception {
        validator = TokenValidator.builder().hmacSecret(null, SECRET)
                .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
                .maxTokenLength(1 << 20).build();
        int k = Integer.numberOfTrailingZeros(count);
        StringBuilder claims = new StringBuilder("{\"exp\":").append(NOW + 600);
        for (int bits = 0; bits < count; bits++) {
            claims.append(",\"");
            for (int i = 0; i < k; i++) {
                boolean one = (bits >> i & 1) != 0;
                // Same length either way; DISTINCT pairs ("Aa"/"Bb") do not collide.
                claims.append(one ? (names == Names.COLLIDING ? "BB" : "Bb") : "Aa");
            }
            claims.append("\":0");
        }
        claims.append('}');
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.US_ASCII)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.US_ASCII));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        token = input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        validator.validate(token); // fail fast if the token is not valid
    }

    @Benchmark
    public Claims validate() {
        return validator.validate(token);
    }
}
