package dev.perfgate.budget;

import dev.perfgate.time.Nanos;
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
        Nanos.ofSetting("steadyTimeout", steadyTimeout, false);
        Nanos.ofSetting("coldStartTimeout", coldStartTimeout, false);
        Nanos.ofSetting("idleThreshold", idleThreshold, false);
        if (coldStartTimeout.compareTo(steadyTimeout) < 0) {
            throw new IllegalArgumentException("coldStartTimeout " + coldStartTimeout
                    + " must not be shorter than steadyTimeout " + steadyTimeout);
        }
    }
}
