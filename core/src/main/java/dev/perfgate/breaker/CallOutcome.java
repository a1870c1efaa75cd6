package dev.perfgate.breaker;

/**
 * How one guarded call that was made ended, as told to a {@link CallListener}: the call's own
 * outcome as its {@link CallClassifier} judged it, whatever the breaker then did with it (a
 * result that arrives after a state change is still reported here, and only counted stale by
 * the breaker). Immutable and thread-safe, like every enum.
 */
public enum CallOutcome {
    /** Succeeded within the slow-call duration (or slow-call detection is off). */
    SUCCESS,
    /** Succeeded, but took longer than the slow-call duration. */
    SLOW_SUCCESS,
    /** Failed within the slow-call duration (or slow-call detection is off). */
    FAILURE,
    /** Failed, and took longer than the slow-call duration. */
    SLOW_FAILURE,
    /** Threw what the classifier ignores ({@link CallClassifier#isIgnored}): neither success nor failure. */
    IGNORED;

    static CallOutcome of(boolean failed, boolean slow) {
        if (failed) {
            return slow ? SLOW_FAILURE : FAILURE;
        }
        return slow ? SLOW_SUCCESS : SUCCESS;
    }
}
