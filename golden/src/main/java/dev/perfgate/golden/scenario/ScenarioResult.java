package dev.perfgate.golden.scenario;

import dev.perfgate.breaker.BreakerMetrics;
import dev.perfgate.budget.Violation;
import dev.perfgate.golden.auth.Denial;
import dev.perfgate.golden.load.LoadCounts;
import dev.perfgate.golden.server.ServerCounters;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one scenario run measured and counted, client side, server side and at the auth service.
 * Histograms are in nanoseconds. Immutable once made (the histograms are copies nobody else holds).
 *
 * @param spec              what was run
 * @param counts            the load generator's counters
 * @param handshakes        connect→READY latency from each connection's intended start
 * @param roundTrips        message round trips, coordinated-omission corrected
 * @param sessionChecks     the auth service's answered session checks, as the server timed them
 * @param server            the WebSocket server's counters
 * @param denials           the authenticator's denials by cause
 * @param authChecks        session checks the auth service received
 * @param authFailures      of those, answered 503
 * @param coldStarts        cold starts the auth service went through
 * @param jwksFetches       JWK Set fetches by the server, the first included
 * @param refetchesRefused  JWK Set refetches the rate limit refused
 * @param breaker           the breaker at the end
 * @param transitions       the breaker's state changes, in words, with their times
 * @param recovery          HALF_OPEN probe successes as they were counted, in words, with their times
 * @param violations        core's consistency check of the settings
 * @param seconds           wall time of the load
 * @param finishedInTime    whether every connection ended within the time allowed
 */
public record ScenarioResult(ScenarioSpec spec, LoadCounts counts, Histogram handshakes, Histogram roundTrips,
                             Histogram sessionChecks, ServerCounters.Snapshot server, Map<Denial, Long> denials,
                             long authChecks, long authFailures, long coldStarts, long jwksFetches,
                             long refetchesRefused, BreakerMetrics breaker, List<String> transitions,
                             List<String> recovery, List<Violation> violations, double seconds,
                             boolean finishedInTime) {

    public ScenarioResult {
        denials = Map.copyOf(denials);
        transitions = List.copyOf(transitions);
        recovery = List.copyOf(recovery);
        violations = List.copyOf(violations);
    }

    /** Connections that did not complete, as a fraction of those started. */
    public double failureRate() {
        return counts.started() == 0 ? 0 : (double) counts.failed() / counts.started();
    }

    /** Connections READY per second of load. */
    public double readyPerSecond() {
        return counts.ready() / seconds;
    }
}
