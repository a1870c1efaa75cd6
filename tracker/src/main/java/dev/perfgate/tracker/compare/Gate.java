package dev.perfgate.tracker.compare;

/**
 * What fails the CI gate, and so the exit code a comparison gives: {@link #REGRESSION} (the default)
 * fails only on a regression; {@link #INCONCLUSIVE} also on results the data cannot decide.
 * MACHINE_DRIFT never fails it. Immutable.
 */
public enum Gate {
    REGRESSION,
    INCONCLUSIVE;

    /** Whether this comparison fails the gate. */
    public boolean fails(Comparison comparison) {
        return comparison.has(Verdict.REGRESSION) || (this == INCONCLUSIVE && comparison.has(Verdict.INCONCLUSIVE));
    }

    /** 1 when the comparison fails the gate, else 0: the exit code of {@code compare} and {@code ab}. */
    public int exitCode(Comparison comparison) {
        return fails(comparison) ? 1 : 0;
    }

    /** The rule in words, for the top of a report: "fails on REGRESSION". */
    public String rule() {
        return this == REGRESSION ? "fails on REGRESSION only" : "fails on REGRESSION or INCONCLUSIVE";
    }
}
