package dev.perfgate.tracker.report;

import java.util.Objects;

/**
 * One row of the forest plot: a benchmark's ratio (current / baseline) and the confidence
 * interval around it. An interval bound is {@code NaN} when the comparison could not compute one
 * (e.g. a single fork); the row then shows the point alone. Immutable.
 *
 * @param label    the benchmark with its params, as the table names it
 * @param ratio    current / baseline, finite and positive
 * @param ciLow    lower confidence bound of the ratio, positive, or {@code NaN}
 * @param ciHigh   upper confidence bound of the ratio, or {@code NaN}
 * @param outcome  the row's colour
 */
public record ForestRow(String label, double ratio, double ciLow, double ciHigh, Outcome outcome) {

    public ForestRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(outcome, "outcome of " + label);
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("ratio of " + label + " must be finite and > 0, was " + ratio);
        }
        if (Double.isNaN(ciLow) != Double.isNaN(ciHigh)) {
            throw new IllegalArgumentException("confidence interval of " + label + " needs both bounds or neither, was ["
                    + ciLow + ", " + ciHigh + "]");
        }
        if (!Double.isNaN(ciLow) && !(0 < ciLow && ciLow <= ratio && ratio <= ciHigh && Double.isFinite(ciHigh))) {
            throw new IllegalArgumentException("confidence interval of " + label + " must be positive, finite and contain the ratio "
                    + ratio + ", was [" + ciLow + ", " + ciHigh + "]");
        }
    }

    public boolean hasInterval() {
        return !Double.isNaN(ciLow);
    }

    /** The lowest value the row draws: its lower bound, or the ratio when there is no interval. */
    double lowest() {
        return hasInterval() ? ciLow : ratio;
    }

    double highest() {
        return hasInterval() ? ciHigh : ratio;
    }
}
