package dev.perfgate.budget;

import dev.perfgate.breaker.BreakerConfig;
import dev.perfgate.time.Nanos;
import java.time.Duration;

/**
 * Everything that decides how long an authenticated handshake may take, gathered so that
 * {@link ConsistencyCheck} can judge the settings together. Immutable and thread-safe.
 *
 * @param handshakeDeadline the client's whole budget for the operation (for example 10 s)
 * @param timeouts          the auth-call timeouts in use
 * @param retry             the retry policy for auth calls
 * @param breaker           the breaker guarding the auth service
 * @param dependencyColdStart the longest cold start the auth service is configured or measured
 *                          to take (zero for a service that is never cold); every timeout a call
 *                          meeting a cold start may run under must be at least this long
 */
public record ResilienceSettings(Duration handshakeDeadline, TimeoutProfile timeouts, RetryPolicy retry,
                                 BreakerConfig breaker, Duration dependencyColdStart) {

    public ResilienceSettings {
        Nanos.ofSetting("handshakeDeadline", handshakeDeadline, false);
        Nanos.ofSetting("dependencyColdStart", dependencyColdStart, true);
        if (timeouts == null || retry == null || breaker == null) {
            throw new IllegalArgumentException("timeouts, retry and breaker must all be given");
        }
    }
}
