package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;
import java.time.Duration;

/**
 * Decides by when a connection opened at a given time must be authenticated and READY.
 *
 * <p>The budget package's deadline budget is adapted to this interface, so the state machine does
 * not depend on it. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface HandshakeBudget {

    /** A fixed handshake timeout for every connection. */
    static HandshakeBudget fixed(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("handshake timeout must be positive, was " + timeout);
        }
        long nanos = timeout.toNanos();
        return openedAtNanos -> openedAtNanos + nanos;
    }

    /** The {@link NanoClock} time by which a connection opened at {@code openedAtNanos} must be READY. */
    long deadlineNanos(long openedAtNanos);
}
