package dev.perfgate.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Work of known cost for the A/B study: five identical methods, each one trial, whose amount of
 * work is a property of the <em>build</em>, not a JMH parameter. A jar carrying the resource
 * {@value #EXTRA_WORK_RESOURCE} (a whole number of percent) does that much more work in every
 * method, so two jars that differ only by that resource are two builds of a known true difference
 * with identical benchmark keys, which is what {@code tracker ab} compares. {@link AbStudy} makes
 * such jars. Without the resource the extra work is 0.
 *
 * <p>Not part of the main job (the launcher leaves it out unless it is asked for by name): it
 * measures the tracker, not perfgate's code.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class KnownWorkBenchmark {

    /** The resource whose content is the build's extra work in percent. */
    public static final String EXTRA_WORK_RESOURCE = "dev/perfgate/calibration/extra-work-percent";

    private long tokens;

    @Setup
    public void setUp() {
        tokens = CalibrationBenchmark.tokensFor(extraWorkPercent());
    }

    static int extraWorkPercent() {
        try (InputStream in = KnownWorkBenchmark.class.getClassLoader().getResourceAsStream(EXTRA_WORK_RESOURCE)) {
            return in == null ? 0 : Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public void trial1() {
        Blackhole.consumeCPU(tokens);
    }

    @Benchmark
    public void trial2() {
        Blackhole.consumeCPU(tokens);
    }

    @Benchmark
    public void trial3() {
        Blackhole.consumeCPU(tokens);
    }

    @Benchmark
    public void trial4() {
        Blackhole.consumeCPU(tokens);
    }

    @Benchmark
    public void trial5() {
        Blackhole.consumeCPU(tokens);
    }
}
