package dev.perfgate.tracker.history;

import java.util.Objects;

/**
 * A change in a benchmark's history: from {@code after} on, the series sits at another level.
 * The ratio compares the geometric means of the runs between this change and its neighbours (or
 * the series' ends). Immutable.
 *
 * @param index   the position of {@code after} in the series
 * @param before  the last run at the old level
 * @param after   the first run at the new level
 * @param ratio   new level / old level of the series' statistic (above 1: the figure grew)
 * @param low     lower end of the ratio's interval
 * @param high    upper end of the ratio's interval
 * @param pValue  two-sided p-value of the t test that there is no step here
 * @param runsBefore  runs in the stretch before
 * @param runsAfter   runs in the stretch after
 */
public record ChangePoint(int index, SeriesPoint before, SeriesPoint after, double ratio, double low, double high,
        double pValue, int runsBefore, int runsAfter) {

    public ChangePoint {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The ratio as a signed change: +0.06 means the figure grew 6 %. */
    public double change() {
        return ratio - 1;
    }

    /**
     * True when the change made the benchmark worse: its figure grew for a time per operation,
     * shrank for a throughput.
     */
    public boolean worse(boolean higherIsBetter) {
        return higherIsBetter ? ratio < 1 : ratio > 1;
    }
}
