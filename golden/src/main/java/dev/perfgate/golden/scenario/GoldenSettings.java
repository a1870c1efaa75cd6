package dev.perfgate.golden.scenario;

import dev.perfgate.breaker.BreakerConfig;
import dev.perfgate.budget.ResilienceSettings;
import dev.perfgate.budget.RetryPolicy;
import dev.perfgate.budget.TimeoutProfile;
import dev.perfgate.golden.auth.AuthBehaviour;
import dev.perfgate.handshake.HandshakeConfig;
import java.time.Duration;

/**
 * Everything one golden path is set up with: how the auth service behaves, the session check's
 * timeouts and breaker, the handshake deadline and frame bounds, and how often the JWK Set may be
 * refetched. Immutable and thread-safe.
 *
 * @param auth              the auth service's latency, cold starts and failures
 * @param timeouts          session-check timeouts, steady and cold-start
 * @param breaker           the breaker guarding the session check
 * @param handshakeTimeout  how long a connection may take to become READY
 * @param handshake         early-frame bounds
 * @param jwksRefetch       the least time between two JWK Set fetches
 */
public record GoldenSettings(AuthBehaviour auth, TimeoutProfile timeouts, BreakerConfig breaker,
                             Duration handshakeTimeout, HandshakeConfig handshake, Duration jwksRefetch) {

    /** A warm auth service, PROD-like timeouts and the default breaker: the golden path as tracked. */
    public static GoldenSettings steady() {
        return new GoldenSettings(AuthBehaviour.WARM,
                new TimeoutProfile(Duration.ofMillis(500), Duration.ofMillis(3500), Duration.ofSeconds(30)),
                BreakerConfig.builder().build(), Duration.ofSeconds(10), HandshakeConfig.DEFAULT, Duration.ofSeconds(5));
    }

    public GoldenSettings withAuth(AuthBehaviour behaviour) {
        return new GoldenSettings(behaviour, timeouts, breaker, handshakeTimeout, handshake, jwksRefetch);
    }

    public GoldenSettings withTimeouts(TimeoutProfile profile) {
        return new GoldenSettings(auth, profile, breaker, handshakeTimeout, handshake, jwksRefetch);
    }

    public GoldenSettings withBreaker(BreakerConfig config) {
        return new GoldenSettings(auth, timeouts, config, handshakeTimeout, handshake, jwksRefetch);
    }

    /** These settings as core's consistency check sees them (one attempt: the golden path does not retry). */
    public ResilienceSettings resilience() {
        return new ResilienceSettings(handshakeTimeout, timeouts,
                new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO, 0), breaker, auth.coldStartMax());
    }
}
