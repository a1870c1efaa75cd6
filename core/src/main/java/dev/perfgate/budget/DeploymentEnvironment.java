package dev.perfgate.budget;

import java.time.Duration;

/**
 * Where the client runs, each with its default {@link TimeoutProfile}. Every default gives a cold
 * start at least 3.5 s (observed cold starts take 2–3 s; the 0.5 s timeout the platform once had
 * failed every one of them). Immutable and thread-safe.
 */
public enum DeploymentEnvironment {
    /** Local services, often scaled to zero and slow to wake: generous timeouts. */
    DEV(new TimeoutProfile(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofMinutes(1))),
    /** Production-like, but idles often between test runs. */
    STAGING(new TimeoutProfile(Duration.ofMillis(1500), Duration.ofMillis(4000), Duration.ofMinutes(5))),
    /** Warm most of the time; tight steady timeout, cold-start allowance after idle periods. */
    PROD(new TimeoutProfile(Duration.ofSeconds(1), Duration.ofMillis(3500), Duration.ofMinutes(5)));

    private final TimeoutProfile defaultProfile;

    DeploymentEnvironment(TimeoutProfile defaultProfile) {
        this.defaultProfile = defaultProfile;
    }

    public TimeoutProfile defaultProfile() {
        return defaultProfile;
    }
}
