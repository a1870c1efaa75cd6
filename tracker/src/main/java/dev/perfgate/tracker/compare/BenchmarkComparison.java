package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import java.util.Objects;

/**
 * The comparison of one benchmark key and one statistic between a baseline and a current run: what
 * reports, charts and the CI gate read. Immutable.
 *
 * @param key                       what was measured
 * @param unit                      the current result's unit (the baseline's for {@link Verdict#MISSING})
 * @param statistic                 what was compared
 * @param baselineValue             the statistic on the baseline, in {@code unit}; {@code NaN} when absent
 * @param currentValue              the statistic on the current run, in {@code unit}
 * @param ratio                     current / baseline of the statistic, as measured (for throughput
 *                                  below 1 is worse, for time above 1 is worse); {@code NaN} when a side is absent
 * @param interval                  the ratio's confidence interval
 * @param threshold                 the practical threshold used for this key, a fraction (0.05 = 5 %)
 * @param verdict                   the outcome
 * @param smallestDetectableChange  the smallest slowdown or speed-up (a fraction) that data this noisy
 *                                  would have called, i.e. the threshold plus the interval's half-width;
 *                                  {@code NaN} when a side is absent, {@code +Infinity} with one fork
 * @param crossEnvironment          baseline and current were measured in different environments
 * @param baseline                  the baseline's result, {@code null} for {@link Verdict#NEW}
 * @param current                   the current result, {@code null} for {@link Verdict#MISSING}
 */
public record BenchmarkComparison(
        BenchmarkKey key,
        String unit,
        Statistic statistic,
        double baselineValue,
        double currentValue,
        double ratio,
        Interval interval,
        double threshold,
        Verdict verdict,
        double smallestDetectableChange,
        boolean crossEnvironment,
        BenchmarkResult baseline,
        BenchmarkResult current) {

    public BenchmarkComparison {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * True when a side was measured with a single fork (or in-process, {@code forks: 0}): the
     * interval comes from that fork's iterations widened by a design effect, a weaker verdict than a
     * fork-level one.
     */
    public boolean singleFork() {
        return verdict.measured() && baseline != null && current != null
                && (baseline.forkCount() < 2 || current.forkCount() < 2);
    }

    /**
     * True when the current result's measurement iterations still trend within forks (see
     * {@link SteadyState}): its figures are of a JIT still warming up, flagged NOT_STEADY.
     */
    public boolean notSteady() {
        return current != null && statistic != Statistic.ALLOCATION && SteadyState.trending(current);
    }

    /** Forks a side that would make a {@link #singleFork()} verdict a firm, fork-level one. */
    public static int forksForFirmVerdict() {
        return RatioEstimate.FORKS_FOR_FIRM;
    }

    /**
     * The change in the bad direction as a signed fraction: +0.10 means 10 % slower (or 10 % less
     * throughput, measured in the time it takes), negative means faster. {@code NaN} when absent.
     */
    public double slowdown() {
        return worseRatio() - 1;
    }

    /**
     * The ratio turned so that above 1 is worse for every mode and statistic: current / baseline
     * of the time per operation (throughput inverted) or of the bytes per operation. The one
     * direction reports and charts use. {@code NaN} when a side is absent.
     */
    public double worseRatio() {
        return invertedForWorse() ? 1 / ratio : ratio;
    }

    /** {@link #interval()} in the direction of {@link #worseRatio()}; {@link Interval#NONE} stays so. */
    public Interval worseInterval() {
        if (!invertedForWorse() || !interval.isDefined()) {
            return interval;
        }
        return new Interval(1 / interval.high(), 1 / interval.low());
    }

    private boolean invertedForWorse() {
        // Allocation is bytes per operation in every mode: more is worse.
        return key.mode().higherIsBetter() && statistic != Statistic.ALLOCATION;
    }
}
