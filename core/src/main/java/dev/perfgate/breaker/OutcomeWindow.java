package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;

/**
 * A lock-free sliding window of call outcomes, owned by one CLOSED generation of a breaker (a
 * new generation gets a fresh window, so a window is never reset while others write to it).
 * Implementations are thread-safe; counts read while writers run are momentarily approximate
 * (off by the calls in flight), never corrupt.
 */
sealed interface OutcomeWindow permits CountOutcomeWindow, TimeOutcomeWindow {

    /** Records one outcome; returns the cause to trip for, or {@code null} when healthy. */
    TransitionCause record(boolean failed, boolean slow);

    /** Calls currently in the window. */
    long calls();

    /** Failed calls currently in the window. */
    long failures();

    /** Slow calls currently in the window. */
    long slowCalls();

    static OutcomeWindow create(BreakerConfig config, NanoClock clock) {
        RateThresholds thresholds = RateThresholds.of(config);
        if (config.window() instanceof WindowSpec.Count count) {
            return new CountOutcomeWindow(count.size(), thresholds);
        }
        return new TimeOutcomeWindow((WindowSpec.Time) config.window(), thresholds, clock);
    }
}
