package dev.perfgate.breaker;

import dev.perfgate.peers.breaker.BreakerFacade;
import dev.perfgate.peers.breaker.BreakerPeer;
import dev.perfgate.peers.breaker.PeerSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The circuit breaker guarding the auth service, on every call of the golden path: perfgate
 * against resilience4j 2.x and Failsafe 3.x (the {@code impl} {@code @Param}, each adapter in
 * {@code dev.perfgate.peers.breaker} configured with the same count-based window of 100 and a
 * 50 % failure threshold), beside the physical limits it is built from.
 *
 * <ul>
 * <li>{@code closed*}: the healthy case, every call acquires a permit and records a success, on
 *     one thread and on two threads sharing one breaker (2-thread scaling; JMH sums both threads'
 *     throughput).</li>
 * <li>{@code openRejection}: the outage case, every call is turned away by an OPEN breaker; it
 *     should cost what {@code limitVolatileReadAndClock} costs.</li>
 * <li>{@code recoveryCycle}: one failure trips the breaker, the next acquire is a HALF_OPEN probe
 *     whose success closes it again; three state changes per operation.</li>
 * <li>{@code closedTimedPerfgate}: perfgate alone, CLOSED, with slow-call detection on (the
 *     default): each guarded call reads the clock before and after the call. Beside
 *     {@code closedAcquireRecord} (perfgate without slow-call detection, which reads no clock, as
 *     the peers handed {@code elapsedNanos} read none) it is what timing costs.
 *     {@code closedListenedPerfgate} adds a call listener: what being told of every call costs
 *     (nothing allocated for it either).</li>
 * <li>{@code limit*}: a volatile read, a volatile read plus {@link System#nanoTime()}, and a bare
 *     CAS (uncontended and contended on two threads): the floors the breaker is built from.</li>
 * </ul>
 * Nanosecond operations, so Throughput. The limits use their own state and so run once, not once
 * per {@code impl}, and so do the two perfgate-only ones: 18 combinations in all.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CircuitBreakerBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 13, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(3)
public class CircuitBreakerBenchmark {

    /** One set of breakers per implementation, shared by all benchmark threads. */
    @State(Scope.Benchmark)
    public static class Breakers {
        @Param({"perfgate", "resilience4j", "failsafe"})
        public BreakerPeer impl;

        /** Not a constant, so it cannot be folded into the record path. */
        public long elapsedNanos = 1_000_000;

        BreakerFacade closed;
        BreakerFacade open;
        BreakerFacade cycling;

        @Setup
        public void setUp() {
            closed = impl.create(PeerSettings.steady());
            open = impl.create(PeerSettings.steady());
            open.trip();
            cycling = impl.createCycling();
        }
    }

    /** A perfgate breaker with slow-call detection on, as a default-built one has it. */
    @State(Scope.Benchmark)
    public static class TimedPerfgate {
        final CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().countWindow(100)
                .minimumCalls(100).failureRatePercent(50).openWait(Duration.ofHours(1))
                .slowCallDuration(Duration.ofSeconds(2)).build());
        /** The same, told to a call listener that counts successes (so the events cannot be optimized away). */
        final CircuitBreaker listened = new CircuitBreaker(breaker.config());
        final AtomicLong heard = new AtomicLong();
        final Supplier<Boolean> succeeds = () -> Boolean.TRUE;
        final Function<Rejection, Boolean> refused = rejection -> Boolean.FALSE;

        @Setup
        public void setUp() {
            listened.addCallListener(new CallListener() {
                @Override
                public void onCall(CallOutcome outcome, long elapsedNanos, Throwable thrown) {
                    if (outcome == CallOutcome.SUCCESS) {
                        heard.incrementAndGet();
                    }
                }
            });
        }
    }

    /** The bare primitives, shared by all benchmark threads. */
    @State(Scope.Benchmark)
    public static class Limits {
        volatile long flag;
        final AtomicLong counter = new AtomicLong();
    }

    @Benchmark
    public boolean closedAcquireRecord(Breakers state) {
        return state.closed.acquireAndRecordSuccess(state.elapsedNanos);
    }

    @Benchmark
    @Threads(2)
    public boolean closedAcquireRecordTwoThreads(Breakers state) {
        return state.closed.acquireAndRecordSuccess(state.elapsedNanos);
    }

    @Benchmark
    public boolean openRejection(Breakers state) {
        return state.open.tryAcquire();
    }

    @Benchmark
    public boolean recoveryCycle(Breakers state) {
        return state.cycling.recoveryCycle();
    }

    @Benchmark
    public boolean closedTimedPerfgate(TimedPerfgate state) {
        return state.breaker.executeSupplier(state.succeeds, state.refused);
    }

    @Benchmark
    public boolean closedListenedPerfgate(TimedPerfgate state) {
        return state.listened.executeSupplier(state.succeeds, state.refused);
    }

    @Benchmark
    public long limitVolatileRead(Limits limits) {
        return limits.flag;
    }

    @Benchmark
    public long limitVolatileReadAndClock(Limits limits) {
        return limits.flag + System.nanoTime();
    }

    @Benchmark
    public boolean limitBareCas(Limits limits) {
        long seen = limits.counter.get();
        return limits.counter.compareAndSet(seen, seen + 1);
    }

    @Benchmark
    @Threads(2)
    public boolean limitBareCasTwoThreads(Limits limits) {
        long seen = limits.counter.get();
        return limits.counter.compareAndSet(seen, seen + 1);
    }
}
