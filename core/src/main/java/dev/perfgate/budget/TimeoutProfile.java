package dev.perfgate.budget;

import java.time.Duration;

/**
 * Auth-call timeouts for one environment: the steady-state timeout, and the longer cold-start
 * timeout given to the first call after an idle period (a cold auth service takes 2–3 s to
 * answer, where a warm one answers in milliseconds). Immutable and thread-safe.
 *
 * @param steadyTimeout    timeout of a call to a warm service
 * @param coldStartTimeout timeout of the first call after {@code idleThreshold} without calls; at least {@code steadyTimeout}
 * @param idleThreshold    how long without calls before the service is presumed cold
 */
public record TimeoutProfile(Duration steadyTimeout, Duration coldStartTimeout, Duration idleThreshold) {

    public TimeoutProfile {
        requirePositive("steadyTimeout", steadyTimeout);
        requirePositive("coldStartTimeout", coldStartTimeout);
        requirePositive("idleThreshold", idleThreshold);
        if (coldStartTimeout.compareTo(steadyTimeout) < 0) {
            throw new IllegalArgumentException("coldStartTimeout " + coldStartTimeout
                    + " must not be shorter than steadyTimeout " + steadyTimeout);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
