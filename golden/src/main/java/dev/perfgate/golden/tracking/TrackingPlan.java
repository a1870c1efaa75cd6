package dev.perfgate.golden.tracking;

import dev.perfgate.golden.load.LoadPlan;
import java.time.Duration;

/**
 * How the steady golden path is measured for the tracker, in JMH's terms: {@code forks} fresh
 * golden paths (server, auth service, breaker, clients all new), each loaded at {@code rate}
 * connections per second, a warmup whose samples are dropped, then {@code iterations} equal
 * measurement intervals, each one JMH iteration. Immutable and thread-safe.
 *
 * @param rate          connections started per second
 * @param forks         independent golden paths measured one after another
 * @param warmup        load before measuring, not recorded
 * @param iterations    measurement intervals per fork
 * @param iterationTime length of each
 * @param authLatency   the auth service's steady session-check latency
 * @param warmupRate    connections started per second during the warmup; when it is not {@code rate}
 *                      the warmup is a load of its own, drained before the measured load starts
 */
public record TrackingPlan(double rate, int forks, Duration warmup, int iterations, Duration iterationTime,
                           Duration authLatency, double warmupRate) {

    /**
     * The main job's quick profile: 3 forks × (20 s warmup at 100 connections/s + 3 × 2 s at 25/s),
     * about 1.5 min. Measured at 25/s because at 100/s a 2-core machine is saturated and the step
     * measures its queue (two runs of the same build differed by +54 % to +80 % in handshake latency,
     * 2026-12-02); warmed at 100/s because the JIT compiles a path after so many calls: with a 2 s
     * warmup at 25/s, handshake p50 fell from 12.4 to 6.6 ms over the next 30 s and the round trip's
     * from 0.45 to 0.09 ms; after 20 s at 100/s the handshake's first iteration was within 8 % of its
     * thirtieth second and the round trip's had no trend (2026-12-03, golden/README.md).
     */
    public static final TrackingPlan QUICK = new TrackingPlan(25, 3, Duration.ofSeconds(20), 3, Duration.ofSeconds(2),
            Duration.ofMillis(1), 100);
    /** The full profile: 5 forks × (20 s at 100/s + 5 × 3 s at 25/s), about 3.5 min. */
    public static final TrackingPlan FULL = new TrackingPlan(25, 5, Duration.ofSeconds(20), 5, Duration.ofSeconds(3),
            Duration.ofMillis(1), 100);
    /** Proves the pipeline runs (CI); its numbers mean little. */
    public static final TrackingPlan SMOKE = new TrackingPlan(50, 2, Duration.ofSeconds(2), 1, Duration.ofSeconds(2),
            Duration.ofMillis(1));

    /** A plan whose warmup offers the measured rate. */
    public TrackingPlan(double rate, int forks, Duration warmup, int iterations, Duration iterationTime,
                        Duration authLatency) {
        this(rate, forks, warmup, iterations, iterationTime, authLatency, rate);
    }

    public TrackingPlan {
        if (forks < 1 || forks > 50) {
            throw new IllegalArgumentException("--forks must be 1..50, was " + forks);
        }
        if (iterations < 1 || iterations > 1000) {
            throw new IllegalArgumentException("--iterations must be 1..1000, was " + iterations);
        }
        if (warmup == null || warmup.isNegative()) {
            throw new IllegalArgumentException("--warmup must be zero or positive, was " + warmup);
        }
        if (iterationTime == null || iterationTime.toMillis() < 100) {
            throw new IllegalArgumentException("--iteration-time must be at least 100ms, was " + iterationTime);
        }
        if (authLatency == null || authLatency.isNegative()) {
            throw new IllegalArgumentException("--auth-latency must be zero or positive, was " + authLatency);
        }
        if (!(warmupRate > 0 && warmupRate <= 10_000)) {
            throw new IllegalArgumentException("--warmup-rate must be in (0, 10000] connections per second, was "
                    + warmupRate);
        }
        // the load plan checks the rate
        load(rate, warmup, iterations, iterationTime);
    }

    /**
     * The warmup rate of this plan measured at {@code measuredRate} instead: its own when it warms up
     * apart, else the measured rate (a plan that warms up at its rate keeps doing so at another).
     */
    public double warmupRateAt(double measuredRate) {
        return warmsUpApart() ? warmupRate : measuredRate;
    }

    /** True when the warmup is a load of its own, at {@link #warmupRate()}. */
    public boolean warmsUpApart() {
        return warmupRate != rate;
    }

    /**
     * The warmup's own load when {@link #warmsUpApart()}: the measured load's traffic at
     * {@code warmupRate}, for as long as the warmup (extended at most {@link #MAX_WARMUP_EXTENSION}).
     */
    public LoadPlan warmupLoad() {
        return traffic(warmupRate, warmup.plus(MAX_WARMUP_EXTENSION));
    }

    /**
     * Longest the warmup is stretched, beyond {@code warmup}, while no connection has become READY
     * yet: a fresh JVM on a loaded machine can take seconds over its first handshake, and an
     * iteration that starts before any handshake has finished would be empty.
     */
    public static final Duration MAX_WARMUP_EXTENSION = Duration.ofSeconds(30);

    /**
     * The load one fork offers: one early frame, then 5 messages 50 ms apart on each connection,
     * for as long as the warmup (extended at most {@link #MAX_WARMUP_EXTENSION}) and iterations
     * can take; the fork stops it when its last iteration ends.
     */
    public LoadPlan load() {
        return load(rate, warmup.plus(MAX_WARMUP_EXTENSION), iterations, iterationTime);
    }

    private static LoadPlan load(double rate, Duration warmup, int iterations, Duration iterationTime) {
        if (!(rate > 0 && rate <= 10_000)) {
            throw new IllegalArgumentException("--rate must be in (0, 10000] connections per second, was " + rate);
        }
        return traffic(rate, warmup.plus(iterationTime.multipliedBy(iterations)));
    }

    /** One early frame, then 5 messages 50 ms apart on each connection. */
    private static LoadPlan traffic(double rate, Duration duration) {
        return new LoadPlan(rate, duration, 1, 5, Duration.ofMillis(50));
    }
}
