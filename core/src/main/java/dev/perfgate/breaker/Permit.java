package dev.perfgate.breaker;

/**
 * The answer of {@code CircuitBreaker.tryAcquire()}: either a {@link GrantedPermit} to report
 * back exactly once, or a {@link Rejection} saying why the call must not be made.
 * Implementations are immutable and thread-safe.
 */
sealed interface Permit permits GrantedPermit, Rejection {

    /** Whether the call may proceed. */
    boolean granted();
}
