package dev.perfgate.auth;

import dev.perfgate.peers.jwt.TokenFixture;
import dev.perfgate.peers.jwt.TokenShape;
import java.util.Base64;
import java.util.Map;
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
 * The measurement behind the validator's JSON choice: reading a token's claim set strictly
 * (duplicates refused, depth limited) with perfgate's dedicated reader against Jackson's
 * streaming parser with {@code STRICT_DUPLICATE_DETECTION}, into the same values, for the small
 * and the rich token. 2 x 2 = 4 combinations.
 *
 * <p>Throughput (ops/ms).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ClaimsJsonBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
@State(Scope.Thread)
public class ClaimsJsonBenchmark {

    /** The two strict readers compared. */
    public enum Parser { dedicated, jackson }

    @Param({"dedicated", "jackson"})
    public Parser parser;

    @Param({"SMALL", "RICH"})
    public TokenShape shape;

    private byte[] claims;

    @Setup
    public void setUp() throws Exception {
        String token = TokenFixture.create("HS256", shape).token();
        String[] parts = token.split("\\.");
        claims = Base64.getUrlDecoder().decode(parts[1]);
        if (!StrictJson.parseObject(claims).equals(JacksonClaimsReader.parseObject(claims))) {
            throw new IllegalStateException("the two readers disagree on the " + shape + " claims");
        }
    }

    @Benchmark
    public Map<String, Object> read() throws Exception {
        return parser == Parser.dedicated
                ? StrictJson.parseObject(claims)
                : JacksonClaimsReader.parseObject(claims);
    }
}
