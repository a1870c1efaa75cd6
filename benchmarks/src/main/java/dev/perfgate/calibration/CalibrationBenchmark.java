package dev.perfgate.calibration;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Work of known cost: the ground truth for the tracker's accuracy study.
 *
 * <p>{@code slowdownPercent} adds that much more of the same work, so an A/B comparison of
 * {@code slowdownPercent=0} against {@code 10} has a true effect of +10 % by construction, and
 * an A/A comparison (0 against 0, separate JVMs) has none. {@link Blackhole#consumeCPU} burns a
 * number of tokens linear in its argument and cannot be optimised away, which is exactly the
 * property a calibration workload needs. The base cost is a few microseconds so that SampleTime's
 * ~20 ns timer step is far below the effect sizes studied.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CalibrationBenchmark -p slowdownPercent=0,10}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(3)
@State(Scope.Thread)
public class CalibrationBenchmark {

    /** Tokens of {@link Blackhole#consumeCPU} at 0 % slowdown. */
    static final long BASE_TOKENS = 2_000;

    @Param({"0", "5", "10", "20"})
    public int slowdownPercent;

    private long tokens;

    @Setup
    public void setUp() {
        tokens = tokensFor(slowdownPercent);
    }

    static long tokensFor(int slowdownPercent) {
        if (slowdownPercent < 0) {
            throw new IllegalArgumentException("slowdownPercent must be >= 0, was " + slowdownPercent);
        }
        return BASE_TOKENS + BASE_TOKENS * slowdownPercent / 100;
    }

    @Benchmark
    public void knownWork() {
        Blackhole.consumeCPU(tokens);
    }
}
