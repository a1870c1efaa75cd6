package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;


/**
 * Runs an action at a {@link NanoClock} time, on a timer thread of the server's choosing.
 *
 * <p>The handshake uses it to fail connections still not READY at their deadline; an action that
 * runs after the connection became READY is a refused, harmless transition. Implementations must
 * be thread-safe.
 */
@FunctionalInterface
public interface DeadlineTimer {

    /** Schedules {@code action} to run at (or soon after) {@code atNanos}. */
    void schedule(long atNanos, Runnable action);
}
