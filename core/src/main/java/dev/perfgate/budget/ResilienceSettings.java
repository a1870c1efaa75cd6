package dev.perfgate.budget;

import dev.perfgate.breaker.BreakerConfig;
import java.time.Duration;

/**
 * Everything that decides how long an authenticated handshake may take, gathered so that
 * {@link ConsistencyCheck} can judge the settings together. Immutable and thread-safe.
 *
 * @param handshakeDeadline the client's whole budget for the operation (for example 10 s)
 * @param timeouts          the auth-call timeouts in use
 * @param retry             the retry policy for auth calls
 * @param breaker           the breaker guarding the auth service
 */
public record ResilienceSettings(Duration handshakeDeadline, TimeoutProfile timeouts, RetryPolicy retry,
                                 BreakerConfig breaker) {

    public ResilienceSettings {
        if (handshakeDeadline == null || handshakeDeadline.isNegative() || handshakeDeadline.isZero()) {
            throw new IllegalArgumentException("handshakeDeadline must be positive, was " + handshakeDeadline);
        }
        if (timeouts == null || retry == null || breaker == null) {
            throw new IllegalArgumentException("timeouts, retry and breaker must all be given");
        }
    }
}
