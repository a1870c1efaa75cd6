package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;

/**
 * The transitions an operator forces ({@link CircuitBreaker#forceOpen()},
 * {@link CircuitBreaker#disable()}, {@link CircuitBreaker#reset()}): where each goes from any
 * phase, and when it goes nowhere because the breaker is there already. The breaker makes the
 * move with its one CAS, like any other. Immutable.
 */
enum ForcedTransition {
    FORCE_OPEN(BreakerState.FORCED_OPEN, TransitionCause.FORCED_OPEN),
    DISABLE(BreakerState.DISABLED, TransitionCause.DISABLED),
    /** Always moves: a CLOSED breaker too gets a fresh generation with an empty window. */
    RESET(null, TransitionCause.RESET);

    private final BreakerState target;
    private final TransitionCause cause;

    ForcedTransition(BreakerState target, TransitionCause cause) {
        this.target = target;
        this.cause = cause;
    }

    /** Whether {@code current} already is where this goes, so nothing changes. */
    boolean alreadyIn(Phase current) {
        return current.state() == target;
    }

    /** The phase this moves {@code current} on to: the next generation, in the forced state. */
    Phase next(Phase current, BreakerConfig config, NanoClock clock) {
        long generation = current.generation() + 1;
        return switch (this) {
            case FORCE_OPEN -> new Phase.ForcedOpen(generation);
            case DISABLE -> new Phase.Disabled(generation);
            case RESET -> new Phase.Closed(generation, config, clock);
        };
    }

    TransitionCause cause() {
        return cause;
    }
}
