package dev.perfgate.breaker;

/**
 * One state change of a {@link CircuitBreaker}, as delivered to a {@link BreakerListener}.
 * Immutable and thread-safe.
 *
 * @param from       the state left
 * @param to         the state entered
 * @param generation the generation of the state entered; permits of earlier generations are stale
 * @param cause      why the change happened
 * @param atNanos    the breaker clock's reading when the change was decided
 */
public record Transition(BreakerState from, BreakerState to, long generation, TransitionCause cause, long atNanos) {
}
