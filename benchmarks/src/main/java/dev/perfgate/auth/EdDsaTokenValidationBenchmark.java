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
 * EdDSA (Ed25519) validation of a small access token against the raw JCA Ed25519 verification
 * of the same token. A class of its own because only perfgate, jjwt and jose4j can verify Ed25519
 * on a plain JDK (java-jwt has no EdDSA; nimbus needs Tink), and no combination may fail:
 * 3 + 1 = 4 combinations.
 *
 * <p>Throughput (ops/ms), like the other auth benchmarks.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EdDsaTokenValidationBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 13, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
public class EdDsaTokenValidationBenchmark {

    private static final String ALG = "EdDSA";

    /** One library validating an Ed25519-signed token. */
    @State(Scope.Benchmark)
    public static class Peer {
        @Param({"perfgate", "jjwt", "jose4j"})
        public JwtImpl impl;

        JwtValidatorFacade validator;
        String token;

        @Setup
        public void setUp() {
            TokenFixture fixture = TokenFixture.create(ALG, TokenShape.SMALL);
            validator = impl.create(fixture);
            token = fixture.token();
            validator.validate(token);
        }
    }

    /** The JCA floor over the same token. */
    @State(Scope.Thread)
    public static class Floor {

        JcaFloor floor;
        String token;

        @Setup
        public void setUp() {
            TokenFixture fixture = TokenFixture.create(ALG, TokenShape.SMALL);
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
