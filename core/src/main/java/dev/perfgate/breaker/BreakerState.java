package dev.perfgate.breaker;

/**
 * The three states of a {@link CircuitBreaker}. Immutable and thread-safe, like every enum.
 */
public enum BreakerState {
    /** Calls flow; outcomes fill the sliding window and may trip the breaker. */
    CLOSED,
    /** Calls are rejected until the configured wait has passed. */
    OPEN,
    /** A limited number of probe calls test whether the service has recovered. */
    HALF_OPEN
}
