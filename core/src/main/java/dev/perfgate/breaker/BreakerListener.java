package dev.perfgate.breaker;

/**
 * Told about every state change of a {@link CircuitBreaker}.
 *
 * <p>Called synchronously on the thread whose call caused the change, exactly once per change,
 * after the change is visible to other threads. Implementations must be thread-safe (two changes
 * may be reported concurrently by different threads, in either order: use
 * {@link Transition#generation()} to order them) and quick. An exception thrown here is counted
 * in {@link BreakerMetrics#listenerFailures()} and never reaches the caller of the breaker.
 */
@FunctionalInterface
public interface BreakerListener {
    void onTransition(Transition transition);
}
