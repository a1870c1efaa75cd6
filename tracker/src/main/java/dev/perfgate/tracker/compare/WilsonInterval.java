package dev.perfgate.tracker.compare;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Wilson score interval of a binomial proportion: honest at 0 of 100 and 20 of 20, where the
 * textbook normal interval collapses to a point. Used by both accuracy studies (the gate's in
 * benchmarks, change points' in {@code tracker.history}). Immutable and thread-safe.
 *
 * @param low   lower bound, in [0, 1]
 * @param high  upper bound, in [0, 1]
 */
public record WilsonInterval(double low, double high) {

    /** z for a two-sided 95 % interval. */
    private static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    /** The 95 % interval of {@code successes} out of {@code trials}; trials must be positive. */
    public static WilsonInterval of95(int successes, int trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0, got "
                    + successes + "/" + trials);
        }
        double p = (double) successes / trials;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
        double half = Z95 / (1 + z2 / trials) * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
