package dev.perfgate.budget;

/**
 * One inconsistency found by {@link ConsistencyCheck}, with its rule and a plain-words message
 * carrying the arithmetic. Immutable and thread-safe.
 */
public record Violation(Rule rule, String message) {

    /** The rules {@link ConsistencyCheck} applies. */
    public enum Rule {
        /** Every attempt at its full timeout plus every backoff overruns the deadline. */
        RETRIES_OVERRUN_DEADLINE,
        /** One cold-start attempt alone cannot finish within the deadline. */
        COLD_START_EXCEEDS_DEADLINE,
        /** A client rejected by an OPEN breaker would wait longer than its whole budget. */
        BREAKER_WAIT_EXCEEDS_BUDGET,
        /** Probes (which meet a cold service) expire before a cold-start call may time out. */
        PROBE_TIMEOUT_BELOW_COLD_START,
        /** Calls time out before they could count as slow, so the slow-call rate never trips. */
        SLOW_CALL_UNREACHABLE,
        /** The cold-start timeout is shorter than the dependency's cold start: every cold call times out. */
        COLD_START_TIMEOUT_BELOW_LATENCY,
        /** Probes expire before the dependency's cold start is over, so a recovering service is never let back. */
        PROBE_TIMEOUT_BELOW_LATENCY
    }

    @Override
    public String toString() {
        return message;
    }
}
