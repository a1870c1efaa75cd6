package dev.perfgate.auth;

import dev.perfgate.peers.jwt.JwtImpl;
import dev.perfgate.peers.jwt.JwtValidatorFacade;
import dev.perfgate.peers.jwt.PerfgateCache;
import dev.perfgate.peers.jwt.TokenFixture;
import dev.perfgate.peers.jwt.TokenShape;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * HS256 access-token validation, the golden path's hottest check (every WebSocket connect and
 * every backend call): perfgate against nimbus-jose-jwt, jjwt, java-jwt and jose4j on a small and
 * a rich token, perfgate's verified-token cache (hit and miss), and the raw JCA floor (bytes,
 * base64url, HMAC, constant-time compare) in the same run, so every ratio comes from one JVM
 * population. Each state only carries the parameters its benchmarks need, so the floor and the
 * cache are not multiplied by {@code impl}: 10 + 2 + 2 + 2 + 1 = 17 combinations.
 *
 * <p>Throughput (ops/ms): these are sub-10 µs operations and the goals are throughput ratios.
 * Warm-up is 3 x 1 s because java-jwt (Jackson databind) was still speeding up after 2 x 500 ms;
 * the launcher's quick profile (1 x 200 ms) favours the lighter implementations, perfgate included.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TokenValidationBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
public class TokenValidationBenchmark {

    /** One library validating one token shape. */
    @State(Scope.Benchmark)
    public static class Peer {
        @Param({"perfgate", "nimbus", "jjwt", "javajwt", "jose4j"})
        public JwtImpl impl;

        @Param({"SMALL", "RICH"})
        public TokenShape shape;

        JwtValidatorFacade validator;
        String token;

        @Setup
        public void setUp() {
            TokenFixture fixture = TokenFixture.create("HS256", shape);
            validator = impl.create(fixture);
            token = fixture.token();
            validator.validate(token); // fail fast if the fixture is not valid for this library
        }
    }

    /**
     * perfgate with a warm verified-token cache: the same token every call, as one session sends
     * it, but never the String instance the cache holds, since a server reads each request's
     * token into a new String. The state cycles through 16 distinct copies made in set-up (few
     * enough to stay in the L1 cache, as a just-received token is), so {@code equals} cannot pass
     * by identity and the time is the validator's alone; the cache never calls
     * {@link String#hashCode()}, so the copies' cached hashes flatter nothing.
     * {@code perfgateCacheHitNewString} adds the per-request copy, to show the end-to-end cost.
     */
    @State(Scope.Thread)
    public static class CacheHit {
        @Param({"SMALL", "RICH"})
        public TokenShape shape;

        JwtValidatorFacade validator;
        byte[] wire;
        String[] received;
        int next;

        @Setup
        public void setUp() {
            TokenFixture fixture = TokenFixture.create("HS256", shape);
            validator = PerfgateCache.create(fixture, 1024);
            wire = fixture.token().getBytes(StandardCharsets.ISO_8859_1);
            validator.validate(fixture.token());
            received = new String[16];
            for (int i = 0; i < received.length; i++) {
                received[i] = newString();
            }
        }

        String receivedToken() {
            String token = received[next];
            next = (next + 1) & (received.length - 1);
            return token;
        }

        String newString() {
            return new String(wire, StandardCharsets.ISO_8859_1);
        }
    }

    /** perfgate with a cache too small for the token stream: every call verifies, inserts, evicts. */
    @State(Scope.Thread)
    public static class CacheMiss {
        String[] tokens;
        JwtValidatorFacade validator;
        int next;

        @Setup
        public void setUp() {
            tokens = PerfgateCache.distinctTokens("HS256", 4096);
            validator = PerfgateCache.create(TokenFixture.create("HS256", TokenShape.SMALL), 16);
        }

        String nextToken() {
            String token = tokens[next];
            next = (next + 1) & (tokens.length - 1);
            return token;
        }
    }

    /** The JCA floor over the same token. */
    @State(Scope.Thread)
    public static class Floor {
        @Param({"SMALL", "RICH"})
        public TokenShape shape;

        JcaFloor floor;
        String token;

        @Setup
        public void setUp() {
            TokenFixture fixture = TokenFixture.create("HS256", shape);
            floor = JcaFloor.acceptingOwnToken(fixture);
            token = fixture.token();
        }
    }

    @Benchmark
    public String validate(Peer state) {
        return state.validator.validate(state.token);
    }

    @Benchmark
    public String perfgateCacheHit(CacheHit state) {
        return state.validator.validate(state.receivedToken());
    }

    @Benchmark
    public String perfgateCacheHitNewString(CacheHit state) {
        return state.validator.validate(state.newString());
    }

    @Benchmark
    public String perfgateCacheMiss(CacheMiss state) {
        return state.validator.validate(state.nextToken());
    }

    @Benchmark
    public boolean jcaFloor(Floor state) {
        return state.floor.verify(state.token);
    }
}
