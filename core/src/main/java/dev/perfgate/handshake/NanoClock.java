package dev.perfgate.handshake;

/**
 * A monotonic nanosecond clock, like {@link System#nanoTime()}: only differences mean anything.
 * Injected so tests can move time. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface NanoClock {

    /** The JVM's monotonic clock. */
    NanoClock SYSTEM = System::nanoTime;

    /** The current time in nanoseconds from an arbitrary origin. */
    long nanoTime();
}
