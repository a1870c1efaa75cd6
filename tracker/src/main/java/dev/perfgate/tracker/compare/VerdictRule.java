package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.Mode;

/**
 * Turns a ratio's interval into a verdict. Thresholds are symmetric on the log scale: a 5 %
 * threshold means "more than 1.05× the time" for a regression and "less than 1/1.05 of the time"
 * for an improvement, and for throughput the same in operations per second, mirrored. The only
 * place besides {@link Mode#higherIsBetter()} that knows about direction. Stateless, thread-safe.
 */
final class VerdictRule {

    private VerdictRule() {}

    static Verdict decide(Mode mode, Interval interval, double threshold) {
        double limit = Math.log1p(threshold);
        double low = Math.log(interval.low());
        double high = Math.log(interval.high());
        // Slowdown on the log scale: positive is worse, whichever way the unit points.
        double slowLow = mode.higherIsBetter() ? -high : low;
        double slowHigh = mode.higherIsBetter() ? -low : high;
        if (slowLow > limit) {
            return Verdict.REGRESSION;
        }
        if (slowHigh < -limit) {
            return Verdict.IMPROVEMENT;
        }
        if (slowLow >= -limit && slowHigh <= limit) {
            return Verdict.UNCHANGED;
        }
        return Verdict.INCONCLUSIVE;
    }

    /**
     * The smallest slowdown (a fraction) that an interval this wide would have called a regression:
     * the threshold plus the half-width, on the log scale.
     */
    static double smallestDetectable(double threshold, double logHalfWidth) {
        return Math.expm1(Math.log1p(threshold) + logHalfWidth);
    }
}
