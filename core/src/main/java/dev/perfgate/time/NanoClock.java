package dev.perfgate.time;

/**
 * A monotonic nanosecond clock, like {@link System#nanoTime()}: only differences mean anything.
 * The one clock type of core: the breaker, deadlines, cold-start timeouts and the handshake all
 * read it, so one fake clock drives a whole test and one clock wires the golden path.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface NanoClock {

    /** The JVM's monotonic clock. */
    NanoClock SYSTEM = System::nanoTime;

    /** The current time in nanoseconds from an arbitrary origin. */
    long nanoTime();
}
