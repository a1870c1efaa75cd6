package dev.perfgate.tracker.history;

import dev.perfgate.tracker.model.RunInfo;
import java.util.Objects;

/**
 * One run in a benchmark's history, reduced to the one figure change-point detection works on.
 * Immutable.
 *
 * @param run     the stored run (id, time, commit, branch)
 * @param value   the run's location in the series' unit: the geometric mean over forks of each
 *                fork's figure (see {@link HistorySeries}), finite and positive
 * @param spread  the standard error of {@code log(value)} between forks, {@code NaN} with one fork
 * @param forks   how many forks the value stands on
 */
public record SeriesPoint(RunInfo run, double value, double spread, int forks) {

    public SeriesPoint {
        Objects.requireNonNull(run, "run");
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a series point must be finite and positive, was " + value);
        }
    }

    /** The value on the log scale, where a step of the same ratio is the same distance at every level. */
    public double log() {
        return Math.log(value);
    }

    /** The run's commit shortened to 10 characters, else its id ({@code #12}). */
    public String name() {
        String commit = run.commit();
        if (commit != null && !commit.isBlank()) {
            return commit.length() > 10 ? commit.substring(0, 10) : commit;
        }
        return "#" + run.id();
    }
}
