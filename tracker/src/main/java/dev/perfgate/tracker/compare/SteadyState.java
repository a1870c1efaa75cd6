package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Whether a result's measurement iterations still trend within forks: a benchmark that never reached
 * steady state (Traini et al., EMSE 2022) is flagged NOT_STEADY beside its verdict.
 *
 * <p>The test: in each fork, the least-squares slope of the iteration scores against the iteration
 * index, relative to that fork's mean. With two or more forks of three or more iterations, the forks'
 * slopes go through a one-sample t test against 0 (df forks − 1), the fork being the unit of
 * independence; with one fork, the slope's own t test (df iterations − 2). Significant at
 * {@value #ALPHA} two-sided: still trending. Stateless, thread-safe.
 */
final class SteadyState {

    /** Two-sided significance of the slope test. */
    static final double ALPHA = 0.01;

    private SteadyState() {}

    static boolean trending(BenchmarkResult result) {
        if (result == null) {
            return false;
        }
        List<double[]> forks = new ArrayList<>();
        for (List<Iteration> fork : result.byFork()) {
            if (fork.size() >= 3) {
                forks.add(fork.stream().mapToDouble(Iteration::score).toArray());
            }
        }
        if (forks.size() >= 2) {
            double[] slopes = forks.stream().mapToDouble(SteadyState::relativeSlope).toArray();
            double mean = 0;
            for (double s : slopes) {
                mean += s / slopes.length;
            }
            double ss = 0;
            for (double s : slopes) {
                ss += (s - mean) * (s - mean);
            }
            double se = Math.sqrt(ss / (slopes.length - 1) / slopes.length);
            return significant(mean, se, slopes.length - 1);
        }
        if (forks.size() == 1 && forks.get(0).length >= 4) {
            return singleForkTrend(forks.get(0));
        }
        return false;
    }

    private static boolean significant(double estimate, double standardError, double df) {
        if (!(standardError > 0)) {
            return estimate != 0 && Double.isFinite(estimate) && standardError == 0;
        }
        double t = Math.abs(estimate / standardError);
        return t > TDistribution.of(df).inverseCumulativeProbability(1 - ALPHA / 2);
    }

    private static double relativeSlope(double[] y) {
        return slope(y) / mean(y);
    }

    private static boolean singleForkTrend(double[] y) {
        int n = y.length;
        double xMean = (n - 1) / 2.0;
        double yMean = mean(y);
        double b = slope(y);
        double sxx = 0;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            sxx += (i - xMean) * (i - xMean);
            double residual = y[i] - (yMean + b * (i - xMean));
            sse += residual * residual;
        }
        return significant(b, Math.sqrt(sse / (n - 2) / sxx), n - 2);
    }

    private static double slope(double[] y) {
        int n = y.length;
        double xMean = (n - 1) / 2.0;
        double yMean = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - xMean) * (y[i] - yMean);
            sxx += (i - xMean) * (i - xMean);
        }
        return sxy / sxx;
    }

    private static double mean(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return sum / y.length;
    }
}
