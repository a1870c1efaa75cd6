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
 * @param totalCalls          calls asked of the breaker since it was made: those made and those refused
 * @param rejectedCalls       calls refused (OPEN, FORCED_OPEN, or every probe slot taken) since the breaker was made
 * @param listenerFailures    exceptions thrown by state and call listeners (and swallowed)
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
        long totalCalls,
        long rejectedCalls,
        long listenerFailures) {

    static BreakerMetrics of(Phase phase, int successesToClose, long staleResults, long totalCalls,
                             long rejectedCalls, long listenerFailures) {
        long calls = 0;
        double failureRate = 0;
        double slowRate = 0;
        int consecutive = 0;
        int successes = 0;
        int inFlight = 0;
        if (phase instanceof Phase.Closed closed) {
            calls = closed.window().calls();
            if (calls > 0) {
                failureRate = Math.min(100.0, closed.window().failures() * 100.0 / calls);
                slowRate = Math.min(100.0, closed.window().slowCalls() * 100.0 / calls);
            }
            consecutive = closed.consecutiveFailures().get();
        } else if (phase instanceof Phase.HalfOpen halfOpen) {
            successes = halfOpen.successes().get();
            inFlight = halfOpen.probes().inFlight();
        }
        return new BreakerMetrics(phase.state(), phase.generation(), calls, failureRate, slowRate, consecutive,
                successes, successesToClose, inFlight, staleResults, totalCalls, rejectedCalls, listenerFailures);
    }

    /** Recovery progress in [0, 1]: probe successes over those needed (0 outside HALF_OPEN). */
    public double recoveryProgress() {
        return Math.min(1.0, (double) probeSuccesses / successesToClose);
    }
}
