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
 * (duplicates refused, depth limited) for the small and the rich token, three ways:
 * {@code dedicated} builds every claim with perfgate's {@link StrictJson}; {@code jackson} builds
 * the same values with Jackson's streaming parser and {@code STRICT_DUPLICATE_DETECTION};
 * {@code scan} is what the validator does: one {@link JsonScanner} pass that checks everything by
 * the same rules and reads only the registered claims, leaving the rest for {@link Claims} to
 * build on first use. 3 x 2 = 6 combinations.
 *
 * <p>Throughput (ops/ms).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ClaimsJsonBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
@State(Scope.Thread)
public class ClaimsJsonBenchmark {

    /** The two strict readers compared. */
    public enum Parser { dedicated, scan, jackson }

    @Param({"dedicated", "scan", "jackson"})
    public Parser parser;

    @Param({"SMALL", "RICH"})
    public TokenShape shape;

    private byte[] claims;

    @Setup
    public void setUp() throws Exception {
        String token = TokenFixture.create("HS256", shape).token();
        String[] parts = token.split("\\.");
        claims = Base64.getUrlDecoder().decode(parts[1]);
        Map<String, Object> built = StrictJson.parseObject(claims);
        if (!built.equals(JacksonClaimsReader.parseObject(claims)) || !built.equals(ClaimsReader.read(claims).asMap())) {
            throw new IllegalStateException("the three readers disagree on the " + shape + " claims");
        }
    }

    @Benchmark
    public Object read() throws Exception {
        return switch (parser) {
            case dedicated -> StrictJson.parseObject(claims);
            // The reader keeps the array it is given and never writes to it, so one array serves every call.
            case scan -> ClaimsReader.read(claims);
            case jackson -> JacksonClaimsReader.parseObject(claims);
        };
    }
}
