package dev.perfgate.golden.auth;

import java.time.Duration;

/**
 * How the auth service answers session checks: a cold start after an idle period, a steady
 * latency with a tail, and failures. Deterministic where a test must count: the tail hits every
 * {@code tailEvery}-th check and a failure every {@code failEvery}-th, so a run of N checks has
 * exactly N / failEvery failures. Immutable and thread-safe.
 *
 * @param coldStartMin  shortest cold start; the service, idle for {@code idleThreshold} (or never
 *                      called), takes a duration drawn uniformly in [min, max] to answer anything
 * @param coldStartMax  longest cold start
 * @param idleThreshold how long without a session check before the service is cold again
 * @param steady        latency of a warm check
 * @param tail          latency of every {@code tailEvery}-th warm check instead of {@code steady}
 * @param tailEvery     which checks are slow (0: none)
 * @param failEvery     every {@code failEvery}-th check answers 503 (0: none)
 */
public record AuthBehaviour(Duration coldStartMin, Duration coldStartMax, Duration idleThreshold,
                            Duration steady, Duration tail, int tailEvery, int failEvery) {

    /** A warm service that never goes cold, 1 ms steady, 20 ms every 100th check, no failures. */
    public static final AuthBehaviour WARM =
            new AuthBehaviour(Duration.ZERO, Duration.ZERO, Duration.ofDays(1), Duration.ofMillis(1),
                    Duration.ofMillis(20), 100, 0);

    public AuthBehaviour {
        requireNotNegative("coldStartMin", coldStartMin);
        requireNotNegative("coldStartMax", coldStartMax);
        requireNotNegative("steady", steady);
        requireNotNegative("tail", tail);
        if (coldStartMax.compareTo(coldStartMin) < 0) {
            throw new IllegalArgumentException("coldStartMax " + coldStartMax + " is below coldStartMin " + coldStartMin);
        }
        if (idleThreshold == null || idleThreshold.isNegative() || idleThreshold.isZero()) {
            throw new IllegalArgumentException("idleThreshold must be positive, was " + idleThreshold);
        }
        if (tailEvery < 0 || failEvery < 0) {
            throw new IllegalArgumentException("tailEvery and failEvery must be >= 0, were " + tailEvery + ", " + failEvery);
        }
    }

    /** A service that is cold at first for 2–3 s, then warm as {@link #WARM}. */
    public static AuthBehaviour coldForTwoToThreeSeconds() {
        return new AuthBehaviour(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(30),
                WARM.steady, WARM.tail, WARM.tailEvery, 0);
    }

    /** This behaviour failing every {@code n}-th check. */
    public AuthBehaviour failingEvery(int n) {
        return new AuthBehaviour(coldStartMin, coldStartMax, idleThreshold, steady, tail, tailEvery, n);
    }

    /** This behaviour with another steady latency. */
    public AuthBehaviour withSteady(Duration latency) {
        return new AuthBehaviour(coldStartMin, coldStartMax, idleThreshold, latency, tail, tailEvery, failEvery);
    }

    /**
     * This behaviour with no slow checks: every warm check takes {@link #steady}. The tracked golden
     * path uses it, because {@link #WARM}'s tail hits exactly 1 % of checks, so a p99 of the session
     * check or the handshake lands on the border between the tail and the body and flips between
     * them with how many tail checks a fork happened to measure.
     */
    public AuthBehaviour withoutTail() {
        return new AuthBehaviour(coldStartMin, coldStartMax, idleThreshold, steady, tail, 0, failEvery);
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
        }
    }
}
