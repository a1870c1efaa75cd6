package dev.perfgate.budget;

/**
 * What {@link RetrySchedule#next} decided: wait and try again with a given timeout, or stop.
 * Implementations are immutable and thread-safe.
 */
public sealed interface NextAttempt permits NextAttempt.Proceed, NextAttempt.GiveUp {

    /**
     * Wait {@code waitNanos}, then make an attempt with timeout {@code timeoutNanos}; both fit
     * in the remaining budget.
     */
    record Proceed(long waitNanos, long timeoutNanos) implements NextAttempt {
    }

    /** Why no further attempt is made. Shared constants: giving up allocates nothing. */
    enum GiveUp implements NextAttempt {
        /** The policy's attempts are used up. */
        ATTEMPTS_EXHAUSTED,
        /** The wait plus the attempt's timeout would overrun the deadline. */
        BUDGET_EXHAUSTED
    }
}
