package dev.perfgate.auth;

import dev.perfgate.peers.jwt.JwtImpl;
import dev.perfgate.peers.jwt.JwtValidatorFacade;
import dev.perfgate.peers.jwt.TokenFixture;
import dev.perfgate.peers.jwt.TokenShape;
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
 * RS256 and ES256 validation of a small access token, as a service validates tokens from an
 * identity provider that signs asymmetrically: every library against the raw JCA signature
 * verification of the same token, in the same run. The public-key operation dominates, so the
 * question is how close each library stays to that floor. Only the small shape: the claims cost
 * is what {@link TokenValidationBenchmark} measures. 10 + 2 = 12 combinations.
 *
 * <p>Throughput (ops/ms), the unit of the goal "within 10 % of a raw JCA verify".
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SignedTokenValidationBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
public class SignedTokenValidationBenchmark {

    /** One library validating one algorithm's token. */
    @State(Scope.Benchmark)
    public static class Peer {
        @Param({"RS256", "ES256"})
        public String alg;

        @Param({"perfgate", "nimbus", "jjwt", "javajwt", "jose4j"})
        public JwtImpl impl;

        JwtValidatorFacade validator;
        String token;

        @Setup
        public void setUp() {
            TokenFixture fixture = TokenFixture.create(alg, TokenShape.SMALL);
            validator = impl.create(fixture);
            token = fixture.token();
            validator.validate(token);
        }
    }

    /** The JCA floor over the same token. */
    @State(Scope.Thread)
    public static class Floor {
        @Param({"RS256", "ES256"})
        public String alg;

        JcaFloor floor;
        String token;

        @Setup
        public void setUp() {
            TokenFixture fixture = TokenFixture.create(alg, TokenShape.SMALL);
            floor = JcaFloor.acceptingOwnToken(fixture);
            token = fixture.token();
        }
    }

    @Benchmark
    public String validate(Peer state) {
        return state.validator.validate(state.token);
    }

    @Benchmark
    public boolean jcaFloor(Floor state) {
        return state.floor.verify(state.token);
    }
}
