package dev.perfgate.tracker.compare;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The ratio current / baseline with its confidence interval, built on the log scale from each
 * side's hierarchical-bootstrap variance.
 *
 * <p>Why not the plain percentile interval of the bootstrapped ratios: with the 2 to 5 forks a CI
 * job affords, the bootstrap treats the few forks it saw as the whole population. It under-states
 * the between-fork variance by a factor (n-1)/n and, worse, uses normal tails where the variance
 * itself is estimated from n forks. Two corrections, both on the fork level: each side's bootstrap
 * variance is inflated by n/(n-1), and the half-width uses Student's t with the pooled two-sample
 * degrees of freedom, {@code nBaseline + nCurrent - 2}. Pooled, not Welch–Satterthwaite: on the log
 * scale two runs of one benchmark in one environment have comparable fork-to-fork spread, and with
 * 2 or 3 forks a side Welch's df collapses towards 1 whenever one side happens to look quiet
 * (t(0.995, 1) = 63.7), which made the interval useless without making it more honest; the A/A
 * cell of the accuracy study checks the assumption. With one fork on a side nothing bounds the
 * between-fork variance, and the interval is (0, +∞). Immutable.
 *
 * @param ratio          current / baseline of the statistic
 * @param interval       the ratio's two-sided confidence interval
 * @param logHalfWidth   the interval's half-width on the log scale (+∞ when unbounded)
 */
record RatioEstimate(double ratio, Interval interval, double logHalfWidth) {

    static RatioEstimate of(double baselineValue, double baselineLogVariance, int baselineForks,
            double currentValue, double currentLogVariance, int currentForks, double confidence) {
        double logRatio = Math.log(currentValue / baselineValue);
        double ratio = Math.exp(logRatio);
        if (baselineForks < 2 || currentForks < 2) {
            return new RatioEstimate(ratio, new Interval(0, Double.POSITIVE_INFINITY), Double.POSITIVE_INFINITY);
        }
        double vb = baselineLogVariance * baselineForks / (baselineForks - 1);
        double vc = currentLogVariance * currentForks / (currentForks - 1);
        double variance = vb + vc;
        if (!(variance > 0)) {
            return new RatioEstimate(ratio, new Interval(ratio, ratio), 0);
        }
        double df = baselineForks + currentForks - 2;
        double t = TDistribution.of(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double half = t * Math.sqrt(variance);
        return new RatioEstimate(ratio, new Interval(Math.exp(logRatio - half), Math.exp(logRatio + half)), half);
    }
}
