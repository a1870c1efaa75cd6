package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
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
 * The cost of the per-connection handshake state machine, which sits on every WebSocket
 * connection of the platform, against the bare primitive it is built on.
 *
 * <ul>
 *   <li>{@code lifecycle}: open a connection and take it NEW → ACCEPTED → AUTHENTICATING → READY →
 *       CLOSING → CLOSED with no early frame: the common case, five transitions. {@code timing}
 *       shows what recording each state's entry time adds (one clock read per transition).</li>
 *   <li>{@code lifecycleWithEarlyFrames}: the same with {@value #EARLY_FRAMES} frames arriving while
 *       AUTHENTICATING, buffered and drained into a sink when READY: a client that talks first.</li>
 *   <li>{@code authRacesClose} ({@code @Group}, two threads): the auth callback's grant and a
 *       client close hit the same fresh connection at once; exactly one leaves AUTHENTICATING.
 *       Each operation includes handing the shared connection over (see {@link RaceState}); the
 *       secondary results {@code grantWon} and {@code closeWon} count who left AUTHENTICATING.</li>
 *   <li>Limits: {@code limitBareCas} is one {@link AtomicInteger#compareAndSet} (the floor of one
 *       transition); {@code limitBareCasLifecycle} allocates an {@link AtomicInteger} and does five
 *       CASes (the floor of a lifecycle with no state besides the word).</li>
 * </ul>
 *
 * <p>JMH instantiates and confines it; its states say their own scope. Six benchmark × param
 * combinations. Run (with allocation figures):
 * {@code java -jar benchmarks/target/benchmarks.jar HandshakeBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 14, time = 200, timeUnit = TimeUnit.MILLISECONDS) // measured: docs/warmup.md
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(3)
public class HandshakeBenchmark {

    static final int EARLY_FRAMES = 4;
    static final CloseReason NORMAL = new CloseReason(CloseReason.NORMAL, "bye");
    // An hour ahead of the fork's start: no benchmark runs that long, so the deadline never passes.
    static final long DEADLINE = System.nanoTime() + TimeUnit.HOURS.toNanos(1);

    /** One connection's surroundings: configuration and a sink that consumes frames. Thread-confined. */
    @State(Scope.Thread)
    public static class ConnectionState {
        @Param({"ON", "OFF"})
        public StateTiming timing;

        HandshakeConfig config;
        FrameSink<Object> sink;

        @Setup
        public void setUp(Blackhole blackhole) {
            config = HandshakeConfig.DEFAULT.withTiming(timing);
            sink = blackhole::consume;
        }
    }

    /** Early frames ready to send; timing on, as the tracker runs in production. Thread-confined. */
    @State(Scope.Thread)
    public static class EarlyFrameState {
        final Object[] frames = new Object[EARLY_FRAMES];
        FrameSink<Object> sink;

        @Setup
        public void setUp(Blackhole blackhole) {
            for (int i = 0; i < frames.length; i++) {
                frames[i] = new byte[16];
            }
            sink = blackhole::consume;
        }
    }

    /** The word a bare-CAS limit flips: one transition with nothing around it. Thread-confined. */
    @State(Scope.Thread)
    public static class CasState {
        final AtomicInteger word = new AtomicInteger();
    }

    @Benchmark
    public HandshakeConnection<Object> lifecycle(ConnectionState c) {
        HandshakeConnection<Object> connection = new HandshakeConnection<>(c.config, DEADLINE, NanoClock.SYSTEM, c.sink);
        connection.accept();
        connection.beginAuthentication();
        connection.completeAuthentication(AuthOutcome.GRANTED);
        connection.close(NORMAL);
        connection.transportClosed();
        return connection;
    }

    @Benchmark
    public HandshakeConnection<Object> lifecycleWithEarlyFrames(EarlyFrameState e) {
        HandshakeConnection<Object> connection =
                new HandshakeConnection<>(HandshakeConfig.DEFAULT, DEADLINE, NanoClock.SYSTEM, e.sink);
        connection.accept();
        connection.beginAuthentication();
        for (Object frame : e.frames) {
            connection.onFrame(frame, 16);
        }
        connection.completeAuthentication(AuthOutcome.GRANTED);
        connection.close(NORMAL);
        connection.transportClosed();
        return connection;
    }

    @Benchmark
    @Group("authRacesClose")
    @GroupThreads(1)
    public TransitionResult grant(RaceState race, RaceState.Cursor cursor) {
        TransitionResult result = race.next(cursor).completeAuthentication(AuthOutcome.GRANTED);
        if (result.applied()) {
            cursor.grantWon++;
        }
        return result;
    }

    @Benchmark
    @Group("authRacesClose")
    @GroupThreads(1)
    public TransitionResult close(RaceState race, RaceState.Cursor cursor) {
        TransitionResult result = race.next(cursor).close(NORMAL);
        if (result.applied() && result.observed() == HandshakeState.AUTHENTICATING) {
            cursor.closeWon++;
        }
        return result;
    }

    @Benchmark
    public boolean limitBareCas(CasState s) {
        int seen = s.word.get();
        return s.word.compareAndSet(seen, seen + 1);
    }

    @Benchmark
    public AtomicInteger limitBareCasLifecycle() {
        AtomicInteger word = new AtomicInteger();
        for (int state = 0; state < 5; state++) {
            word.compareAndSet(state, state + 1);
        }
        return word;
    }
}
