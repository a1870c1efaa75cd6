package dev.perfgate.breaker;

/**
 * The rate rules a CLOSED breaker's window is judged by. Both comparisons are inclusive (a rate
 * equal to its threshold trips). Immutable and thread-safe.
 */
record RateThresholds(int minimumCalls, double failureRatePercent, double slowCallRatePercent) {

    static RateThresholds of(BreakerConfig config) {
        return new RateThresholds(config.minimumCalls(), config.failureRatePercent(), config.slowCallRatePercent());
    }

    /** The cause to trip for, or {@code null} when the window is healthy. */
    TransitionCause evaluate(long calls, long failures, long slowCalls) {
        if (calls < minimumCalls) {
            return null;
        }
        // Multiplying instead of dividing keeps exact boundaries (5 of 10 is exactly 50 %).
        if (failures > 0 && failures * 100.0 >= failureRatePercent * calls) {
            return TransitionCause.FAILURE_RATE;
        }
        if (slowCalls > 0 && slowCalls * 100.0 >= slowCallRatePercent * calls) {
            return TransitionCause.SLOW_CALL_RATE;
        }
        return null;
    }
}
