package dev.perfgate.tracker.report;

import java.util.Objects;

/**
 * One run in a benchmark's history trend. Immutable.
 *
 * @param run         how the x axis names the run (e.g. {@code #42} or a short commit), non-blank
 * @param score       the run's score in the trend's unit, finite
 * @param p99         the 99th percentile in the same unit, or {@code NaN} when the mode has none
 * @param regression  whether this run was judged a regression, drawn as a flag
 */
public record TrendPoint(String run, double score, double p99, boolean regression) {

    public TrendPoint {
        Objects.requireNonNull(run, "run");
        if (run.isBlank()) {
            throw new IllegalArgumentException("trend point needs a run name, was blank");
        }
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score of run " + run + " must be finite, was " + score);
        }
        if (Double.isInfinite(p99)) {
            throw new IllegalArgumentException("p99 of run " + run + " must be finite or NaN, was " + p99);
        }
    }

    public boolean hasP99() {
        return !Double.isNaN(p99);
    }
}
