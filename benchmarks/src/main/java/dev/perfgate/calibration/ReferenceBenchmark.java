package dev.perfgate.calibration;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reference benchmarks for the drift guard: code that never changes, so when it moves between two
 * runs, the machine moved. Any JMH project can copy this one file (it needs JMH and the JDK only;
 * rename the package) and name it in its thresholds file:
 * <pre>
 * reference = *.ReferenceBenchmark.*
 * </pre>
 * Then {@code tracker compare} judges these first and, when they moved beyond their threshold,
 * judges every other benchmark of the same JMH mode on its ratio normalized by theirs. Two kinds of
 * work, because a busy machine slows them differently: {@link #cpu} is pure ALU work in registers
 * (like crypto and parsing), {@link #cas} one uncontended atomic update (like the lock-free paths,
 * which a neighbour's memory traffic slows more). Throughput, JMH's default mode, to match most
 * projects' benchmarks.
 */
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 11, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class ReferenceBenchmark {

    private final AtomicLong counter = new AtomicLong();

    /** A fixed amount of CPU work, about a microsecond, that the JIT cannot remove. */
    @Benchmark
    public void cpu() {
        Blackhole.consumeCPU(256);
    }

    /** One uncontended compare-and-set on a field of this thread's own state. */
    @Benchmark
    public long cas() {
        return counter.incrementAndGet();
    }
}
