package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import java.util.List;

/**
 * One side's data reduced to what the bootstrap's inner loop needs: per fork and iteration a
 * numerator and a denominator, so that the statistic of any resample is
 * {@code Σ numerator / Σ denominator} over the chosen iterations. The mean of a SampleTime
 * result is (sum of samples, sample count), so it weighs iterations by their samples exactly as
 * merging their histograms would; a score is (score, 1); a percentile is (the iteration's
 * percentile, 1), the mean of per-iteration percentiles — precomputed once, never a histogram merge
 * in the loop. Immutable once built.
 */
record ForkData(double[][] numerators, double[][] denominators) {

    int forks() {
        return numerators.length;
    }

    /** The statistic over all iterations as measured. */
    double value() {
        double num = 0;
        double den = 0;
        for (int f = 0; f < numerators.length; f++) {
            for (int i = 0; i < numerators[f].length; i++) {
                num += numerators[f][i];
                den += denominators[f][i];
            }
        }
        return num / den;
    }

    /** True when {@code statistic} can be computed from this result (percentiles need histograms). */
    static boolean supports(BenchmarkResult result, Statistic statistic) {
        // Allocation is a secondary metric without iterations: AllocationGate judges it.
        return statistic != Statistic.ALLOCATION && (!statistic.isPercentile() || hasLatencies(result));
    }

    /**
     * Reduces a result. {@code scale} multiplies scores (unit reconciliation); latencies are used for
     * the mean only when {@code useLatencies}, which callers set when both sides have them.
     */
    static ForkData of(BenchmarkResult result, Statistic statistic, double scale, boolean useLatencies) {
        List<List<Iteration>> forks = result.byFork();
        double[][] num = new double[forks.size()][];
        double[][] den = new double[forks.size()][];
        for (int f = 0; f < forks.size(); f++) {
            List<Iteration> iterations = forks.get(f);
            num[f] = new double[iterations.size()];
            den[f] = new double[iterations.size()];
            for (int i = 0; i < iterations.size(); i++) {
                Iteration it = iterations.get(i);
                if (statistic.isPercentile()) {
                    num[f][i] = it.latencies().getValueAtPercentile(statistic.percentile());
                    den[f][i] = 1;
                } else if (useLatencies) {
                    long count = it.latencies().getTotalCount();
                    num[f][i] = it.latencies().getMean() * count;
                    den[f][i] = count;
                } else {
                    num[f][i] = it.score() * scale;
                    den[f][i] = 1;
                }
            }
        }
        return new ForkData(num, den);
    }

    static boolean hasLatencies(BenchmarkResult result) {
        return !result.iterations().isEmpty()
                && result.iterations().stream().allMatch(it -> it.hasLatencies() && it.latencies().getTotalCount() > 0);
    }
}
