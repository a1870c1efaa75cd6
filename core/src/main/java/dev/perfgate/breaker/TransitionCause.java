package dev.perfgate.breaker;

/**
 * Why a {@link CircuitBreaker} changed state. Immutable and thread-safe.
 */
public enum TransitionCause {
    /** CLOSED → OPEN: the configured number of failures in a row. */
    CONSECUTIVE_FAILURES,
    /** CLOSED → OPEN: the failure rate over the window reached its threshold. */
    FAILURE_RATE,
    /** CLOSED → OPEN: the slow-call rate over the window reached its threshold. */
    SLOW_CALL_RATE,
    /** OPEN → HALF_OPEN: the wait in OPEN has passed. */
    WAIT_ELAPSED,
    /** HALF_OPEN → OPEN: a probe failed (or was slower than the slow-call duration). */
    PROBE_FAILED,
    /** HALF_OPEN → OPEN: a probe did not report back within the probe timeout. */
    PROBE_EXPIRED,
    /** HALF_OPEN → CLOSED: the configured number of probes succeeded. */
    RECOVERED,
    /** Any state → FORCED_OPEN: {@link CircuitBreaker#forceOpen()}. */
    FORCED_OPEN,
    /** Any state → DISABLED: {@link CircuitBreaker#disable()}. */
    DISABLED,
    /** Any state → a fresh CLOSED generation with an empty window: {@link CircuitBreaker#reset()}. */
    RESET
}
