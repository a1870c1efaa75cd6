package dev.perfgate.tracker.history;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Whether two adjacent stretches of a series differ in level: Student's two-sample t test with
 * pooled variance on the log values (Otava's test, Fleming et al., ICPE 2023), with the step's
 * ratio and its confidence interval. Stateless and thread-safe.
 */
final class SegmentTest {

    private SegmentTest() {}

    /**
     * The test of {@code x[from, split)} against {@code x[split, to)}; both need two points.
     * {@code confidence} sets the interval of the ratio after / before.
     */
    static Step of(double[] x, int from, int split, int to, double confidence) {
        int n1 = split - from;
        int n2 = to - split;
        if (n1 < 2 || n2 < 2) {
            return new Step(Double.NaN, Double.NaN, Double.NaN, 1.0);
        }
        double mean1 = mean(x, from, split);
        double mean2 = mean(x, split, to);
        double squares = squares(x, from, split, mean1) + squares(x, split, to, mean2);
        int df = n1 + n2 - 2;
        double se = Math.sqrt(squares / df * (1.0 / n1 + 1.0 / n2));
        double diff = mean2 - mean1;
        if (se == 0) {
            double p = diff == 0 ? 1.0 : 0.0;
            return new Step(Math.exp(diff), Math.exp(diff), Math.exp(diff), p);
        }
        TDistribution t = TDistribution.of(df);
        double p = Math.min(1.0, 2 * t.survivalProbability(Math.abs(diff) / se));
        double half = t.inverseSurvivalProbability((1 - confidence) / 2) * se;
        return new Step(Math.exp(diff), Math.exp(diff - half), Math.exp(diff + half), p);
    }

    /** |t| of the step at {@code split} between {@code x[from, split)} and {@code x[split, to)}; 0 when undefined. */
    static double tStatistic(double[] x, int from, int split, int to) {
        int n1 = split - from;
        int n2 = to - split;
        if (n1 < 2 || n2 < 2) {
            return 0;
        }
        double mean1 = mean(x, from, split);
        double mean2 = mean(x, split, to);
        double squares = squares(x, from, split, mean1) + squares(x, split, to, mean2);
        double se = Math.sqrt(squares / (n1 + n2 - 2) * (1.0 / n1 + 1.0 / n2));
        return se == 0 ? (mean1 == mean2 ? 0 : Double.MAX_VALUE) : Math.abs(mean2 - mean1) / se;
    }

    /**
     * The split of {@code x[from, to)} whose step has the largest |t|, each side at least
     * {@code minSegment} long, the first such in ascending order; {@code -1} when none fits. With one
     * step in Gaussian noise this is the step's maximum-likelihood position, so no detector places a
     * change better on average: the accuracy study reports it as the best any method could do.
     */
    static int strongestSplit(double[] x, int from, int to, int minSegment) {
        int best = -1;
        double strongest = -1;
        for (int tau = from + minSegment; tau <= to - minSegment; tau++) {
            double t = tStatistic(x, from, tau, to);
            if (t > strongest) {
                strongest = t;
                best = tau;
            }
        }
        return best;
    }

    private static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }

    private static double squares(double[] x, int from, int to, double mean) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (x[i] - mean) * (x[i] - mean);
        }
        return sum;
    }

    /**
     * A step between two stretches: the ratio of their geometric means (after / before), its
     * interval, and the two-sided p-value of "no step". Immutable.
     */
    record Step(double ratio, double low, double high, double pValue) {}
}
