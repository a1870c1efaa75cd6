package dev.perfgate.budget;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The next-attempt decision made before every auth retry of a handshake: read the clock for the
 * remaining budget, draw jitter, compute the capped backoff, and decide whether wait plus timeout
 * still fit. It runs once per attempt, so it must cost next to nothing beside the call it guards;
 * one operation here is one decision for the third attempt (a backoff with jitter), with a
 * deadline far enough away that the answer is always "proceed". Nanoseconds, so AverageTime.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RetryScheduleBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 7, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(3)
@State(Scope.Thread)
public class RetryScheduleBenchmark {

    private RetrySchedule schedule;
    private Deadline deadline;
    /** Fields, not constants, so the decision cannot be folded. */
    public int attemptsMade = 2;
    public long attemptTimeoutNanos = Duration.ofSeconds(1).toNanos();

    @Setup
    public void setUp() {
        schedule = new RetrySchedule(new RetryPolicy(5, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1), 0.5));
        deadline = Deadline.within(Duration.ofDays(1));
    }

    /** The wait before the attempt, or -1 when giving up (read so the decision is consumed). */
    @Benchmark
    public long nextAttemptDecision() {
        NextAttempt next = schedule.next(deadline, attemptsMade, attemptTimeoutNanos);
        return next instanceof NextAttempt.Proceed proceed ? proceed.waitNanos() : -1;
    }
}
