package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One generation of a breaker: its state and the mutable parts that belong to that state only.
 * The breaker swaps whole phases with one CAS, so a generation's counters are never reset under
 * a writer, and a result for an older generation finds nothing of its own left to change.
 * Thread-safe.
 */
sealed interface Phase permits Phase.Closed, Phase.Open, Phase.HalfOpen, Phase.ForcedOpen, Phase.Disabled {

    long generation();

    BreakerState state();

    /** CLOSED: the shared permit, the window, and the run of consecutive failures. */
    record Closed(long generation, GrantedPermit permit, OutcomeWindow window, AtomicInteger consecutiveFailures)
            implements Phase {
        Closed(long generation, OutcomeWindow window) {
            this(generation, new GrantedPermit(generation, GrantedPermit.NOT_A_PROBE, 0), window, new AtomicInteger());
        }

        /** A fresh generation with an empty window as {@code config} describes it. */
        Closed(long generation, BreakerConfig config, NanoClock clock) {
            this(generation, OutcomeWindow.create(config, clock));
        }

        @Override
        public BreakerState state() {
            return BreakerState.CLOSED;
        }
    }

    /** OPEN until the clock reaches {@code openUntilNanos}. */
    record Open(long generation, long openUntilNanos) implements Phase {
        @Override
        public BreakerState state() {
            return BreakerState.OPEN;
        }
    }

    /** HALF_OPEN: the probe slots and the successes counted towards closing. */
    record HalfOpen(long generation, ProbeSlots probes, AtomicInteger successes) implements Phase {
        HalfOpen(long generation, int maxConcurrentProbes) {
            this(generation, new ProbeSlots(maxConcurrentProbes), new AtomicInteger());
        }

        @Override
        public BreakerState state() {
            return BreakerState.HALF_OPEN;
        }
    }

    /** FORCED_OPEN: refuses every call; no wait ends it, only a forced change or a reset. */
    record ForcedOpen(long generation) implements Phase {
        @Override
        public BreakerState state() {
            return BreakerState.FORCED_OPEN;
        }
    }

    /**
     * DISABLED: permits every call with the generation's one shared permit and records nothing.
     * A report under it finds no window to write, so it moves nothing.
     */
    record Disabled(long generation, GrantedPermit permit) implements Phase {
        Disabled(long generation) {
            this(generation, new GrantedPermit(generation, GrantedPermit.NOT_A_PROBE, 0));
        }

        @Override
        public BreakerState state() {
            return BreakerState.DISABLED;
        }
    }
}
