package dev.perfgate.breaker;

/**
 * Told about every guarded call of a {@link CircuitBreaker}: each call made, with its outcome,
 * and each call refused. Beside {@link BreakerListener}, which hears only state changes.
 *
 * <p>Called synchronously on the thread that made (or was refused) the call, after the breaker
 * has taken the outcome into account; for {@code executeCompletionStage}, on the thread that
 * completed the stage. Implementations must be thread-safe (calls end on many threads at once)
 * and quick: they run on the guarded call's path. Nothing is allocated to tell a listener, and
 * with no listener added the breaker does no work for them beyond one volatile read. An
 * exception thrown here is counted in {@link BreakerMetrics#listenerFailures()} and never reaches
 * the caller. Both methods do nothing by default, so a listener overrides only what it needs.
 */
public interface CallListener {

    /**
     * A call was made and ended.
     *
     * @param outcome      how it ended
     * @param elapsedNanos how long it took on the breaker's clock; -1 when it was not timed (it
     *                     began before the first call listener was added, and slow-call detection
     *                     is off)
     * @param thrown       what it threw, or {@code null} when it returned a result
     */
    default void onCall(CallOutcome outcome, long elapsedNanos, Throwable thrown) {
    }

    /** A call was refused and not made, for {@code rejection}. */
    default void onRejected(Rejection rejection) {
    }
}
