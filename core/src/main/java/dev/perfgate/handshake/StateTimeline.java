package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * When a connection entered each state, for the time-in-state figures.
 *
 * <p>Thread-safe. Each slot is written once, by the thread whose CAS entered that state (states
 * are never revisited), with a release store; readers use acquire loads. A reader racing the
 * winning thread may briefly see a state without its entry time: it then reports the time as
 * unknown. When timing is off the shared {@link #OFF} instance records nothing and costs no clock
 * read.
 */
final class StateTimeline {

    static final StateTimeline OFF = new StateTimeline(null, null);

    private static final long UNKNOWN = Long.MIN_VALUE;
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int STATES = HandshakeState.values().length;

    private final NanoClock clock;
    private final long[] enteredAt;

    private StateTimeline(NanoClock clock, long[] enteredAt) {
        this.clock = clock;
        this.enteredAt = enteredAt;
    }

    static StateTimeline start(StateTiming timing, NanoClock clock) {
        if (timing == StateTiming.OFF) {
            return OFF;
        }
        long[] slots = new long[STATES];
        Arrays.fill(slots, UNKNOWN);
        StateTimeline timeline = new StateTimeline(clock, slots);
        timeline.enter(HandshakeState.NEW);
        return timeline;
    }

    boolean isOn() {
        return enteredAt != null;
    }

    void enter(HandshakeState state) {
        if (enteredAt != null) {
            SLOTS.setRelease(enteredAt, state.ordinal(), clock.nanoTime());
        }
    }

    /** Like {@link #enter(HandshakeState)} with a clock reading the caller already took. */
    void enter(HandshakeState state, long nowNanos) {
        if (enteredAt != null) {
            SLOTS.setRelease(enteredAt, state.ordinal(), nowNanos);
        }
    }

    /**
     * Nanoseconds spent in {@code state}: until the next state entered, or until now if it is the
     * latest. -1 when timing is off, the state was never entered, or a time is not yet visible.
     */
    long nanosIn(HandshakeState state) {
        if (enteredAt == null) {
            return -1;
        }
        long start = entered(state.ordinal());
        if (start == UNKNOWN) {
            return -1;
        }
        for (int later = state.ordinal() + 1; later < STATES; later++) {
            long end = entered(later);
            if (end != UNKNOWN) {
                return Math.max(0, end - start); // racing winners may stamp out of order
            }
        }
        return Math.max(0, clock.nanoTime() - start);
    }

    /** Nanoseconds from NEW to READY, or -1 when timing is off or READY was not (yet) reached. */
    long nanosToReady() {
        if (enteredAt == null) {
            return -1;
        }
        long ready = entered(HandshakeState.READY.ordinal());
        return ready == UNKNOWN ? -1 : Math.max(0, ready - entered(HandshakeState.NEW.ordinal()));
    }

    private long entered(int ordinal) {
        return (long) SLOTS.getAcquire(enteredAt, ordinal);
    }
}
