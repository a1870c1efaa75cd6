package dev.perfgate.tracker.compare;

import java.util.SplittableRandom;

/**
 * The two-level bootstrap of Kalibera and Jones ("Rigorous Benchmarking in Reasonable Time",
 * ISMM 2013): resample forks with replacement, then iterations with replacement within each chosen
 * fork, and recompute the statistic. Returns the spread of the log statistic, from which
 * {@link RatioEstimate} builds the interval. Stateless and thread-safe; determinism comes from the
 * caller's seeded {@link SplittableRandom}.
 */
final class HierarchicalBootstrap {

    private HierarchicalBootstrap() {}

    /** The variance of {@code log(statistic)} over {@code resamples} hierarchical resamples. */
    static double logVariance(ForkData data, int resamples, SplittableRandom random) {
        double[][] num = data.numerators();
        double[][] den = data.denominators();
        int forks = num.length;
        double mean = 0;
        double m2 = 0;
        for (int r = 0; r < resamples; r++) {
            double sumNum = 0;
            double sumDen = 0;
            for (int f = 0; f < forks; f++) {
                int fork = random.nextInt(forks);
                double[] forkNum = num[fork];
                double[] forkDen = den[fork];
                int iterations = forkNum.length;
                for (int i = 0; i < iterations; i++) {
                    int pick = random.nextInt(iterations);
                    sumNum += forkNum[pick];
                    sumDen += forkDen[pick];
                }
            }
            double x = Math.log(sumNum / sumDen);
            // Welford: one pass, no array of 10,000 resamples per side.
            double delta = x - mean;
            mean += delta / (r + 1);
            m2 += delta * (x - mean);
        }
        return m2 / (resamples - 1);
    }
}
