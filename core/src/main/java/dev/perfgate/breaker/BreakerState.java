package dev.perfgate.breaker;

/**
 * The states of a {@link CircuitBreaker}: the three it moves between on its own, and the two an
 * operator forces it into ({@link CircuitBreaker#forceOpen()}, {@link CircuitBreaker#disable()}),
 * which it leaves only when told to ({@link CircuitBreaker#reset()} or the other forced state).
 * Immutable and thread-safe, like every enum.
 */
public enum BreakerState {
    /** Calls flow; outcomes fill the sliding window and may trip the breaker. */
    CLOSED,
    /** Calls are rejected until the configured wait has passed. */
    OPEN,
    /** A limited number of probe calls test whether the service has recovered. */
    HALF_OPEN,
    /** Forced: every call is rejected, with no wait that ends it, until the breaker is reset. */
    FORCED_OPEN,
    /**
     * Forced: every call is permitted and nothing is recorded, so the breaker never trips, until
     * it is reset. Calls are still counted and reported to call listeners.
     */
    DISABLED
}
