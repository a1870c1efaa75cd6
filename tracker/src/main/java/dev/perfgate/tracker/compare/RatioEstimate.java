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
 * cell of the accuracy study checks the assumption.
 *
 * <p>With one fork on a side (most published JMH files, and in-process {@code forks: 0} runs) no
 * data bounds the between-fork variance. That side's variance then comes from its iterations,
 * multiplied by {@link #SINGLE_FORK_DESIGN_EFFECT} to stand in for the between-fork component, and
 * contributes {@code iterations - 1} degrees of freedom: a weaker verdict, labelled so by
 * {@link BenchmarkComparison#singleFork()}. With one fork and one iteration the interval is
 * (0, +∞). Immutable.
 *
 * @param ratio          current / baseline of the statistic
 * @param interval       the ratio's two-sided confidence interval
 * @param logHalfWidth   the interval's half-width on the log scale (+∞ when unbounded)
 */
record RatioEstimate(double ratio, Interval interval, double logHalfWidth) {

    /**
     * How much a single fork's iteration-level variance of the mean is multiplied by to stand in for
     * the between-fork variance it cannot see. Iterations of one JVM share its JIT decisions, so they
     * under-state the spread between JVMs; a design effect of about 2.5 was measured in one project
     * (Kalibera &amp; Jones' two-level model), and 4 is taken here to err towards inconclusive.
     */
    static final double SINGLE_FORK_DESIGN_EFFECT = 4;

    /** Forks a side that give a fork-level (firm) verdict, as the quick profile's accuracy study chose. */
    static final int FORKS_FOR_FIRM = 3;

    /** One side of the comparison: its statistic, its bootstrap log variance, forks and iterations (of one fork). */
    record Side(double value, double logVariance, int forks, int iterations) {

        /** The variance of its log statistic, corrected as the class comment says; NaN when unbounded. */
        double correctedVariance() {
            if (forks >= 2) {
                return logVariance * forks / (forks - 1);
            }
            return iterations >= 2 ? logVariance * iterations / (iterations - 1) * SINGLE_FORK_DESIGN_EFFECT : Double.NaN;
        }

        double degreesOfFreedom() {
            return forks >= 2 ? forks - 1 : iterations - 1;
        }
    }

    static RatioEstimate of(double baselineValue, double baselineLogVariance, int baselineForks,
            double currentValue, double currentLogVariance, int currentForks, double confidence) {
        return of(new Side(baselineValue, baselineLogVariance, baselineForks, 0),
                new Side(currentValue, currentLogVariance, currentForks, 0), confidence);
    }

    static RatioEstimate of(Side baseline, Side current, double confidence) {
        double logRatio = Math.log(current.value() / baseline.value());
        double ratio = Math.exp(logRatio);
        double vb = baseline.correctedVariance();
        double vc = current.correctedVariance();
        if (Double.isNaN(vb) || Double.isNaN(vc)) {
            return new RatioEstimate(ratio, new Interval(0, Double.POSITIVE_INFINITY), Double.POSITIVE_INFINITY);
        }
        double variance = vb + vc;
        if (!(variance > 0)) {
            return new RatioEstimate(ratio, new Interval(ratio, ratio), 0);
        }
        double df = baseline.degreesOfFreedom() + current.degreesOfFreedom();
        double t = TDistribution.of(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double half = t * Math.sqrt(variance);
        return new RatioEstimate(ratio, new Interval(Math.exp(logRatio - half), Math.exp(logRatio + half)), half);
    }
}
