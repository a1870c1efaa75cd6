package dev.perfgate.breaker;

/**
 * A snapshot of a {@link CircuitBreaker}'s state and counters, read without locks (so its fields
 * may come from instants a few nanoseconds apart under load). Immutable and thread-safe.
 *
 * @param state               the state at the time of reading
 * @param generation          the generation at the time of reading
 * @param calls               calls in the CLOSED window (0 outside CLOSED)
 * @param failureRatePercent  failures in the window as a percentage of its calls (0 with no calls)
 * @param slowCallRatePercent slow calls in the window as a percentage of its calls
 * @param consecutiveFailures the current run of failures in a row (CLOSED)
 * @param probeSuccesses      HALF_OPEN recovery progress: probe successes so far
 * @param successesToClose    probe successes needed to close
 * @param probesInFlight      HALF_OPEN probes issued and not yet settled
 * @param staleResults        results ignored because their permit's generation had passed
 * @param listenerFailures    exceptions thrown by listeners (and swallowed)
 */
public record BreakerMetrics(
        BreakerState state,
        long generation,
        long calls,
        double failureRatePercent,
        double slowCallRatePercent,
        int consecutiveFailures,
        int probeSuccesses,
        int successesToClose,
        int probesInFlight,
        long staleResults,
        long listenerFailures) {

    /** Recovery progress in [0, 1]: probe successes over those needed (0 outside HALF_OPEN). */
    public double recoveryProgress() {
        return Math.min(1.0, (double) probeSuccesses / successesToClose);
    }
}
