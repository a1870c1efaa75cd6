package dev.perfgate.tracker.compare;

/**
 * The outcome for one benchmark key and statistic, in order of severity (most severe first), so
 * sorting by verdict puts what needs attention at the top. Immutable.
 */
public enum Verdict {
    /** The whole confidence interval lies beyond the threshold on the bad side. */
    REGRESSION,
    /** The interval straddles a threshold: this data cannot tell; see the smallest detectable change. */
    INCONCLUSIVE,
    /**
     * The reference benchmarks show the machine itself moved, and the ratio normalized by that
     * movement still cannot tell; never a regression, does not fail the gate.
     */
    MACHINE_DRIFT,
    /** The key is in the baseline but not in the current run. */
    MISSING,
    /** The key is in the current run but not in the baseline. */
    NEW,
    /** The whole interval lies beyond the threshold on the good side. */
    IMPROVEMENT,
    /** The whole interval lies within ±threshold. */
    UNCHANGED;

    /** True for the verdicts that come with a ratio and an interval (both sides present). */
    public boolean measured() {
        return this != MISSING && this != NEW;
    }

    /** True when the data decided: UNCHANGED, REGRESSION or IMPROVEMENT (not INCONCLUSIVE, MACHINE_DRIFT, NEW, MISSING). */
    public boolean decisive() {
        return this == UNCHANGED || isChange();
    }

    /** True when the data showed a change beyond the threshold, either way. */
    public boolean isChange() {
        return this == REGRESSION || this == IMPROVEMENT;
    }
}
